package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered heading line and the unnumbered lines after it, up to the next heading; or, for the
 * text a body may open with, those lines alone ({@code heading} null).
 */
final class Block {
    final ClassifiedLine heading;
    final List<ClassifiedLine> lines = new ArrayList<>();

    Block(ClassifiedLine heading) {
        this.heading = heading;
    }

    LineKind level() {
        return heading == null ? LineKind.TEXT : heading.kind();
    }

    boolean isHeading() {
        return heading != null;
    }

    /** The source line the block ends on. */
    int lastLine() {
        return lines.isEmpty() ? heading.number() : lines.get(lines.size() - 1).number();
    }

    /** Splits body lines into blocks at every numbered heading; blank lines are dropped. */
    static List<Block> of(List<ClassifiedLine> body, ParseRun run) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (ClassifiedLine line : body) {
            run.step();
            if (line.isHeading()) {
                current = new Block(line);
                blocks.add(current);
            } else if (line.kind() != LineKind.BLANK) {
                if (current == null) {
                    current = new Block(null);
                    blocks.add(current);
                }
                current.lines.add(line);
            }
        }
        return blocks;
    }
}
