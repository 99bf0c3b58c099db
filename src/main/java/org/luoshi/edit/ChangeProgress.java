package org.luoshi.edit;

import org.luoshi.plan.ProgressEntry;
import org.luoshi.storage.Workspace;

/** Corrects a progress entry's date, percent or text. */
final class ChangeProgress implements Edit {
    private final String description;
    private final long taskId;
    private final ProgressEntry changed;
    private ProgressEntry old;

    ChangeProgress(String description, long taskId, ProgressEntry changed) {
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
        old = ws.tasks().require(taskId).progress().stream().filter(e -> e.id() == changed.id()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The task has no progress entry " + changed.id() + "."));
        ws.tasks().updateProgress(changed);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.tasks().updateProgress(old);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
