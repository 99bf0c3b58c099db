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
        return Recorded.as(new SetTaskField<>(Messages.get("edit.taskText", task.label()), task.id(), text.strip(), Task::text,
                (ws, id, v) -> ws.tasks().updateText(id, v)),
                Messages.chinese("edit.taskText", task.label()));
    }

    public static Edit status(Task task, TaskStatus status) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.status", task.label(), Messages.get("status." + status.name())),
                task.id(), status, Task::status, (ws, id, v) -> ws.tasks().setStatus(id, v)),
                Messages.chinese("edit.status", task.label(), Messages.chinese("status." + status.name())));
    }

    public static Edit units(Task task, List<Assignment> assignments, boolean othersIncluded) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.units", task.label()), task.id(),
                new Units(assignments, othersIncluded), t -> new Units(t.assignments(), t.othersIncluded()),
                (ws, id, v) -> ws.tasks().setAssignments(id, v.assignments(), v.othersIncluded())),
                Messages.chinese("edit.units", task.label()));
    }

    public static Edit deadlines(Task task, List<Deadline> deadlines) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.deadlines", task.label()), task.id(), List.copyOf(deadlines),
                Task::deadlines, (ws, id, v) -> ws.tasks().setDeadlines(id, v)),
                Messages.chinese("edit.deadlines", task.label()));
    }

    public static Edit contact(Task task, String person, String phone) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.contact", task.label()), task.id(), new Contact(person, phone),
                t -> new Contact(t.contact(), t.phone()), (ws, id, v) -> ws.tasks().setContact(id, v.person(), v.phone())),
                Messages.chinese("edit.contact", task.label()));
    }

    public static Edit notes(Task task, String notes) {
        return Recorded.as(new SetTaskField<>(Messages.get("edit.notes", task.label()), task.id(), notes == null ? "" : notes,
                Task::notes, (ws, id, v) -> ws.tasks().setNotes(id, v)),
                Messages.chinese("edit.notes", task.label()));
    }

    public static Edit addMilestone(Task task, Milestone milestone) {
        return Recorded.as(new AddMilestone(Messages.get("edit.milestone.add", task.label()), task.id(), milestone),
                Messages.chinese("edit.milestone.add", task.label()));
    }

    public static Edit moveMilestone(Task task, Milestone changed) {
        return Recorded.as(new ChangeMilestone(Messages.get("edit.milestone.move", task.label()), task.id(), changed),
                Messages.chinese("edit.milestone.move", task.label()));
    }

    public static Edit removeMilestone(Task task, Milestone milestone) {
        return Recorded.as(new RemoveMilestone(Messages.get("edit.milestone.remove", task.label()), task.id(), milestone.id()),
                Messages.chinese("edit.milestone.remove", task.label()));
    }

    public static Edit addProgress(Task task, ProgressEntry entry) {
        return Recorded.as(new AddProgress(Messages.get("edit.progress.add", task.label()), task.id(), entry),
                Messages.chinese("edit.progress.add", task.label()));
    }

    public static Edit changeProgress(Task task, ProgressEntry changed) {
        return Recorded.as(new ChangeProgress(Messages.get("edit.progress.change", task.label()), task.id(), changed),
                Messages.chinese("edit.progress.change", task.label()));
    }

    public static Edit removeProgress(Task task, ProgressEntry entry) {
        return Recorded.as(new RemoveProgress(Messages.get("edit.progress.remove", task.label()), task.id(), entry.id()),
                Messages.chinese("edit.progress.remove", task.label()));
    }
}
