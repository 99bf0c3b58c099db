package org.luoshi.edit;

import java.util.List;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/** The edits of one task, each undoable, named for the menu after the task's number. */
public final class TaskEdits {
    private TaskEdits() {
    }

    /** The units of a task with the 等 mark of its clause. */
    public record Units(List<Assignment> assignments, boolean othersIncluded) {
        public Units {
            assignments = List.copyOf(assignments);
        }

        /** The units' names as a list reads them (省发展改革委、省财政厅等). */
        String show() {
            return String.join("、", assignments.stream().map(a -> a.unit().name()).toList()) + (othersIncluded ? "等" : "");
        }
    }

    /** The person to ask and the phone. */
    public record Contact(String person, String phone) {
        public Contact {
            person = person == null ? "" : person.strip();
            phone = phone == null ? "" : phone.strip();
        }
    }

    public static Edit text(Task task, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.get("edit.error.emptyText"));
        }
        return Recorded.as(new SetTaskField<>(Messages.get("edit.taskText", task.label()), task.id(), task.text(), text.strip(), Task::text,
                (ws, id, v) -> ws.tasks().updateText(id, v), v -> v),
                Messages.chinese("edit.taskText", task.label()));
    }

    public static Edit status(Task task, TaskStatus status) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.status", task.label(), Messages.get("status." + status.name())),
                task.id(), task.status(), status, Task::status, (ws, id, v) -> ws.tasks().setStatus(id, v),
                v -> Messages.get("status." + v.name())),
                Messages.chinese("edit.status", task.label(), Messages.chinese("status." + status.name())));
    }

    public static Edit units(Task task, List<Assignment> assignments, boolean othersIncluded) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.units", task.label()), task.id(),
                new Units(task.assignments(), task.othersIncluded()),
                new Units(assignments, othersIncluded), t -> new Units(t.assignments(), t.othersIncluded()),
                (ws, id, v) -> ws.tasks().setAssignments(id, v.assignments(), v.othersIncluded()), Units::show),
                Messages.chinese("edit.units", task.label()));
    }

    public static Edit deadlines(Task task, List<Deadline> deadlines) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.deadlines", task.label()), task.id(), task.deadlines(),
                List.copyOf(deadlines), Task::deadlines, (ws, id, v) -> ws.tasks().setDeadlines(id, v),
                v -> String.join("；", v.stream().map(Deadline::raw).toList())),
                Messages.chinese("edit.deadlines", task.label()));
    }

    public static Edit contact(Task task, String person, String phone) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.contact", task.label()), task.id(),
                new Contact(task.contact(), task.phone()), new Contact(person, phone),
                t -> new Contact(t.contact(), t.phone()), (ws, id, v) -> ws.tasks().setContact(id, v.person(), v.phone()),
                v -> (v.person() + " " + v.phone()).strip()),
                Messages.chinese("edit.contact", task.label()));
    }

    public static Edit notes(Task task, String notes) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.notes", task.label()), task.id(), task.notes(),
                notes == null ? "" : notes, Task::notes, (ws, id, v) -> ws.tasks().setNotes(id, v), v -> v),
                Messages.chinese("edit.notes", task.label()));
    }

    public static Edit addMilestone(Task task, Milestone milestone) {
        return Recorded.as(new AddMilestone(Messages.get("edit.milestone.add", task.label()), task.id(), milestone),
                Messages.chinese("edit.milestone.add", task.label()));
    }

    public static Edit moveMilestone(Task task, Milestone changed) {
        return Recorded.as(new ChangeMilestone(Messages.get("edit.milestone.move", task.label()), task.id(),
                seenItem(task.milestones(), Milestone::id, changed.id()), changed),
                Messages.chinese("edit.milestone.move", task.label()));
    }

    public static Edit removeMilestone(Task task, Milestone milestone) {
        return Recorded.as(new RemoveMilestone(Messages.get("edit.milestone.remove", task.label()), task.id(), milestone.id(), milestone),
                Messages.chinese("edit.milestone.remove", task.label()));
    }

    public static Edit addProgress(Task task, ProgressEntry entry) {
        return Recorded.as(new AddProgress(Messages.get("edit.progress.add", task.label()), task.id(), entry),
                Messages.chinese("edit.progress.add", task.label()));
    }

    public static Edit changeProgress(Task task, ProgressEntry changed) {
        return Recorded.as(new ChangeProgress(Messages.get("edit.progress.change", task.label()), task.id(),
                seenItem(task.progress(), ProgressEntry::id, changed.id()), changed),
                Messages.chinese("edit.progress.change", task.label()));
    }

    public static Edit removeProgress(Task task, ProgressEntry entry) {
        return Recorded.as(new RemoveProgress(Messages.get("edit.progress.remove", task.label()), task.id(), entry.id(), entry),
                Messages.chinese("edit.progress.remove", task.label()));
    }

    /** The item of {@code id} as the task the person saw holds it; null if it holds none (not known). */
    private static <T> T seenItem(List<T> items, java.util.function.ToLongFunction<T> id, long wanted) {
        return items.stream().filter(i -> id.applyAsLong(i) == wanted).findFirst().orElse(null);
    }
}
