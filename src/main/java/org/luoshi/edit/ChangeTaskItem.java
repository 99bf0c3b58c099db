package org.luoshi.edit;

import java.util.List;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/**
 * Replaces one dated item of a task — a milestone, a progress entry — by a changed copy with the
 * same id; undo writes the old copy back. The two kinds differ only in where the task keeps them
 * and how they are written.
 */
abstract class ChangeTaskItem<T> implements Edit {
    private final String description;
    private final long taskId;
    private final T changed;
    private T old;

    ChangeTaskItem(String description, long taskId, T changed) {
        this.description = description;
        this.taskId = taskId;
        this.changed = changed;
    }

    /** The task's items of this kind. */
    abstract List<T> itemsOf(Task task);

    abstract long idOf(T item);

    abstract void write(Workspace ws, T item);

    /** What the task lacks when the item is gone ("milestone", "progress entry"). */
    abstract String itemName();

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
        long id = idOf(changed);
        old = itemsOf(ws.tasks().require(taskId)).stream().filter(i -> idOf(i) == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The task has no " + itemName() + " " + id + "."));
        write(ws, changed);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        write(ws, old);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
