package org.luoshi.edit;

import org.luoshi.plan.Task;
import org.luoshi.storage.Removed;
import org.luoshi.storage.Workspace;

/** Deletes a task with its dates, progress and reminder settings; undo puts all of it back under the same ids. */
final class DeleteTask implements Edit {
    private final String description;
    private final long taskId;
    private long planId;
    private Removed<Task> removed;

    DeleteTask(String description, long taskId) {
        this.description = description;
        this.taskId = taskId;
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
        planId = ws.tasks().planOf(taskId);
        removed = ws.tasks().remove(taskId);
        return Change.plan(planId, 0);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.tasks().restore(planId, removed);
        return Change.plan(planId, taskId);
    }
}
