package org.luoshi.importer.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.ChineseNumerals;

/**
 * Undoes the line wrapping of PDF text. A line was wrapped when it runs (nearly) the full width of
 * the text block and does not end a sentence; then the next line continues it, unless that line
 * starts a numbered heading (1000． and up where it continues the numbering). Short lines (titles, signatures, dates) stay lines. Page numbers
 * printed alone on a line (— 3 —, - 12 -, 3) are dropped. A line with a tab is a table row the reader
 * printed (cells separated by tabs): it stays as it is, and its length says nothing of the page's width.
 */
public final class PdfLineJoiner {
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十百千万]+[、．.]|[（(][一二三四五六七八九十百千万0-9０-９]+[）)]|[0-9０-９]{1,3}[．.、](?![0-9０-９]))");
    /** An item number of any length (1．, 1000．); from 1000 on a heading only where it continues the numbering. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^([0-9０-９]{1,6})[．.、](?![0-9０-９])");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—－–\\s]*[0-9０-９]{1,4}[-—－–\\s]*$");
    /** Lines that always stand alone: a document number, a date, （此件公开发布）. */
    private static final Pattern STANDALONE = Pattern.compile(
            "(?:〔\\d{4}〕\\s*\\d+\\s*号$)|(?:^\\d{4}年\\d{1,2}月\\d{1,2}日$)|(?:^[（(]此件)");
    /** A line ending with one of these ends its paragraph. */
    private static final String PARAGRAPH_ENDINGS = "。：:；;！!？?）)】」”";

    public String join(String text) {
        String[] lines = text.split("\\R", -1);
        int fullWidth = fullWidth(lines);
        StringBuilder out = new StringBuilder(text.length() + 16);
        // The paragraph being joined: appended to, never copied whole per line (a paragraph of many
        // wrapped lines made that quadratic).
        StringBuilder pending = null;
        int lastLength = 0;
        int lastItem = -1;
        for (String rawLine : lines) {
            if (rawLine.indexOf('\t') >= 0) {
                if (pending != null) {
                    out.append(pending).append('\n');
                    pending = null;
                }
                out.append(rawLine).append('\n');
                continue;
            }
            String line = rawLine.strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
                if (pending != null && line.isEmpty()) {
                    out.append(pending).append('\n');
                    pending = null;
                }
                continue;
            }
            Matcher item = ITEM_NUMBER.matcher(line);
            int number = item.find() ? Integer.parseInt(ChineseNumerals.normaliseDigits(item.group(1))) : -1;
            boolean heading = HEADING_START.matcher(line).find() || number > 999 && number == lastItem + 1;
            if (heading && number >= 0) {
                lastItem = number;
            }
            if (pending == null) {
                pending = new StringBuilder(line);
            } else if (endsParagraph(pending) || lastLength < fullWidth * 0.8 || heading
                    || STANDALONE.matcher(line).find() || standalone(pending)
                    || endsWith(pending, "通知")) {
                out.append(pending).append('\n');
                pending = new StringBuilder(line);
            } else {
                pending.append(line);
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
        int[] lengths = java.util.Arrays.stream(lines).filter(l -> l.indexOf('\t') < 0).map(String::strip)
                .filter(l -> !l.isEmpty())
                .mapToInt(String::length).sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        return lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
    }

    /**
     * {@link #STANDALONE} on a paragraph being joined, which may be long: its patterns look at the
     * start (^…) and the end (…$), so only the first characters and the last 200 are searched.
     */
    private static boolean standalone(CharSequence paragraph) {
        int n = paragraph.length();
        if (n <= 200) {
            return STANDALONE.matcher(paragraph).find();
        }
        Matcher end = STANDALONE.matcher(paragraph).region(n - 200, n).useAnchoringBounds(false).useTransparentBounds(true);
        return end.find() || STANDALONE.matcher(paragraph.subSequence(0, 200)).lookingAt();
    }

    private static boolean endsWith(CharSequence s, String suffix) {
        int n = s.length();
        int k = suffix.length();
        return n >= k && s.subSequence(n - k, n).toString().equals(suffix);
    }

    private static boolean endsParagraph(CharSequence line) {
        char last = line.charAt(line.length() - 1);
        return PARAGRAPH_ENDINGS.indexOf(last) >= 0;
    }
}
