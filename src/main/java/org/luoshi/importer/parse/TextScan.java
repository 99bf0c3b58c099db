package org.luoshi.importer.parse;

/** Small scans over plan text: where words start and end, what a heading's title is. */
final class TextScan {
    private TextScan() {
    }

    /** Whether s[from, to) holds no letter or digit (Chinese characters count as letters). */
    static boolean onlySpaceOrPunctuation(String s, int from, int to) {
        return firstSubstantive(s, from, to) >= Math.min(to, s.length());
    }

    /** Index of the first letter or digit in s[from, to), else {@code to}. */
    static int firstSubstantive(String s, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /** Index of the last letter or digit in s[from, to), else -1. */
    static int lastSubstantive(String s, int from, int to) {
        for (int i = Math.min(to, s.length()) - 1; i >= Math.max(0, from); i--) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Skips whitespace and the separators a clause leaves behind (，。；、：). */
    static int skipSeparators(String s, int from, int to) {
        int i = from;
        while (i < to && (Texts.isSpace(s.charAt(i)) || "，,。；;、：:".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** Index of the line break at or after {@code from}, else the text's length. */
    static int lineEnd(String s, int from) {
        int i = s.indexOf('\n', from);
        return i < 0 ? s.length() : i;
    }

    /** A heading's title is its text up to the first full stop (（一）指导思想。以…). */
    static String headingTitle(String body) {
        int stop = body.indexOf('。');
        return stop > 0 && stop < body.length() - 1 ? body.substring(0, stop) : body.replaceAll("。$", "");
    }

    /** Length of the title and its full stop at the start of a heading's text. */
    static int headingEnd(String body) {
        int stop = body.indexOf('。');
        return stop > 0 && stop < body.length() - 1 ? stop + 1 : body.length();
    }
}
