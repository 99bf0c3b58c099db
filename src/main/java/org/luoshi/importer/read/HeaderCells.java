package org.luoshi.importer.read;

/**
 * Tells a reader which texts name the columns of a division-of-work table (分工表), so that it can
 * find such a table where the file keeps no table structure — a PDF's text positions. The words
 * live with the table reader ({@code importer.table}, which builds on this package); a reader is
 * given them, and reads no tables of that kind without them ({@link #NONE}).
 */
@FunctionalInterface
public interface HeaderCells {
    /** What a header cell's text names. */
    enum Kind { NOTHING, NUMBER, COLUMN }

    /** Recognises no header: the reader keeps to plain text. */
    HeaderCells NONE = text -> Kind.NOTHING;

    /** {@link Kind#NUMBER} for the row-number column (序号), {@link Kind#COLUMN} for another known column. */
    Kind kind(String text);
}
