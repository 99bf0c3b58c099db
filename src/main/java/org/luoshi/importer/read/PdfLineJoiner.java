package org.luoshi.importer.read;

import java.util.regex.Pattern;

/**
 * Undoes the line wrapping of PDF text. A line was wrapped when it runs (nearly) the full width of
 * the text block and does not end a sentence; then the next line continues it, unless that line
 * starts a numbered heading. Short lines (titles, signatures, dates) stay lines. Page numbers
 * printed alone on a line (— 3 —, - 12 -, 3) are dropped.
 */
public final class PdfLineJoiner {
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百0-9０-９]+[）)]|[0-9０-９]{1,3}[．.、](?![0-9０-９]))");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—－–\\s]*[0-9０-９]{1,4}[-—－–\\s]*$");
    /** Lines that always stand alone: a document number, a date, （此件公开发布）. */
    private static final Pattern STANDALONE = Pattern.compile(
            "(?:〔\\d{4}〕\\s*\\d+\\s*号$)|(?:^\\d{4}年\\d{1,2}月\\d{1,2}日$)|(?:^[（(]此件)");
    /** A line ending with one of these ends its paragraph. */
    private static final String PARAGRAPH_ENDINGS = "。：:；;！!？?）)】」”";

    public String join(String text) {
        String[] lines = text.split("\\R", -1);
        int fullWidth = fullWidth(lines);
        StringBuilder out = new StringBuilder();
        String pending = null;
        int lastLength = 0;
        for (String rawLine : lines) {
            String line = rawLine.strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
                if (pending != null && line.isEmpty()) {
                    out.append(pending).append('\n');
                    pending = null;
                }
                continue;
            }
            if (pending == null) {
                pending = line;
            } else if (endsParagraph(pending) || lastLength < fullWidth * 0.8 || HEADING_START.matcher(line).find()
                    || STANDALONE.matcher(line).find() || STANDALONE.matcher(pending).find()
                    || pending.endsWith("通知")) {
                out.append(pending).append('\n');
                pending = line;
            } else {
                pending = pending + line;
            }
            lastLength = line.length();
        }
        if (pending != null) {
            out.append(pending).append('\n');
        }
        return out.toString();
    }

    /** The width of a full line: the 90th percentile of line lengths (in characters). */
    static int fullWidth(String[] lines) {
        int[] lengths = java.util.Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty())
                .mapToInt(String::length).sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        return lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
    }

    private static boolean endsParagraph(String line) {
        char last = line.charAt(line.length() - 1);
        return PARAGRAPH_ENDINGS.indexOf(last) >= 0;
    }
}
