package org.luoshi.files;

/**
 * Text fit to be written into any file: XML (Word, Excel), PDF, iCalendar, JSON, a file name.
 * Removed are the C0 control characters but tab and line feed, DEL and the C1 controls
 * (U+007F–U+009F), surrogates that are not half of a pair, and the non-characters (U+FFFE and
 * U+FFFF of every plane, U+FDD0–U+FDEF). A carriage return, alone or before a line feed, becomes a
 * line feed. Everything else is kept as it is; text with nothing to remove is returned unchanged.
 */
public final class SafeText {
    private SafeText() {
    }

    /** {@code text} with the characters no file should carry removed; line breaks as line feeds. */
    public static String text(String text) {
        return clean(text, false);
    }

    /** The same for one line: a tab or line break becomes a space (titles, names, one-line fields). */
    public static String line(String text) {
        return clean(text, true);
    }

    /**
     * {@code text} cut after its last whole grapheme (character with its accents, emoji sequence)
     * that fits in {@code maxChars} UTF-16 units; unchanged if it fits.
     */
    public static String cut(String text, int maxChars) {
        return FileNameFit.cut(text, new FileNameFit.Room(Integer.MAX_VALUE, maxChars));
    }

    /** True if {@code text} holds nothing {@link #text} would change. */
    public static boolean isClean(String text) {
        return text == null || firstBad(text, false) < 0;
    }

    /** False for a code point that no file Luoshi writes may carry (tab and line feed are allowed). */
    public static boolean writable(int cp) {
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n';
        }
        if (cp >= 0x7F && cp <= 0x9F) {
            return false;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false;
        }
        return !((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF));
    }

    private static String clean(String text, boolean oneLine) {
        if (text == null) {
            return null;
        }
        int bad = firstBad(text, oneLine);
        if (bad < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        b.append(text, 0, bad);
        for (int i = bad; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                if (writable(cp)) {
                    b.append(c).append(text.charAt(i + 1));
                }
                i += 2;
                continue;
            }
            i++;
            if (c == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                b.append(oneLine ? ' ' : '\n');
            } else if (oneLine && (c == '\n' || c == '\t')) {
                b.append(' ');
            } else if (writable(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Index of the first char to change, or -1. */
    private static int firstBad(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (!writable(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
                continue;
            }
            if (c == '\r' || (oneLine && (c == '\n' || c == '\t')) || !writable(c)) {
                return i;
            }
        }
        return -1;
    }
}
