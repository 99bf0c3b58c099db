package org.luoshi.edit;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.luoshi.history.HistoryStep;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/**
 * The undo and redo stacks (Scene Builder's JobManager). Each step runs in one workspace
 * transaction; a step that fails is rolled back and leaves the stacks as they were. The revision
 * counts every step, so a view can tell that something changed. Kept in memory: the history ends
 * when the window closes. Not thread-safe: the window calls it from its one I/O thread.
 *
 * <p>Each step also writes the workspace's history ({@link org.luoshi.history}) in the same
 * transaction: who (the person it is told), when (its clock), what changed in which task. Undo
 * removes the edit's history step with the change; redo puts the same step back.
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

    /** An edit done, with the history step it wrote (null: it touched no task). */
    private record Done(Edit edit, HistoryStep step) {
    }

    private final Deque<Done> undo = new ArrayDeque<>();
    private final Deque<Done> redo = new ArrayDeque<>();
    private final HistoryRecorder recorder;
    private long revision;

    /** A history that records the steps as made by the computer's user, at the system's time. */
    public EditHistory() {
        this(() -> System.getProperty("user.name", ""), Clock.systemDefaultZone());
    }

    /** A history that records the steps as made by {@code person} (asked at each step), at {@code clock}'s time. */
    public EditHistory(Supplier<String> person, Clock clock) {
        this.recorder = new HistoryRecorder(Objects.requireNonNull(person, "person"), Objects.requireNonNull(clock, "clock"));
    }

    /** Runs the edit, stores it, and makes it the one to undo; the redo stack is cleared. */
    public Change perform(Workspace ws, Edit edit) {
        Objects.requireNonNull(edit, "edit");
        HistoryStep[] step = new HistoryStep[1];
        Change change = ws.inTransaction(edit.description(), () -> {
            Map<Long, Optional<Task>> before = recorder.before(ws, edit);
            Change c = edit.execute(ws);
            step[0] = recorder.record(ws, edit, before, c);
            return c;
        });
        undo.push(new Done(edit, step[0]));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        revision++;
        return change;
    }

    /** Undoes the last edit. */
    public Change undo(Workspace ws) {
        Done done = undo.peek();
        if (done == null) {
            throw new IllegalStateException("There is nothing to undo.");
        }
        Change change = ws.inTransaction(done.edit().description(), () -> {
            Change c = done.edit().undo(ws);
            if (done.step() != null) {
                ws.history().remove(done.step().id());
            }
            return c;
        });
        undo.pop();
        redo.push(done);
        revision++;
        return change;
    }

    /** Does the last undone edit again. */
    public Change redo(Workspace ws) {
        Done done = redo.peek();
        if (done == null) {
            throw new IllegalStateException("There is nothing to redo.");
        }
        Change change = ws.inTransaction(done.edit().description(), () -> {
            Change c = done.edit().redo(ws);
            if (done.step() != null) {
                ws.history().add(done.step());
            }
            return c;
        });
        redo.pop();
        undo.push(done);
        revision++;
        return change;
    }

    public State state() {
        return new State(revision, undo.isEmpty() ? null : undo.peek().edit().description(),
                redo.isEmpty() ? null : redo.peek().edit().description());
    }
}
