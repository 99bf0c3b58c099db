package org.luoshi.edit;

import org.luoshi.plan.Milestone;
import org.luoshi.storage.Workspace;

/** Moves a milestone to another date or renames it. */
final class ChangeMilestone implements Edit {
    private final String description;
    private final long taskId;
    private final Milestone changed;
    private Milestone old;

    ChangeMilestone(String description, long taskId, Milestone changed) {
        this.description = description;
        this.taskId = taskId;
        this.changed = changed;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        old = ws.tasks().require(taskId).milestones().stream().filter(m -> m.id() == changed.id()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The task has no milestone " + changed.id() + "."));
        ws.tasks().updateMilestone(changed.id(), changed.date(), changed.label());
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.tasks().updateMilestone(old.id(), old.date(), old.label());
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
