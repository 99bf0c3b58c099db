package org.luoshi.reminders.tray;

import java.util.Optional;

/**
 * A {@code DISPLAY} value, {@code [host]:number[.screen]}, as Xlib reads it. An empty host or
 * {@code unix} means the local socket {@code /tmp/.X11-unix/X<number>}; any other host is reached over
 * TCP on port 6000 + number. Forms this probe does not speak (DECnet's {@code host::n}, a socket path
 * as XQuartz sets it) are not parsed.
 */
public record XDisplayName(String host, int number, int screen) {

    public static Optional<XDisplayName> parse(String display) {
        if (display == null || display.isBlank()) {
            return Optional.empty();
        }
        int colon = display.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String host = display.substring(0, colon);
        if (host.endsWith(":") || host.startsWith("/")) {
            return Optional.empty();
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String rest = display.substring(colon + 1);
        int dot = rest.indexOf('.');
        String number = dot < 0 ? rest : rest.substring(0, dot);
        String screen = dot < 0 ? "0" : rest.substring(dot + 1);
        if (!isDigits(number) || !isDigits(screen) || number.length() > 5 || screen.length() > 5) {
            return Optional.empty();
        }
        return Optional.of(new XDisplayName(host, Integer.parseInt(number), Integer.parseInt(screen)));
    }

    /** Through the local socket (no host, or {@code unix}), not TCP. */
    public boolean isLocal() {
        return host.isEmpty() || host.equals("unix");
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
