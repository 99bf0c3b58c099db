package org.luoshi.sheets.layout;

import java.util.List;
import java.util.Objects;
import org.luoshi.paper.Orientation;

/**
 * A sheet before it is laid out on pages: heading, columns and rows, and the orientation it reads
 * best in. Every output (print, PDF, Word, Excel) starts from this.
 */
public record Sheet(SheetHeading heading, List<SheetColumn> columns, List<SheetRow> rows, Orientation orientation) {
    public Sheet {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(orientation, "orientation");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs columns");
        }
        for (SheetRow row : rows) {
            if (row instanceof SheetRow.Entry e && e.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + e.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The same sheet read in another orientation. */
    public Sheet withOrientation(Orientation o) {
        return new Sheet(heading, columns, rows, o);
    }

    /** Number of task rows (group headings not counted). */
    public int entryCount() {
        return (int) rows.stream().filter(r -> r instanceof SheetRow.Entry).count();
    }
}
