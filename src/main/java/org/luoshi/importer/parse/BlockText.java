package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one or more blocks as the parser reads it — a heading's text after its label,
 * then each following line (stripped) after a line break — mapped back to the source. Headings
 * of deeper levels inside it keep their labels; where each such line starts is remembered.
 */
final class BlockText {
    /** A line inside the text: where it starts in the text and the classified line it came from. */
    record Line(int start, ClassifiedLine source) {
    }

    /** Sized to its block when the block is added: a plan of many short blocks holds one text for each. */
    final MappedText text = new MappedText(16);
    final List<Line> lines = new ArrayList<>();
    /** Source range [start, end) of the first heading's label, or null. */
    int[] label;
    /** Length of the first heading's text in {@link #text} (its line), 0 without heading. */
    int headingLength;

    private final String source;
    private final int[] lineStarts;

    BlockText(String source, int[] lineStarts) {
        this.source = source;
        this.lineStarts = lineStarts;
    }

    /** Adds a block: its heading without label if it is the first, with label otherwise. */
    BlockText add(Block block) {
        int room = 0;
        if (block.heading != null) {
            room += strippedEnd(block.heading) - strippedStart(block.heading) + 1;
        }
        for (ClassifiedLine l : block.lines) {
            room += strippedEnd(l) - strippedStart(l) + 1;
        }
        text.ensureRoom(room);
        if (block.heading != null) {
            boolean first = text.length() == 0 && label == null;
            if (first) {
                int bodyStart = bodyStart(block.heading);
                label = new int[] {strippedStart(block.heading), bodyStart};
                lines.add(new Line(0, block.heading));
                text.append(source, bodyStart, strippedEnd(block.heading));
                headingLength = text.length();
            } else {
                addLine(block.heading);
            }
        }
        for (ClassifiedLine l : block.lines) {
            addLine(l);
        }
        return this;
    }

    private void addLine(ClassifiedLine l) {
        if (text.length() > 0) {
            text.appendBreak();
        }
        lines.add(new Line(text.length(), l));
        text.append(source, strippedStart(l), strippedEnd(l));
    }

    /** The line the text position lies on. */
    Line lineAt(int position) {
        if (lines.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.get(lo);
    }

    /** 1-based source line of a text position. */
    int lineNumberAt(int position) {
        Line l = lineAt(Math.max(0, Math.min(position, Math.max(0, text.length() - 1))));
        return l == null ? 0 : l.source().number();
    }

    /** Where a line's stripped text starts in the source. */
    int strippedStart(ClassifiedLine l) {
        String raw = l.line().text();
        int i = 0;
        while (i < raw.length() && Texts.isSpace(raw.charAt(i))) {
            i++;
        }
        return lineStart(l) + i;
    }

    int strippedEnd(ClassifiedLine l) {
        String raw = l.line().text();
        int end = raw.length();
        while (end > 0 && Texts.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return lineStart(l) + Math.max(end, strippedStart(l) - lineStart(l));
    }

    /** Where a heading's text after its label starts in the source. */
    int bodyStart(ClassifiedLine heading) {
        return strippedEnd(heading) - heading.body().length();
    }

    private int lineStart(ClassifiedLine l) {
        int n = l.number() - 1;
        return n >= 0 && n < lineStarts.length ? lineStarts[n] : 0;
    }
}
