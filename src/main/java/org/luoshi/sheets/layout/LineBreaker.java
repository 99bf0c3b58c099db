package org.luoshi.sheets.layout;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.paper.TextMeasurer;

/**
 * Breaks cell text into lines no wider than a column. Chinese breaks between any two characters;
 * runs of Latin letters and digits (2023, 80%, 12345) stay whole where they fit; no line starts
 * with closing punctuation (，。、）》” …) nor ends with opening punctuation (（《“ …) — the
 * character before is carried over instead. A line break in the text always starts a new line.
 */
public final class LineBreaker {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…%,.;:?!)]}·-—～";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";
    private static final double EPSILON = 1e-6;

    private final TextMeasurer measurer;

    public LineBreaker(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The lines of {@code text} at {@code size} points within {@code width}; one empty line for "". */
    public List<String> lines(String text, double size, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, size, width, lines);
        }
        return lines;
    }

    private void breakParagraph(String paragraph, double size, double width, List<String> out) {
        List<String> tokens = tokens(paragraph);
        List<String> line = new ArrayList<>();
        double lineWidth = 0;
        for (String token : tokens) {
            double w = measurer.width(token, size);
            boolean space = token.isBlank();
            if (lineWidth + w <= width + EPSILON) {
                if (!(space && line.isEmpty())) {
                    line.add(token);
                    lineWidth += w;
                }
                continue;
            }
            if (space) {
                // A space at the break is dropped.
                flush(line, out);
                line.clear();
                lineWidth = 0;
                continue;
            }
            List<String> carried = new ArrayList<>();
            // Carry characters over until the next line starts with something a line may start with.
            String first = token;
            while (startsWithNoStart(first) && line.size() > 1) {
                carried.add(0, line.remove(line.size() - 1));
                first = carried.get(0);
            }
            while (line.size() > 1 && endsWithNoEnd(line.get(line.size() - 1))) {
                carried.add(0, line.remove(line.size() - 1));
            }
            if (!line.isEmpty()) {
                flush(line, out);
            }
            line.clear();
            line.addAll(carried);
            lineWidth = 0;
            for (String c : carried) {
                lineWidth += measurer.width(c, size);
            }
            if (lineWidth + w <= width + EPSILON) {
                line.add(token);
                lineWidth += w;
                continue;
            }
            if (!line.isEmpty()) {
                flush(line, out);
                line.clear();
                lineWidth = 0;
            }
            // A token wider than the whole column: cut it where it must be cut.
            lineWidth = hardBreak(token, size, width, line, out);
        }
        flush(line, out);
    }

    private double hardBreak(String token, double size, double width, List<String> line, List<String> out) {
        StringBuilder part = new StringBuilder();
        double partWidth = 0;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            double w = measurer.advance(cp) * size;
            if (partWidth + w > width + EPSILON && part.length() > 0) {
                out.add(part.toString());
                part.setLength(0);
                partWidth = 0;
            }
            part.appendCodePoint(cp);
            partWidth += w;
            i += Character.charCount(cp);
        }
        line.add(part.toString());
        return partWidth;
    }

    private static void flush(List<String> line, List<String> out) {
        StringBuilder sb = new StringBuilder();
        for (String t : line) {
            sb.append(t);
        }
        out.add(sb.toString().stripTrailing());
    }

    private static boolean startsWithNoStart(String token) {
        return NO_LINE_START.indexOf(token.charAt(0)) >= 0;
    }

    private static boolean endsWithNoEnd(String token) {
        return NO_LINE_END.indexOf(token.charAt(token.length() - 1)) >= 0;
    }

    /** Runs of Latin letters and digits, runs of spaces, and every other character on its own. */
    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int j = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (j < s.length() && isWordChar(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
            } else if (cp == ' ') {
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
            }
            tokens.add(s.substring(i, j));
            i = j;
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '%' || cp == '/' || cp == '_'
                || cp == '-' || cp == ':' || cp == '@');
    }
}
