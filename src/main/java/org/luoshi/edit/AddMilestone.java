package org.luoshi.edit;

import org.luoshi.plan.Milestone;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/** Adds a milestone; redo puts it back under the id it got the first time. */
final class AddMilestone implements Edit {
    private final String description;
    private final long taskId;
    private final Milestone milestone;
    private Milestone stored;

    AddMilestone(String description, long taskId, Milestone milestone) {
        this.description = description;
        this.taskId = taskId;
        this.milestone = milestone;
    }

    @Override
    public java.util.Set<Long> tasks() {
        return java.util.Set.of(taskId);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        stored = ws.tasks().addMilestone(taskId, milestone);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        RowGuard.claim(ws, Row.MILESTONE, stored.id(), EditConflict.Step.UNDO, description, stored,
                () -> ws.tasks().load(taskId).flatMap(t -> t.milestones().stream().filter(m -> m.id() == stored.id()).findFirst()),
                m -> (m.date() + " " + m.label()).strip(), null);
        ws.tasks().removeMilestone(stored.id());
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change redo(Workspace ws) {
        ws.tasks().restoreMilestone(taskId, stored);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
