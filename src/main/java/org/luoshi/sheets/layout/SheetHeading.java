package org.luoshi.sheets.layout;

import java.util.Objects;

/**
 * What stands above the table on the first page: the title (省发展改革委任务分工表), the plan's
 * title under it, and one line with the document number on the left and the date made on the right.
 */
public record SheetHeading(String title, String subtitle, String metaLeft, String metaRight) {
    public SheetHeading {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        metaLeft = metaLeft == null ? "" : metaLeft;
        metaRight = metaRight == null ? "" : metaRight;
    }
}
