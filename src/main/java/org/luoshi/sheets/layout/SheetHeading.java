package org.luoshi.sheets.layout;

import java.util.Objects;
import org.luoshi.files.SafeText;

/**
 * What stands above the table on the first page: the title (省发展改革委任务分工表), the plan's
 * title under it, and one line with the document number on the left and the date made on the right.
 * Each is one line of {@link SafeText safe} text.
 */
public record SheetHeading(String title, String subtitle, String metaLeft, String metaRight) {
    public SheetHeading {
        title = SafeText.line(Objects.requireNonNull(title, "title"));
        subtitle = subtitle == null ? "" : SafeText.line(subtitle);
        metaLeft = metaLeft == null ? "" : SafeText.line(metaLeft);
        metaRight = metaRight == null ? "" : SafeText.line(metaRight);
    }
}
