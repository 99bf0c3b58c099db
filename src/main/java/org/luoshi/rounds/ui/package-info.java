/**
 * The progress rounds window behind one facade, {@link org.luoshi.rounds.ui.RoundsFeature}: the
 * plan's rounds, a new round, the forms written to a folder, returned forms picked or dropped on
 * the window and reviewed before they are applied, the board and the 催报 notice. The view model
 * ({@link org.luoshi.rounds.ui.RoundsViewModel}) holds FX state only and runs the use cases of
 * {@code rounds.workspace} through the session; it never touches storage.
 */
package org.luoshi.rounds.ui;
