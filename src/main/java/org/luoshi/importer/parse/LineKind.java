package org.luoshi.importer.parse;

/** What a line of a plan document is, judged from its own text. */
public enum LineKind {
    BLANK(0),
    /** 一、 */
    PART(1),
    /** （一） */
    SECTION(2),
    /** 1． or 1. */
    ITEM(3),
    /** （1） */
    SUBITEM(4),
    /** Anything else: a title, a paragraph, the continuation of a task. */
    TEXT(0);

    private final int depth;

    LineKind(int depth) {
        this.depth = depth;
    }

    /** Nesting depth of a numbered heading (1 = outermost); 0 for lines that are not headings. */
    public int depth() {
        return depth;
    }

    public boolean isHeading() {
        return depth > 0;
    }
}
