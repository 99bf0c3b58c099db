package org.luoshi.edit;

import java.util.Optional;
import java.util.function.Function;
import org.luoshi.plan.Task;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/**
 * Sets one field of a task (text, status, units, deadlines, contact, notes); undo writes the old value back.
 * Built on the value the person saw: if someone else changed the field since, the edit is refused
 * ({@link EditConflict}); undo and redo are refused when someone else changed the field after them.
 */
final class SetTaskField<T> implements Edit {

    /** Writes a value of the field. */
    @FunctionalInterface
    interface Writer<T> {
        void write(Workspace ws, long taskId, T value);
    }

    private final String description;
    private final long taskId;
    private final T seen;
    private final T value;
    private final Function<Task, T> reader;
    private final Writer<T> writer;
    private final Function<T, String> show;
    private T old;

    /**
     * @param seen the field's value the person saw when making the edit (null: not known)
     * @param show the field's value as the person reads it (for a refusal's message)
     */
    SetTaskField(String description, long taskId, T seen, T value, Function<Task, T> reader, Writer<T> writer,
            Function<T, String> show) {
        this.description = description;
        this.taskId = taskId;
        this.seen = seen;
        this.value = value;
        this.reader = reader;
        this.writer = writer;
        this.show = show;
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
        old = claim(ws, EditConflict.Step.EDIT, seen);
        writer.write(ws, taskId, value);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        claim(ws, EditConflict.Step.UNDO, value);
        writer.write(ws, taskId, old);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change redo(Workspace ws) {
        claim(ws, EditConflict.Step.REDO, old);
        writer.write(ws, taskId, value);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    private T claim(Workspace ws, EditConflict.Step step, T expected) {
        return RowGuard.claim(ws, Row.TASK, taskId, step, description, expected,
                () -> ws.tasks().load(taskId).map(reader), show, show.apply(step == EditConflict.Step.UNDO ? old : value));
    }
}
