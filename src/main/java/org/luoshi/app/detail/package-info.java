/**
 * The task detail pane on the right of the main window,
 * {@link org.luoshi.app.detail.TaskDetailPane}: the selected task's number, plan and light, then
 * one section each for its text, status, units, deadlines, milestones, progress, contact and notes,
 * each editable in place. The pane shows a {@link org.luoshi.find.TaskFacts} and turns every change
 * into one undoable edit made by {@link org.luoshi.edit.TaskEdits}, which it hands to the function
 * it was given (the window's perform); an input the edit refuses is shown in the pane instead. It
 * knows the unit directory only through {@link org.luoshi.app.detail.UnitNames}. It reads no
 * workspace and runs no I/O: it lives on the FX thread. Only {@code org.luoshi.app} uses it, and it
 * uses nothing of {@code org.luoshi.app} (each is its own slice in the cycle check).
 */
package org.luoshi.app.detail;
