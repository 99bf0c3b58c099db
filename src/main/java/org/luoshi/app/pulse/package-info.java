/**
 * JavaFX's pulse timer made to rest on Linux: {@link org.luoshi.app.pulse.GtkPulseTimer} puts a timer
 * that really pauses ({@code PausablePulseTimer} over the pure {@code PausableTicker}) in place of
 * JavaFX 21's GTK timer, whose pause does nothing. Used by {@code org.luoshi.app} at start-up only.
 */
package org.luoshi.app.pulse;
