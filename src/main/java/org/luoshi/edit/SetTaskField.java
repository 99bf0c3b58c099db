package org.luoshi.edit;

import java.util.function.Function;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/** Sets one field of a task (text, status, units, deadlines, contact, notes); undo writes the old value back. */
final class SetTaskField<T> implements Edit {

    /** Writes a value of the field. */
    @FunctionalInterface
    interface Writer<T> {
        void write(Workspace ws, long taskId, T value);
    }

    private final String description;
    private final long taskId;
    private final T value;
    private final Function<Task, T> reader;
    private final Writer<T> writer;
    private T old;

    SetTaskField(String description, long taskId, T value, Function<Task, T> reader, Writer<T> writer) {
        this.description = description;
        this.taskId = taskId;
        this.value = value;
        this.reader = reader;
        this.writer = writer;
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
        old = reader.apply(ws.tasks().require(taskId));
        writer.write(ws, taskId, value);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }

    @Override
    public Change undo(Workspace ws) {
        writer.write(ws, taskId, old);
        return Change.task(ws.tasks().planOf(taskId), taskId);
    }
}
