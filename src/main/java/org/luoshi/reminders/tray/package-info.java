/**
 * Whether the desktop has a system tray, asked of the X server directly, without AWT (issue 20):
 * loading AWT only to learn that there is no tray costs a toolkit thread that wakes for ever, its
 * libraries and classes. {@link org.luoshi.reminders.tray.XTrayProbe} connects to the display of
 * {@code DISPLAY}, asks who owns the {@code _NET_SYSTEM_TRAY_S<screen>} selection — the question AWT's
 * {@code SystemTray.isSupported()} asks on X11 — and closes. Pure: no JavaFX, no AWT.
 */
package org.luoshi.reminders.tray;
