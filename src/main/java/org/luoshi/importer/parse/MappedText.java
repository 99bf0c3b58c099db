package org.luoshi.importer.parse;

import java.util.Arrays;

/**
 * Text assembled from pieces of a source document that remembers, for every character, where in
 * the source it came from (-1 for characters the parser inserted, such as the line break joining
 * two lines). This lets task texts and clauses be traced back to the source for review.
 */
final class MappedText {
    private char[] chars;
    private int[] offsets;
    private int length;
    private String cached;

    MappedText() {
        this(32);
    }

    /** A text with room for {@code capacity} characters before it grows. */
    MappedText(int capacity) {
        chars = new char[Math.max(16, capacity)];
        offsets = new int[Math.max(16, capacity)];
    }

    /** Makes room for {@code more} characters, so that a text built to a known length is not copied as it grows. */
    void ensureRoom(int more) {
        int needed = length + more;
        if (needed > offsets.length) {
            offsets = Arrays.copyOf(offsets, needed);
            chars = Arrays.copyOf(chars, needed);
        }
    }

    /** Appends {@code source[from, to)}. */
    MappedText append(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            add(source.charAt(i), i);
        }
        return this;
    }

    /** Appends characters [from, to) of another mapped text. */
    MappedText append(MappedText other, int from, int to) {
        for (int i = from; i < to; i++) {
            add(other.chars[i], other.offsets[i]);
        }
        return this;
    }

    /** Appends a line break that is not in the source. */
    MappedText appendBreak() {
        add('\n', -1);
        return this;
    }

    private void add(char c, int offset) {
        cached = null;
        if (length == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        offsets[length] = offset;
        chars[length++] = c;
    }

    String text() {
        if (cached == null) {
            cached = new String(chars, 0, length);
        }
        return cached;
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        if (i >= length) {
            throw new StringIndexOutOfBoundsException(i);
        }
        return chars[i];
    }

    /** Source offset of character {@code i}, or -1 if the parser inserted it. */
    int sourceOffset(int i) {
        return offsets[i];
    }

    /** The same text without surrounding whitespace (Texts.isSpace); this text itself if it has none. */
    MappedText strip() {
        int start = 0;
        int end = length();
        while (start < end && Texts.isSpace(chars[start])) {
            start++;
        }
        while (end > start && Texts.isSpace(chars[end - 1])) {
            end--;
        }
        if (start == 0 && end == length()) {
            return this; // nothing to strip: no copy
        }
        return new MappedText(end - start).append(this, start, end);
    }

    /**
     * The source range [start, end) spanning characters [from, to) of this text, or null if none
     * of them comes from the source.
     */
    int[] sourceRange(int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            if (offsets[i] >= 0) {
                if (first < 0) {
                    first = offsets[i];
                }
                last = offsets[i];
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }
}
