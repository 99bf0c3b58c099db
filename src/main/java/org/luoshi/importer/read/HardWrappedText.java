package org.luoshi.importer.read;

/**
 * A PDF's text pasted into a .txt file: every line of a paragraph cut at the page's width (20–40 characters in the
 * copies met, wider from a landscape page), page numbers between pages. Such a text is joined again as a PDF's own
 * text is ({@link PdfLineJoiner}), so that a clause broken over two lines (责任单 / 位：…) and an item's text are whole.
 * A text is taken for hard-wrapped when a good share of its lines run to one width; a web copy or a typed plan, whose
 * lines are paragraphs of every length, is left as it is.
 */
final class HardWrappedText {
    /** Fewer lines than this say too little about a width. */
    private static final int MIN_LINES = 8;
    /** The share (in percent) of lines that must run to the width, give or take {@link #SLACK} characters. */
    private static final int MIN_SHARE = 40;
    private static final int SLACK = 2;
    private static final int MIN_WIDTH = 15;
    private static final int MAX_WIDTH = 80;
    private static final java.util.regex.Pattern BOX = java.util.regex.Pattern.compile("[\u2500-\u257F]");
    private static final java.util.regex.Pattern COLUMN_GAP = java.util.regex.Pattern.compile("\\S[ \u3000]{2,}\\S");

    private HardWrappedText() {
    }

    /** {@code text} with its wrapped lines joined when it reads as hard-wrapped; else {@code text} itself. */
    static String unwrapped(String text) {
        return isHardWrapped(text) ? new PdfLineJoiner().join(text) : text;
    }

    static boolean isHardWrapped(String text) {
        int[] counts = new int[MAX_WIDTH + SLACK + 1];
        int lines = 0;
        int gapped = 0;
        for (String raw : text.split("\\R")) {
            if (raw.indexOf('\t') >= 0 || raw.indexOf('|') >= 0 || BOX.matcher(raw).find()) {
                return false; // a table's rows: their lengths say nothing of a page's width
            }
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            if (COLUMN_GAP.matcher(line).find()) {
                gapped++;
                continue; // a row of columns apart by spaces: padded to a width, not wrapped at it
            }
            if (line.length() < counts.length) {
                counts[line.length()]++;
            }
        }
        if (lines < MIN_LINES || gapped * 100 >= lines * 20) {
            return false;
        }
        for (int width = MIN_WIDTH; width <= MAX_WIDTH; width++) {
            int full = 0;
            for (int w = width - SLACK; w <= width; w++) {
                full += counts[w];
            }
            if (full * 100 >= lines * MIN_SHARE) {
                return true;
            }
        }
        return false;
    }
}
