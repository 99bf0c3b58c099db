package org.luoshi.app.detail;

import java.util.List;
import java.util.function.Consumer;
import org.luoshi.chase.ChaseEntry;
import org.luoshi.history.HistoryStep;

/**
 * Where the detail pane reads a task's record that the task itself does not hold — its history and its
 * chase log — off the FX thread, with the answer back on it.
 */
@FunctionalInterface
public interface TaskRecords {
    /** A task's record: its history, newest first, and its chase log, newest first. */
    record Of(long taskId, List<HistoryStep> history, List<ChaseEntry> chases) {
        public Of {
            history = List.copyOf(history);
            chases = List.copyOf(chases);
        }
    }

    /** Reads the record of {@code taskId} and hands it to {@code shown} on the FX thread. */
    void load(long taskId, Consumer<Of> shown);
}
