package org.luoshi.reminders.tray;

/** What the X server said about a system tray on the display's screen. */
public enum TrayPresence {
    /** A tray manager owns the screen's tray selection. */
    PRESENT,
    /** Nobody owns it: AWT would say the tray is not supported. */
    ABSENT,
    /** Not asked or no clear answer (no X display, refused, timed out, not understood). */
    UNKNOWN
}
