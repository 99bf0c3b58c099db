package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for Chinese documents. */
public final class Texts {
    private Texts() {
    }

    /** Strips whitespace of every kind, including U+3000 (used for indentation) and U+FEFF. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    public static boolean isSpace(char c) {
        if (c > '\u3000') {
            return c == '\uFEFF'; // no other space above the ideographic one: Chinese text skips the lookups
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /**
     * Offsets where the lines of {@link #lines(String)} start, one per line (a single 0 for an
     * empty text), so that line {@code n} starts at {@code lineStarts(text)[n - 1]}.
     */
    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Splits text into numbered lines, accepting \n, \r\n and \r endings. */
    public static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int n = 1;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(n++, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new SourceLine(n, text.substring(start)));
        }
        return lines;
    }
}
