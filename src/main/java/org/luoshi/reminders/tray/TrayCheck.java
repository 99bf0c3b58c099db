package org.luoshi.reminders.tray;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Whether AWT is worth loading to ask for the system tray. AWT's answer on X11 costs its toolkit:
 * libraries, classes, an X connection and a thread that polls for ever (issue 20), even when the
 * answer is "no tray". Where AWT speaks X11 (not Windows, not macOS) the X server is asked first,
 * without AWT, and a clear "no tray" there ends the question. Any doubt leaves it to AWT, as before.
 */
public final class TrayCheck {
    private TrayCheck() {
    }

    /**
     * @param headless AWT's headless mode (no tray at all then)
     * @param osName   {@code os.name}: Windows and macOS have their own trays, not X11's
     * @param xServer  asks the X server (called only where AWT would use X11)
     */
    public static boolean worthAskingAwt(boolean headless, String osName, Supplier<TrayPresence> xServer) {
        if (headless) {
            return false;
        }
        if (!usesX11(osName)) {
            return true;
        }
        return xServer.get() != TrayPresence.ABSENT;
    }

    static boolean usesX11(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        return !os.isEmpty() && !os.startsWith("windows") && !os.startsWith("mac");
    }
}
