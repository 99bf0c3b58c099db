package org.luoshi.history;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One stored edit as the history keeps it: when (local time, to the second), by whom (the user name
 * of the settings), what (a Chinese sentence), and each task field it changed.
 *
 * @param id      the step's id in the workspace (0 before it is stored)
 * @param entries the changes, one per task and field; a step that changed a task in a way no field
 *                shows (a request decided, a notice issued) has one entry with an empty field
 */
public record HistoryStep(long id, LocalDateTime at, String person, String action, List<HistoryEntry> entries) {
    public HistoryStep {
        Objects.requireNonNull(at, "at");
        person = person == null ? "" : person;
        action = action == null ? "" : action;
        entries = List.copyOf(entries);
    }

    public HistoryStep withId(long newId) {
        return new HistoryStep(newId, at, person, action, entries);
    }
}
