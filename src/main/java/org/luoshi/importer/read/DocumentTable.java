package org.luoshi.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A table found in a document — a Word table, an Excel sheet, a table PDFBox's text positions
 * laid out, or one found in flattened text — as rows of cells with the merged cells marked, each
 * row knowing the lines of the document's text it came from.
 *
 * @param name  where the table is, for the review dialog: a sheet name, "表 2", or "" for none
 * @param rows  the rows, header rows included, in reading order
 */
public record DocumentTable(String name, List<TableRow> rows) {
    public DocumentTable {
        name = name == null ? "" : name;
        rows = List.copyOf(rows);
    }

    /** A table of plain cells printed one row a line from {@code firstLine} on (no merged cells). */
    public static DocumentTable ofLines(String name, int firstLine, List<List<String>> texts) {
        List<TableRow> rows = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            rows.add(TableRow.of(firstLine + i, texts.get(i)));
        }
        return new DocumentTable(name, rows);
    }

    /** The text line of the first row, or -1 for a table without rows. */
    public int firstLine() {
        return rows.isEmpty() ? -1 : rows.get(0).line();
    }

    /** The rows as their cells' own texts (covered cells empty). */
    public List<List<String>> texts() {
        return rows.stream().map(TableRow::texts).toList();
    }
}
