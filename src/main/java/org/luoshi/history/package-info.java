/**
 * The record of who changed what in a task, and when (the office's 留痕), as pure logic.
 *
 * <p>Every undoable edit stored through {@link org.luoshi.edit.EditHistory} writes one
 * {@link org.luoshi.history.HistoryStep} (when, who, what in Chinese) with a
 * {@link org.luoshi.history.HistoryEntry} per task and field it changed (before → after), in the same
 * transaction as the change; undo deletes the step, redo writes it back as it was. Nothing else writes
 * it: there is no way to edit the history by hand. {@link org.luoshi.history.TaskDiff} says what changed
 * between two readings of a task, in Chinese whatever the interface language;
 * {@link org.luoshi.history.HistoryExport} writes a task's or a plan's history as .csv or .xlsx.
 *
 * <p>No JavaFX, no workspace: the recording is in {@code edit}, the reads and exports as use cases in
 * {@code history.workspace}, the timeline in {@code app.detail}; {@code storage} keeps the steps.
 */
package org.luoshi.history;
