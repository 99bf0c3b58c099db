package org.luoshi.sheets.layout;

import java.util.List;
import java.util.Objects;
import org.luoshi.files.SafeText;

/**
 * A row of the sheet's table: one task's cells, or a heading across the whole width. Texts are
 * {@link SafeText safe}: whatever a plan holds, no control character reaches a sheet's file.
 */
public sealed interface SheetRow permits SheetRow.Entry, SheetRow.Group {

    /** One cell text per column; a line break in a text starts a new line in the cell. */
    record Entry(List<String> cells) implements SheetRow {
        public Entry {
            cells = cells.stream().map(c -> SafeText.text(Objects.requireNonNull(c, "cell"))).toList();
        }
    }

    /** A heading row spanning every column (a part of the plan, or "tasks this unit leads"). */
    record Group(String text) implements SheetRow {
        public Group {
            text = SafeText.text(Objects.requireNonNull(text, "text"));
        }
    }
}
