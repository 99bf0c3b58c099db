package org.luoshi.edit;

import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/** Adds a task to a plan at its position; redo puts it back under the id it got the first time. */
final class AddTask implements Edit {
    private final String description;
    private final long planId;
    private final Task task;
    private Task stored;

    AddTask(String description, long planId, Task task) {
        this.description = description;
        this.planId = planId;
        this.task = task;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        stored = ws.tasks().insert(planId, stored != null ? stored : task.withId(0));
        return Change.plan(planId, stored.id());
    }

    @Override
    public Change undo(Workspace ws) {
        ws.tasks().delete(stored.id());
        return Change.plan(planId, 0);
    }
}
