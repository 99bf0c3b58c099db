package org.luoshi.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of a {@link DocumentTable}: its cells and the lines of the document's text it covers
 * ({@code line} to {@code lastLine}, 1-based as {@code Task.sourceLine} and the parser's lines —
 * the Word reader's first table row after four paragraphs is line 5; one line for a row a reader
 * printed as one line of tab-separated cells, several for a table flattened one cell per line).
 */
public record TableRow(int line, int lastLine, List<TableCell> cells) {
    public TableRow {
        cells = List.copyOf(cells);
        if (lastLine < line) {
            throw new IllegalArgumentException("row ends before it starts: " + line + ".." + lastLine);
        }
    }

    /** A row of plain cells on one line. */
    public static TableRow of(int line, List<String> texts) {
        return new TableRow(line, line, texts.stream().map(TableCell::of).toList());
    }

    /** A heading between rows, on one line: its one cell spans the table's {@code width} columns. */
    public static TableRow spanning(String text, int line, int width) {
        List<TableCell> cells = new ArrayList<>(width);
        cells.add(TableCell.of(text));
        for (int c = 1; c < width; c++) {
            cells.add(TableCell.coveredFromLeft());
        }
        return new TableRow(line, line, cells);
    }

    /** The cells' own texts, covered cells empty. */
    public List<String> texts() {
        return cells.stream().map(TableCell::text).toList();
    }
}
