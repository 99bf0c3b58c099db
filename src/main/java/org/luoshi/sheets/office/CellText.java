package org.luoshi.sheets.office;

import org.apache.poi.ss.SpreadsheetVersion;
import org.luoshi.files.SafeText;
import org.luoshi.i18n.DocumentTexts;

/**
 * Text as an Excel cell can hold it: {@link SafeText safe}, and at most 32,767 characters. A longer
 * text (a task of 40,000 characters) is cut between two graphemes and ends with a note saying how
 * much is left out and where the whole text is (the PDF and Word sheets have no such limit), so the
 * workbook is still written and the cut is visible to whoever reads it.
 */
public final class CellText {
    /** The most characters (UTF-16 units) Excel keeps in one cell. */
    static final int MAX = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private CellText() {
    }

    public static String fit(String text) {
        String safe = SafeText.text(text);
        if (safe.length() <= MAX) {
            return safe;
        }
        // The note's own length depends on the number in it: reserve room for the largest it can be.
        int room = MAX - note(safe.codePointCount(0, safe.length())).length();
        String kept = SafeText.cut(safe, room);
        return kept + note(safe.codePointCount(kept.length(), safe.length()));
    }

    private static String note(int leftOut) {
        return DocumentTexts.get("sheets.xlsx.cut", String.valueOf(leftOut), String.valueOf(MAX));
    }
}
