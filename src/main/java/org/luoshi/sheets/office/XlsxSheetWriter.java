package org.luoshi.sheets.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.Align;
import org.luoshi.sheets.layout.FixedPitchMeasurer;
import org.luoshi.sheets.layout.LineBreaker;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetColumn;
import org.luoshi.sheets.layout.SheetHeading;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.sheets.layout.SheetRow;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.sheets.output.SheetWriter;

/**
 * Sheets as Excel workbooks (.xlsx): title rows, then the table with its header row frozen on
 * screen and repeated on every printed page, the PDF's column widths, wrapped text and rows tall
 * enough for it, A4 in the sheet's orientation fitted to the page width, "第 1 页 共 3 页" footer.
 * Every text goes in as text: one that starts like a formula is quote-prefixed, never evaluated.
 */
public final class XlsxSheetWriter implements SheetWriter {
    /** Points per unit of Excel column width (the width of "0" in 11-point 宋体). */
    private static final double POINTS_PER_CHAR = 5.5;
    private static final double LINE_HEIGHT = OfficeFonts.TABLE_SIZE * 1.35;
    private static final double CELL_PADDING = 6;
    private static final int HEADER_ROW = 3;
    /** Excel's tallest row, in points. */
    static final double MAX_ROW_HEIGHT = 409;
    static final int MAX_SHEET_NAME = 31;
    private final LineBreaker breaker = new LineBreaker(FixedPitchMeasurer.INSTANCE);

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(Sheet sheet, PageSetup page, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            XSSFSheet s = wb.createSheet(sheetName(sheet.heading().title()));
            double[] widths = SheetLayouter.columnWidths(sheet.columns(), page.contentWidth());
            for (int c = 0; c < widths.length; c++) {
                s.setColumnWidth(c, (int) Math.round(widths[c] / POINTS_PER_CHAR * 256));
            }
            heading(s, sheet.heading(), widths.length, styles);
            table(s, sheet, widths, styles);
            print(s, page, widths.length, sheet.rows().size());
            wb.getProperties().getCoreProperties().setTitle(SafeText.line(sheet.heading().title()));
            wb.getProperties().getCoreProperties().setCreator(DocumentTexts.get("app.title"));
            AtomicFiles.stream(target, wb::write);
        }
    }

    private static void heading(XSSFSheet s, SheetHeading h, int columns, XlsxStyles styles) {
        merged(s, 0, 0, columns - 1, h.title(), styles, XlsxStyles.Kind.TITLE)
                .setHeightInPoints((float) (OfficeFonts.TITLE_SIZE * 1.8));
        merged(s, 1, 0, columns - 1, h.subtitle(), styles, XlsxStyles.Kind.SUBTITLE)
                .setHeightInPoints((float) (OfficeFonts.SUBTITLE_SIZE * 1.6));
        int half = Math.max(1, columns / 2);
        Row meta = merged(s, 2, 0, half - 1, h.metaLeft(), styles, XlsxStyles.Kind.META_LEFT);
        meta.setHeightInPoints((float) (OfficeFonts.META_SIZE * 1.8));
        if (half < columns) {
            merged(s, 2, half, columns - 1, h.metaRight(), styles, XlsxStyles.Kind.META_RIGHT);
        }
    }

    private static Row merged(XSSFSheet s, int rowIndex, int from, int to, String text, XlsxStyles styles,
            XlsxStyles.Kind kind) {
        Row row = s.getRow(rowIndex) != null ? s.getRow(rowIndex) : s.createRow(rowIndex);
        text(row.createCell(from), text, styles, kind);
        if (to > from) {
            s.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
        return row;
    }

    private void table(XSSFSheet s, Sheet sheet, double[] widths, XlsxStyles styles) {
        List<SheetColumn> columns = sheet.columns();
        Row header = s.createRow(HEADER_ROW);
        int headerLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            text(header.createCell(c), columns.get(c).header(), styles, XlsxStyles.Kind.HEADER);
            headerLines = Math.max(headerLines, lines(columns.get(c).header(), widths[c]));
        }
        header.setHeightInPoints(height(headerLines));
        s.createFreezePane(0, HEADER_ROW + 1);
        int r = HEADER_ROW + 1;
        for (SheetRow row : sheet.rows()) {
            Row x = s.createRow(r);
            if (row instanceof SheetRow.Entry e) {
                int lines = 1;
                for (int c = 0; c < columns.size(); c++) {
                    String value = e.cells().get(c);
                    XlsxStyles.Kind kind = columns.get(c).align() == Align.CENTER ? XlsxStyles.Kind.BODY_CENTER
                            : XlsxStyles.Kind.BODY;
                    Cell cell = x.createCell(c);
                    if (c == 0 && value.matches("\\d{1,9}")) {
                        cell.setCellValue(Integer.parseInt(value));
                        cell.setCellStyle(styles.get(kind, false));
                    } else {
                        text(cell, value, styles, kind);
                    }
                    lines = Math.max(lines, lines(value, widths[c]));
                }
                x.setHeightInPoints(height(lines));
            } else if (row instanceof SheetRow.Group g) {
                for (int c = 0; c < columns.size(); c++) {
                    text(x.createCell(c), c == 0 ? g.text() : "", styles, XlsxStyles.Kind.GROUP);
                }
                s.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
                x.setHeightInPoints(height(lines(g.text(), sum(widths))));
            }
            r++;
        }
    }

    /**
     * Sets {@code value} as a text cell, quote-prefixed if it could pass for a formula; cut with a
     * note where it is longer than a cell holds (see {@link CellText}).
     */
    public static void text(Cell cell, String value, XlsxStyles styles, XlsxStyles.Kind kind) {
        String fitted = CellText.fit(value);
        cell.setCellValue(fitted);
        cell.setCellStyle(styles.get(kind, FormulaGuard.looksLikeFormula(fitted)));
    }

    /** The worksheet's name: the title made safe, cut to Excel's 31 characters between two graphemes. */
    static String sheetName(String title) {
        String safe = SafeText.line(title);
        return WorkbookUtil.createSafeSheetName(SafeText.cut(safe, MAX_SHEET_NAME));
    }

    private int lines(String text, double width) {
        return breaker.lines(text, OfficeFonts.TABLE_SIZE, width - CELL_PADDING).size();
    }

    /** A row tall enough for {@code lines}, but no taller than Excel allows. */
    private static float height(int lines) {
        return (float) Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 5);
    }

    private static void print(XSSFSheet s, PageSetup page, int columns, int rows) {
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(page.orientation() == Orientation.LANDSCAPE);
        s.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setMargin(PageMargin.TOP, inches(page.margins().top()));
        s.setMargin(PageMargin.BOTTOM, inches(page.margins().bottom()));
        s.setMargin(PageMargin.LEFT, inches(page.margins().left()));
        s.setMargin(PageMargin.RIGHT, inches(page.margins().right()));
        s.setMargin(PageMargin.FOOTER, inches(page.margins().bottom() / 2));
        s.setHorizontallyCenter(true);
        s.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        s.getFooter().setCenter(DocumentTexts.get("sheets.page.footer", "&P", "&N"));
        s.setDisplayGridlines(false);
        if (rows == 0 || columns == 0) {
            return;
        }
        s.getWorkbook().setPrintArea(0, 0, columns - 1, 0, HEADER_ROW + rows);
    }

    private static double inches(double points) {
        return points / 72;
    }

    private static double sum(double[] widths) {
        double s = 0;
        for (double w : widths) {
            s += w;
        }
        return s;
    }
}
