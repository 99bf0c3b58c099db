package org.luoshi.files;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names made of any text (a unit's name, a plan's title) that every file system takes: the
 * characters Windows, macOS or Linux refuse become {@code _}, control and direction-override
 * characters go, Windows' device names (CON, NUL, COM1 …) get a {@code _} in front, and the name is
 * cut to fit — by UTF-8 bytes (255 on most file systems) and by UTF-16 units (255 on NTFS), and to
 * what the folder's path leaves of the whole path's limit — always between two graphemes, so that
 * no character, emoji or accent is cut in half. The extension is always kept, and "-2", "-3" …
 * keep names unique, counted inside the limit.
 */
public final class FileNameFit {
    /** How long one name may be: 255 UTF-8 bytes (ext4, XFS, Btrfs, APFS) and 255 UTF-16 units (NTFS, exFAT). */
    public static final Room NAME_MAX = new Room(255, 255);
    /** Below this room a folder's path is too long to hold a useful name (and the temporary file beside it). */
    public static final int MIN_ROOM = 32;

    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])");
    private static final String REFUSED = "\\/:*?\"<>|";

    /** The room a name has: at most {@code bytes} bytes in UTF-8 and {@code chars} units in UTF-16. */
    public record Room(int bytes, int chars) {
        /** True if {@code name} fits. */
        public boolean fits(String name) {
            return name.length() <= chars && (bytes >= 3 * name.length() || utf8Length(name) <= bytes);
        }

        /** The room left after {@code taken}. */
        public Room less(String taken) {
            return new Room(bytes - utf8Length(taken), chars - taken.length());
        }

        /** True if a name of {@link #MIN_ROOM} fits. */
        public boolean useful() {
            return bytes >= MIN_ROOM && chars >= MIN_ROOM;
        }
    }

    /** The limit of a whole path, in UTF-8 bytes (Linux 4096, macOS 1024, less the NUL) or UTF-16 units (Windows). */
    record PathLimit(int max, boolean inChars) {
        static final PathLimit LINUX = new PathLimit(4095, false);
        static final PathLimit MAC = new PathLimit(1023, false);
        /** MAX_PATH less the NUL: Java copes with longer paths, Explorer, Word and Excel do not. */
        static final PathLimit WINDOWS = new PathLimit(259, true);

        static PathLimit here() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        }
    }

    private FileNameFit() {
    }

    /** The room a name has in {@code folder}: {@link #NAME_MAX}, or less where the folder's path is long. */
    public static Room roomIn(Path folder) {
        return roomIn(folder.toAbsolutePath().normalize().toString(), PathLimit.here());
    }

    static Room roomIn(String absoluteFolder, PathLimit limit) {
        // the folder, a separator, the name
        int left = limit.max() - 1 - (limit.inChars() ? absoluteFolder.length() : utf8Length(absoluteFolder));
        return limit.inChars() ? new Room(NAME_MAX.bytes(), Math.min(NAME_MAX.chars(), left))
                : new Room(Math.min(NAME_MAX.bytes(), left), NAME_MAX.chars());
    }

    /**
     * "{@code text}.{@code extension}" made safe and cut to fit {@code room}; "-2", "-3" … before the
     * extension while {@code taken} holds the name (compared ignoring case and Unicode normal form).
     */
    public static String name(String text, String extension, Collection<String> taken, Room room) {
        String base = base(text);
        String ext = extension == null || extension.isEmpty() ? "" : "." + extension;
        Set<String> keys = new HashSet<>();
        for (String t : taken) {
            keys.add(key(t));
        }
        for (int i = 1; ; i++) {
            String suffix = (i == 1 ? "" : "-" + i) + ext;
            String name = ends(cut(base, room.less(suffix))) + suffix;
            if (!keys.contains(key(name))) {
                return name;
            }
        }
    }

    /** {@link #name} with nothing taken, in {@link #NAME_MAX}: a name to offer in a save dialog. */
    public static String name(String text, String extension) {
        return name(text, extension, Set.of(), NAME_MAX);
    }

    /**
     * The name's own part: characters file systems refuse become {@code _}; control, format and
     * direction-override characters are removed; blanks, dots and spaces at either end go; a Windows
     * device name gets a {@code _} in front. Never empty.
     */
    public static String base(String text) {
        StringBuilder b = new StringBuilder();
        SafeText.line(text == null ? "" : text).codePoints().forEach(cp -> {
            if (REFUSED.indexOf(cp) >= 0) {
                b.append('_');
            } else if (Character.getType(cp) != Character.FORMAT || cp == 0x200D) { // keep ZWJ of emoji
                b.appendCodePoint(cp);
            }
        });
        String t = ends(b.toString());
        int dot = t.indexOf('.');
        return DEVICE.matcher(dot < 0 ? t : t.substring(0, dot)).matches() ? "_" + t : t;
    }

    /** {@code text} cut after the last whole grapheme that fits {@code room}; "" if none does. */
    public static String cut(String text, Room room) {
        if (room.fits(text)) {
            return text;
        }
        Matcher m = GRAPHEME.matcher(text);
        long bytes = 0;
        int end = 0;
        while (m.find()) {
            int b = utf8Length(text, m.start(), m.end());
            if (bytes + b > room.bytes() || m.end() > room.chars()) {
                break;
            }
            bytes += b;
            end = m.end();
        }
        return text.substring(0, end);
    }

    /** Length of {@code s} in UTF-8, in bytes. */
    public static int utf8Length(String s) {
        return utf8Length(s, 0, s.length());
    }

    private static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3; // a lone surrogate is written as '?' by Java's encoder, or removed by SafeText
            }
        }
        return n;
    }

    /** Without blanks, dots and spaces at either end (Windows drops them); "_" if nothing is left. */
    private static String ends(String s) {
        String t = s.strip().replaceAll("^[.\\s]+|[.\\s]+$", "");
        return t.isEmpty() ? "_" : t;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
