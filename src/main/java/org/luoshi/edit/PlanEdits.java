package org.luoshi.edit;

import java.util.List;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/** The undoable edits of whole plans and of a plan's task list. */
public final class PlanEdits {
    private PlanEdits() {
    }

    /** A plan made by hand, or received from another office: stored as given (its id must be 0). */
    public static Edit create(Plan plan) {
        if (plan.id() != 0) {
            throw new IllegalArgumentException("A new plan has no id yet.");
        }
        return new CreatePlan(Messages.get("edit.plan.create", plan.displayTitle()), ws -> plan);
    }

    /** A plan read from a document or a JSON file, stored as given (its id must be 0); undo removes it. */
    public static Edit importPlan(Plan plan) {
        if (plan.id() != 0) {
            throw new IllegalArgumentException("A new plan has no id yet.");
        }
        return new CreatePlan(Messages.get("edit.plan.import", plan.displayTitle()), ws -> plan);
    }

    /** A copy of the plan with every task, date and progress entry, titled "… (copy)". */
    public static Edit duplicate(Plan plan) {
        String title = Messages.get("plan.copyTitle", plan.displayTitle());
        return new CreatePlan(Messages.get("edit.plan.duplicate", plan.displayTitle()), ws -> {
            Plan original = ws.plans().load(plan.id())
                    .orElseThrow(() -> new IllegalArgumentException("The workspace has no plan " + plan.id() + "."));
            return original.withId(0, original.tasks()).withTitle(title);
        });
    }

    public static Edit rename(Plan plan, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(Messages.get("edit.error.emptyTitle"));
        }
        return new RenamePlan(Messages.get("edit.plan.rename", plan.displayTitle(), title.strip()), plan.id(),
                plan.title(), title.strip());
    }

    public static Edit delete(Plan plan) {
        return new DeletePlan(Messages.get("edit.plan.delete", plan.displayTitle()), plan.id());
    }

    /**
     * A new task with {@code text} right after {@code after} (in its part and section), or at the
     * end of the plan when {@code after} is null. Unnumbered: it shows its position.
     */
    public static Edit addTask(Plan plan, Task after, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.get("edit.error.emptyText"));
        }
        int seq = after != null ? after.seq() + 1
                : plan.tasks().stream().mapToInt(Task::seq).max().orElse(0) + 1;
        Task task = new Task(0, seq, null, after == null ? null : after.part(), after == null ? null : after.section(),
                text.strip(), List.of(), false, List.of(), List.of(), List.of(), null, 0);
        return new AddTask(Messages.get("edit.task.add", plan.displayTitle()), plan.id(), task);
    }

    public static Edit deleteTask(Task task) {
        return new DeleteTask(Messages.get("edit.task.delete", task.label()), task.id());
    }
}
