package org.luoshi.edit;

import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/** Deletes a task with its dates and progress; undo puts all of it back under the same ids. */
final class DeleteTask implements Edit {
    private final String description;
    private final long taskId;
    private long planId;
    private Task removed;

    DeleteTask(String description, long taskId) {
        this.description = description;
        this.taskId = taskId;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        planId = ws.tasks().planOf(taskId);
        removed = ws.tasks().delete(taskId);
        return Change.plan(planId, 0);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.tasks().insert(planId, removed);
        return Change.plan(planId, taskId);
    }
}
