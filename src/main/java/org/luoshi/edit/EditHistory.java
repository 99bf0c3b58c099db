package org.luoshi.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.luoshi.storage.Workspace;

/**
 * The undo and redo stacks (Scene Builder's JobManager). Each step runs in one workspace
 * transaction; a step that fails is rolled back and leaves the stacks as they were. The revision
 * counts every step, so a view can tell that something changed. Kept in memory: the history ends
 * when the window closes. Not thread-safe: the window calls it from its one I/O thread.
 */
public final class EditHistory {
    /** How many edits can be undone; the oldest fall off. */
    public static final int LIMIT = 500;

    /** What the Undo and Redo menu items show; a null description means nothing to undo / redo. */
    public record State(long revision, String undoDescription, String redoDescription) {
        public boolean canUndo() {
            return undoDescription != null;
        }

        public boolean canRedo() {
            return redoDescription != null;
        }
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private long revision;

    /** Runs the edit, stores it, and makes it the one to undo; the redo stack is cleared. */
    public Change perform(Workspace ws, Edit edit) {
        Objects.requireNonNull(edit, "edit");
        Change change = ws.inTransaction(edit.description(), () -> edit.execute(ws));
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        revision++;
        return change;
    }

    /** Undoes the last edit. */
    public Change undo(Workspace ws) {
        Edit edit = undo.peek();
        if (edit == null) {
            throw new IllegalStateException("There is nothing to undo.");
        }
        Change change = ws.inTransaction(edit.description(), () -> edit.undo(ws));
        undo.pop();
        redo.push(edit);
        revision++;
        return change;
    }

    /** Does the last undone edit again. */
    public Change redo(Workspace ws) {
        Edit edit = redo.peek();
        if (edit == null) {
            throw new IllegalStateException("There is nothing to redo.");
        }
        Change change = ws.inTransaction(edit.description(), () -> edit.redo(ws));
        redo.pop();
        undo.push(edit);
        revision++;
        return change;
    }

    public State state() {
        return new State(revision, undo.isEmpty() ? null : undo.peek().description(),
                redo.isEmpty() ? null : redo.peek().description());
    }
}
