package org.luoshi.sheets.office;

/**
 * Text that a spreadsheet could take for a formula (= + - @ at the start, also after leading
 * tabs or returns). Such cells are written as plain text and marked with Excel's quote prefix, so
 * neither opening nor editing the cell ever runs it.
 */
final class FormulaGuard {
    private FormulaGuard() {
    }

    static boolean looksLikeFormula(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n' || c == ' ') {
                continue;
            }
            return c == '=' || c == '+' || c == '-' || c == '@' || c == '＝' || c == '＋' || c == '－' || c == '＠';
        }
        return false;
    }
}
