package org.luoshi.chase.workspace;

import java.util.Set;
import org.luoshi.chase.ChaseEntry;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.storage.Workspace;

/** Adds an entry to a task's chase log; undo removes it, redo puts it back under the same id. */
public final class AddChase implements Edit {
    private final String description;
    private final String record;
    private final ChaseEntry entry;
    private ChaseEntry stored;

    AddChase(String description, String record, ChaseEntry entry) {
        this.description = description;
        this.record = record;
        this.entry = entry;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String record() {
        return record;
    }

    @Override
    public Set<Long> tasks() {
        return Set.of(entry.taskId());
    }

    @Override
    public Change execute(Workspace ws) {
        stored = ws.chases().add(stored != null ? stored : entry);
        return Change.task(ws.tasks().planOf(entry.taskId()), entry.taskId());
    }

    @Override
    public Change undo(Workspace ws) {
        ws.chases().remove(stored.id());
        return Change.task(ws.tasks().planOf(entry.taskId()), entry.taskId());
    }

    ChaseEntry stored() {
        return stored;
    }
}
