/**
 * The use cases of progress rounds on a workspace ({@link org.luoshi.rounds.workspace.Rounds}), the
 * same for the window and the {@code round} command: open a round and apply returned forms are
 * undoable edits (applying is one edit however many forms), the rest read. Pure otherwise: no JavaFX.
 */
package org.luoshi.rounds.workspace;
