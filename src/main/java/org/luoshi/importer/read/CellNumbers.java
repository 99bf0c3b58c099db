package org.luoshi.importer.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A number cell as the office sees it in Chinese Excel or WPS: a date stored as a date cell
 * (a serial number) shown in the cell's format — 2026年12月, 2026/12/31 — never as 46387.
 *
 * <p>A workbook names a format by index and, for its own formats, by a format string. The indices
 * of the system's short date (14, 22) and the East Asian built-in formats (27–36, 50–58) carry no
 * string: the program that opens the file shows them the way its language does. POI shows them
 * as an American Excel would (12/31/26) or not at all ("reserved-0x1F"); here they are shown as a
 * Chinese Excel does (ECMA-376 Part 1, 18.8.30, zh-cn).
 */
final class CellNumbers {
    private static final String YEAR_MONTH = "yyyy\"年\"m\"月\"";
    private static final String MONTH_DAY = "m\"月\"d\"日\"";
    private static final Map<Integer, String> CHINESE_BUILT_INS = Map.ofEntries(
            Map.entry(14, "yyyy/m/d"),
            Map.entry(22, "yyyy/m/d h:mm"),
            Map.entry(27, YEAR_MONTH),
            Map.entry(28, MONTH_DAY),
            Map.entry(29, MONTH_DAY),
            Map.entry(30, "m-d-yy"),
            Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""),
            Map.entry(32, "h\"时\"mm\"分\""),
            Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(34, "上午/下午h\"时\"mm\"分\""),
            Map.entry(35, "上午/下午h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(36, YEAR_MONTH),
            Map.entry(50, YEAR_MONTH),
            Map.entry(51, MONTH_DAY),
            Map.entry(52, YEAR_MONTH),
            Map.entry(53, MONTH_DAY),
            Map.entry(54, MONTH_DAY),
            Map.entry(55, "上午/下午h\"时\"mm\"分\""),
            Map.entry(56, "上午/下午h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(57, YEAR_MONTH),
            Map.entry(58, MONTH_DAY));

    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
    private final Map<String, String> dateFormats = new HashMap<>();
    private final boolean date1904;

    /** @param date1904 the workbook counts days from 1904 (Excel for Mac), not from 1900 */
    CellNumbers(boolean date1904) {
        this.date1904 = date1904;
    }

    /** {@code value} in format {@code index}, {@code format} the workbook's string for it (may be null). */
    String format(double value, int index, String format) {
        String chinese = CHINESE_BUILT_INS.get(index);
        if (chinese != null && (format == null || index == 14 || index == 22 || format.startsWith("reserved"))) {
            format = chinese;
        }
        if (format == null || format.isEmpty()) {
            format = "General";
        }
        if ((index == 0 || format.equals("General")) && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // 序号 1, 2, 3: the common case, without the formatter
        }
        if (DateUtil.isADateFormat(index, format) || format.contains("上午/下午")) {
            format = dateFormats.computeIfAbsent(format, CellNumbers::forPoi);
        }
        try {
            return formatter.formatRawCellContents(value, index, format, date1904).strip();
        } catch (RuntimeException e) {
            return formatter.formatRawCellContents(value, 0, "General", date1904).strip(); // a format POI cannot apply
        }
    }

    /**
     * A date format as POI's formatter can apply it. POI prints a date format's literal text with
     * its quotes or backslash (2026"年"12"月", 2026\年12\月, as Excel writes {@code yyyy"年"m"月"} and
     * LibreOffice and WPS {@code yyyy\年m\月}) and fails on [DBNum1] (Chinese numerals): here
     * literals without Latin letters lose their quotes, bracketed codes (locale, numerals, colour)
     * are dropped, 上午/下午 is AM/PM (which the Chinese locale prints as 上午/下午), and the system's
     * long date [$-F800] is the Chinese one. Only the first section (before ;) is kept.
     */
    static String forPoi(String format) {
        if (format.contains("[$-F800]")) {
            return "yyyy年m月d日";
        }
        StringBuilder out = new StringBuilder(format.length());
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == ';') {
                break;
            }
            if (c == '[') {
                int close = format.indexOf(']', i);
                String code = close < 0 ? "" : format.substring(i + 1, close);
                if (code.matches("(?i)h+|m+|s+")) {
                    out.append('[').append(code).append(']'); // elapsed time: kept
                }
                i = close < 0 ? format.length() : close;
            } else if (c == '"') {
                int close = format.indexOf('"', i + 1);
                String literal = close < 0 ? format.substring(i + 1) : format.substring(i + 1, close);
                out.append(literal.matches(".*[A-Za-z].*") ? "\"" + literal + "\"" : literal);
                i = close < 0 ? format.length() : close;
            } else if (c == '\\' && i + 1 < format.length()) {
                char literal = format.charAt(++i);
                out.append(Character.isLetter(literal) && literal < 0x80 ? "\"" + literal + "\"" : String.valueOf(literal));
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("上午/下午", "AM/PM");
    }
}
