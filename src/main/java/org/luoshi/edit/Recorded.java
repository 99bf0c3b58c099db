package org.luoshi.edit;

import java.util.Set;
import org.luoshi.storage.Workspace;

/** An edit with the Chinese sentence the history keeps for it, whatever language its description is in. */
public final class Recorded implements Edit {
    private final Edit edit;
    private final String record;

    private Recorded(Edit edit, String record) {
        this.edit = edit;
        this.record = record;
    }

    /** {@code edit}, recorded in the history as {@code record}. */
    public static Edit as(Edit edit, String record) {
        return new Recorded(edit, record);
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public String record() {
        return record;
    }

    @Override
    public Set<Long> tasks() {
        return edit.tasks();
    }

    @Override
    public Change execute(Workspace ws) {
        return edit.execute(ws);
    }

    @Override
    public Change undo(Workspace ws) {
        return edit.undo(ws);
    }

    @Override
    public Change redo(Workspace ws) {
        return edit.redo(ws);
    }
}
