package org.luoshi.sheets.office;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of a sheet, made once per workbook (Excel allows only so many). */
public final class XlsxStyles {
    public enum Kind { TITLE, SUBTITLE, META_LEFT, META_RIGHT, HEADER, BODY, BODY_CENTER, GROUP }

    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();

    public XlsxStyles(XSSFWorkbook wb) {
        this.wb = wb;
        // The workbook's default font is the one Excel measures column widths in.
        XSSFFont normal = wb.getFontAt(0);
        normal.setFontName(OfficeFonts.SONG);
        normal.setFontHeightInPoints((short) 11);
    }

    /** The style of {@code kind}; {@code asText} adds Excel's quote prefix (text that looks like a formula). */
    public CellStyle get(Kind kind, boolean asText) {
        return styles.computeIfAbsent(kind + "/" + asText, k -> make(kind, asText));
    }

    /**
     * The style of {@code kind} for a cell the reader fills in a protected sheet: unlocked, on a pale
     * yellow ground so that it is seen where to write (the progress rounds' forms).
     */
    public CellStyle fillable(Kind kind, boolean asText) {
        String key = kind + "/" + asText + "/fill";
        XSSFCellStyle s = styles.get(key);
        if (s == null) {
            s = wb.createCellStyle();
            s.cloneStyleFrom(get(kind, asText));
            s.setLocked(false);
            fill(s, IndexedColors.LIGHT_YELLOW);
            styles.put(key, s);
        }
        return s;
    }

    /** A fillable body style with a number format (the percent column: "0"). */
    public CellStyle fillableNumber(String format) {
        String key = "number/" + format;
        XSSFCellStyle s = styles.get(key);
        if (s == null) {
            s = wb.createCellStyle();
            s.cloneStyleFrom(fillable(Kind.BODY_CENTER, false));
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            styles.put(key, s);
        }
        return s;
    }

    private XSSFCellStyle make(Kind kind, boolean asText) {
        XSSFCellStyle s = wb.createCellStyle();
        XSSFFont font = wb.createFont();
        font.setFontName(OfficeFonts.SONG);
        font.setFontHeight(OfficeFonts.TABLE_SIZE);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        s.setQuotePrefixed(asText);
        switch (kind) {
            case TITLE -> {
                font.setFontHeight(OfficeFonts.TITLE_SIZE);
                font.setBold(true);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            }
            case SUBTITLE -> {
                font.setFontName(OfficeFonts.FANGSONG);
                font.setFontHeight(OfficeFonts.SUBTITLE_SIZE - 2);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            }
            case META_LEFT, META_RIGHT -> {
                font.setFontName(OfficeFonts.FANGSONG);
                font.setFontHeight(OfficeFonts.TABLE_SIZE + 0.5);
                s.setWrapText(false);
                s.setAlignment(kind == Kind.META_LEFT ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            }
            case HEADER -> {
                font.setBold(true);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                fill(s, IndexedColors.GREY_25_PERCENT);
                borders(s);
            }
            case GROUP -> {
                font.setBold(true);
                fill(s, IndexedColors.GREY_25_PERCENT);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                borders(s);
            }
            case BODY_CENTER -> {
                s.setAlignment(HorizontalAlignment.CENTER);
                borders(s);
            }
            default -> borders(s);
        }
        s.setFont(font);
        return s;
    }

    private static void fill(XSSFCellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void borders(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
