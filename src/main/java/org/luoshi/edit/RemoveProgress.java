package org.luoshi.edit;

import org.luoshi.plan.ProgressEntry;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/** Removes a progress entry; undo puts it back under its id. */
final class RemoveProgress implements Edit {
    private final String description;
    private final long taskId;
    private final long entryId;
    private final ProgressEntry seen;
    private ProgressEntry removed;

    RemoveProgress(String description, long taskId, long entryId, ProgressEntry seen) {
        this.description = description;
        this.taskId = taskId;
        this.entryId = entryId;
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
        removed = ws.tasks().require(taskId).progress().stream().filter(e -> e.id() == entryId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The task has no progress entry " + entryId + "."));
        removed = RowGuard.claim(ws, Row.PROGRESS, entryId, EditConflict.Step.EDIT, description, seen,
                () -> ws.tasks().load(taskId).flatMap(t -> t.progress().stream().filter(e -> e.id() == entryId).findFirst()),
                AddProgress::show, null);
        ws.tasks().removeProgress(entryId);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.tasks().restoreProgress(taskId, removed);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
