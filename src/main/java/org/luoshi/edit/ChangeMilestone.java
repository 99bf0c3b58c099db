package org.luoshi.edit;

import java.util.List;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/** Moves a milestone to another date or renames it. */
final class ChangeMilestone extends ChangeTaskItem<Milestone> {
    ChangeMilestone(String description, long taskId, Milestone seen, Milestone changed) {
        super(description, taskId, seen, changed);
    }

    @Override
    Row row() {
        return Row.MILESTONE;
    }

    @Override
    String show(Milestone m) {
        return (m.date() + " " + m.label()).strip();
    }

    @Override
    List<Milestone> itemsOf(Task task) {
        return task.milestones();
    }

    @Override
    long idOf(Milestone m) {
        return m.id();
    }

    @Override
    void write(Workspace ws, Milestone m) {
        ws.tasks().updateMilestone(m.id(), m.date(), m.label());
    }

    @Override
    String itemName() {
        return "milestone";
    }
}
