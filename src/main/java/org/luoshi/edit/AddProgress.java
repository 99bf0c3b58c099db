package org.luoshi.edit;

import org.luoshi.plan.ProgressEntry;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/** Records a progress entry; redo puts it back under the id it got the first time. */
final class AddProgress implements Edit {
    private final String description;
    private final long taskId;
    private final ProgressEntry entry;
    private ProgressEntry stored;

    AddProgress(String description, long taskId, ProgressEntry entry) {
        this.description = description;
        this.taskId = taskId;
        this.entry = entry;
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
        stored = ws.tasks().addProgress(taskId, entry);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        RowGuard.claim(ws, Row.PROGRESS, stored.id(), EditConflict.Step.UNDO, description, stored,
                () -> ws.tasks().load(taskId).flatMap(t -> t.progress().stream().filter(e -> e.id() == stored.id()).findFirst()),
                AddProgress::show, null);
        ws.tasks().removeProgress(stored.id());
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    /** A progress entry as the person reads it, for a refusal's message. */
    static String show(ProgressEntry e) {
        return (e.date() + " " + e.percent() + "% " + e.text()).strip();
    }

    @Override
    public Change redo(Workspace ws) {
        ws.tasks().restoreProgress(taskId, stored);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
