package org.luoshi.importer.read;

/**
 * One cell of a {@link DocumentTable}. A cell covered by a merged cell above it (Word
 * {@code vMerge}, an Excel merged region, a flattened row that left the cell out) or to its left
 * ({@code gridSpan}, a merged region's other columns) has no text of its own and says where its
 * text is; the table reader gives it the text of the cell that covers it.
 */
public record TableCell(String text, Covered covered) {
    /** Where a cell without text of its own takes it from. */
    public enum Covered { NO, FROM_ABOVE, FROM_LEFT }

    public TableCell {
        text = text == null ? "" : text;
        covered = covered == null ? Covered.NO : covered;
    }

    public static TableCell of(String text) {
        return new TableCell(text, Covered.NO);
    }

    public static TableCell coveredFromAbove() {
        return new TableCell("", Covered.FROM_ABOVE);
    }

    public static TableCell coveredFromLeft() {
        return new TableCell("", Covered.FROM_LEFT);
    }

    public boolean isCovered() {
        return covered != Covered.NO;
    }
}
