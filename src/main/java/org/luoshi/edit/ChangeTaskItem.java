package org.luoshi.edit;

import java.util.List;
import org.luoshi.plan.Task;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/**
 * Replaces one dated item of a task — a milestone, a progress entry — by a changed copy with the
 * same id; undo writes the old copy back. The two kinds differ only in where the task keeps them
 * and how they are written.
 */
abstract class ChangeTaskItem<T> implements Edit {
    private final String description;
    private final long taskId;
    private final T seen;
    private final T changed;
    private T old;

    /** @param seen the item as the person saw it when making the edit (null: not known) */
    ChangeTaskItem(String description, long taskId, T seen, T changed) {
        this.description = description;
        this.taskId = taskId;
        this.seen = seen;
        this.changed = changed;
    }

    /** The task's items of this kind. */
    abstract List<T> itemsOf(Task task);

    abstract long idOf(T item);

    abstract void write(Workspace ws, T item);

    /** What the task lacks when the item is gone ("milestone", "progress entry"). */
    abstract String itemName();

    /** The table of the items. */
    abstract Row row();

    /** The item as the person reads it, for a refusal's message. */
    abstract String show(T item);

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
        try {
            old = claim(ws, EditConflict.Step.EDIT, seen, changed);
        } catch (EditConflict gone) {
            if (seen == null && gone.removed()) {
                // Not made from what the person saw: an id that names nothing of this task is a caller's mistake.
                throw new IllegalArgumentException("The task has no " + itemName() + " " + id + ".");
            }
            throw gone;
        }
        write(ws, changed);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        claim(ws, EditConflict.Step.UNDO, changed, old);
        write(ws, old);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change redo(Workspace ws) {
        claim(ws, EditConflict.Step.REDO, old, changed);
        write(ws, changed);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    private T claim(Workspace ws, EditConflict.Step step, T expected, T attempted) {
        long id = idOf(changed);
        return RowGuard.claim(ws, row(), id, step, description, expected,
                () -> ws.tasks().load(taskId).flatMap(t -> itemsOf(t).stream().filter(i -> idOf(i) == id).findFirst()),
                this::show, attempted == null ? null : show(attempted));
    }
}
