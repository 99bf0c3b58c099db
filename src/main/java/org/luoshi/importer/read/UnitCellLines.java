package org.luoshi.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table copied one cell a line prints its 责任单位 cell, worded as a clause without brackets
 * ({@code 市发改委牵头落实}, {@code 市发改局牵头落实;市工信局…按职责分工分别落实}), on the line after the task's
 * sentence (set L 潍坊 2017, 寿光 2019). Such a line is the sentence's units clause: it is joined onto the
 * sentence in brackets, as a prose plan prints it, so that the parser reads the sentence as a task led by those
 * units. Only a line that is nothing but units each closed by a 落实 verb, after a line that ends a sentence (or
 * one such clause just joined), is touched; every other line stays as it is.
 */
final class UnitCellLines {
    /** The verbs a unit cell closes its units with: 牵头落实, 按职责分工分别落实. */
    private static final String VERB = "(?:牵头|负责|配合|共同|组织|按职责分工分别|按职责分工|按职责分别|按职责|分别)落实";
    /** Units (no sentence's punctuation, no dash), then the verb; several such joined by ; or ，. */
    private static final String SEGMENT = "[^，,。：:；;\\s“”《》─—―\\-]{2,300}?" + VERB;
    /** Not a clause of prose (由X组织落实, 按照…落实): those the parser reads itself. */
    private static final Pattern UNIT_CELL = Pattern.compile("(?![由按])" + SEGMENT + "(?:[;；，,]" + SEGMENT + ")*[。；;]?");
    /** The end of a task's sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;！!]\\s*$");

    private UnitCellLines() {
    }

    /** The text with each unit-cell line joined onto its sentence; the same string when none is found. */
    static String joined(String text) {
        if (!text.contains("落实")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        boolean changed = false;
        int lastJoined = -1; // the index in out of the last line a clause was joined onto
        for (String line : lines) {
            String t = line.strip();
            int previous = lastNonBlank(out);
            if (previous >= 0 && UNIT_CELL.matcher(t).matches()
                    && (previous == lastJoined || SENTENCE_END.matcher(out.get(previous)).matches())) {
                out.set(previous, out.get(previous).stripTrailing() + "(" + t + ")");
                lastJoined = previous;
                changed = true;
                continue;
            }
            out.add(line);
        }
        return changed ? String.join("\n", out) : text;
    }

    private static int lastNonBlank(List<String> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (!out.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
