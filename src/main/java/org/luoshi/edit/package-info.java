/**
 * Every change a person makes to plans and tasks, as an undoable {@link org.luoshi.edit.Edit}
 * (Scene Builder's Job), named for the Undo and Redo menu items. The edits are made by two
 * factories: {@link org.luoshi.edit.PlanEdits} (a plan created, imported, duplicated, renamed or
 * deleted; a task added or deleted) and {@link org.luoshi.edit.TaskEdits} (a task's text, status,
 * units, deadlines, contact, notes, milestones and progress); the classes behind them are
 * package-private. {@link org.luoshi.edit.EditHistory} keeps the undo and redo stacks and runs each
 * step in one workspace transaction; every step says what it touched as a
 * {@link org.luoshi.edit.Change}, so the window reads back just that. Views send edits through an
 * {@link org.luoshi.edit.EditSink}, which also shows why an input was refused. An edit reads the
 * value it replaces when it runs, not when it is made; undoing a delete puts the rows back under
 * their old ids, with the {@link org.luoshi.storage.Traces} other features kept about them.
 *
 * <p>Edits run against the {@link org.luoshi.storage.Workspace}, so this package depends on
 * {@code storage} (and {@code plan}, {@code i18n}), never on the session or any UI. The
 * {@link org.luoshi.session.Session} owns the history and applies edits on its I/O thread; the
 * history is not thread-safe. No JavaFX.
 */
package org.luoshi.edit;
