package org.luoshi.edit;

import org.luoshi.plan.Milestone;
import org.luoshi.storage.Traces;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/** Removes a milestone; undo puts it back under its id, with its reminder rule. */
final class RemoveMilestone implements Edit {
    private final String description;
    private final long taskId;
    private final long milestoneId;
    private final Milestone seen;
    private Milestone removed;
    private Traces traces;

    RemoveMilestone(String description, long taskId, long milestoneId, Milestone seen) {
        this.description = description;
        this.taskId = taskId;
        this.milestoneId = milestoneId;
        this.seen = seen;
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
        removed = ws.tasks().require(taskId).milestones().stream().filter(m -> m.id() == milestoneId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The task has no milestone " + milestoneId + "."));
        removed = RowGuard.claim(ws, Row.MILESTONE, milestoneId, EditConflict.Step.EDIT, description, seen,
                () -> ws.tasks().load(taskId).flatMap(t -> t.milestones().stream().filter(m -> m.id() == milestoneId).findFirst()),
                m -> (m.date() + " " + m.label()).strip(), null);
        traces = ws.tasks().removeMilestoneKeepingTraces(milestoneId);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.tasks().restoreMilestone(taskId, removed, traces);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
