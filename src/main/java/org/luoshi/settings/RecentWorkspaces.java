package org.luoshi.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workspaces this person opened lately, for File → 最近的工作区: files (absolute paths) and office
 * servers ({@code postgresql://user@host:port/db?sslmode=…}, never with a password), most recent first,
 * at most {@link #MAX}. Kept in the person's settings, not in any workspace. Pure.
 */
public final class RecentWorkspaces {
    /** How many are remembered. */
    public static final int MAX = 8;

    private RecentWorkspaces() {
    }

    /** {@code before} with {@code location} first (moved up if it was there), cut to {@link #MAX}. */
    public static List<String> opened(List<String> before, String location) {
        String kept = normal(location);
        List<String> after = new ArrayList<>();
        if (kept != null) {
            after.add(kept);
        }
        for (String l : before) {
            String n = normal(l);
            if (n != null && !after.contains(n) && after.size() < MAX) {
                after.add(n);
            }
        }
        return List.copyOf(after);
    }

    /** {@code before} without {@code location} (a file that is gone, chosen from the menu). */
    public static List<String> forget(List<String> before, String location) {
        String gone = normal(location);
        return before.stream().filter(l -> !l.equals(gone)).toList();
    }

    /** Whether {@code location} names an office server rather than a file. */
    public static boolean isServer(String location) {
        String l = location == null ? "" : location.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://");
    }

    /** Whether {@code location} is a file that is no longer there (a server is never "missing": it is asked when opened). */
    public static boolean missingFile(String location) {
        if (isServer(location)) {
            return false;
        }
        try {
            return !Files.isRegularFile(Path.of(location));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * The form kept: a file as an absolute path; a server address as given but without any password
     * ({@code user:secret@host} becomes {@code user@host}); null for blank.
     */
    static String normal(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String l = location.strip();
        if (isServer(l)) {
            return withoutPassword(l);
        }
        try {
            return Path.of(l).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A server URL without the password of its user part, and without a {@code password=} option. */
    static String withoutPassword(String url) {
        int scheme = url.indexOf("://") + 3;
        int end = url.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = url.indexOf(c, scheme);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String authority = url.substring(scheme, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userPart = authority.substring(0, at);
            int colon = userPart.indexOf(':');
            if (colon >= 0) {
                authority = userPart.substring(0, colon) + authority.substring(at);
            }
        }
        String rest = url.substring(end);
        int q = rest.indexOf('?');
        if (q >= 0) {
            String path = rest.substring(0, q);
            List<String> kept = new ArrayList<>();
            for (String option : rest.substring(q + 1).split("&")) {
                if (!option.isEmpty() && !option.toLowerCase(Locale.ROOT).startsWith("password=")) {
                    kept.add(option);
                }
            }
            rest = kept.isEmpty() ? path : path + "?" + String.join("&", kept);
        }
        return url.substring(0, scheme) + authority + rest;
    }
}
