package org.luoshi.report.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.FixedPitchMeasurer;
import org.luoshi.sheets.layout.LineBreaker;
import org.luoshi.sheets.office.OfficeFonts;
import org.luoshi.sheets.office.XlsxSheetWriter;
import org.luoshi.sheets.office.XlsxStyles;

/**
 * The ledger as an Excel workbook, streamed (SXSSF: only a window of rows is held in memory, so a
 * workspace of 10,000 tasks writes in seconds): a title row, a line under it, the header row frozen
 * on screen, filtered (autofilter) and repeated on every printed page (print titles); wrapped text in
 * rows tall enough for it; A4 landscape fitted to the page width; "第 1 页 共 3 页" footer. Texts go
 * in as text, never as formulas. Written to a temporary file and moved into place.
 */
public final class LedgerXlsx {
    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;
    static final int HEADER_ROW = 2;
    /** Points per unit of Excel column width (the width of "0" in 11-point 宋体). */
    private static final double POINTS_PER_UNIT = 5.5;
    /** No column narrower than three characters of the table's text. */
    private static final double MIN_WIDTH = 3 * OfficeFonts.TABLE_SIZE + 6;
    private static final double LINE_HEIGHT = OfficeFonts.TABLE_SIZE * 1.35;
    private static final double MAX_ROW_HEIGHT = 409;
    private static final int MAX_SHEET_NAME = 31;

    private final LineBreaker breaker = new LineBreaker(FixedPitchMeasurer.INSTANCE);

    public void write(Ledger ledger, Path target) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            wb.setCompressTempFiles(true);
            XlsxStyles styles = new XlsxStyles(wb.getXSSFWorkbook());
            List<String> taken = new java.util.ArrayList<>();
            for (Ledger.Sheet sheet : ledger.sheets()) {
                String name = sheetName(sheet.name(), taken);
                taken.add(name);
                sheet(wb, wb.createSheet(name), sheet, styles);
            }
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(ledger.title());
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("落实");
            AtomicFiles.stream(target, wb::write);
        } finally {
            wb.close();
        }
    }

    private void sheet(SXSSFWorkbook wb, SXSSFSheet s, Ledger.Sheet sheet, XlsxStyles styles) {
        List<Ledger.Column> columns = sheet.columns();
        int n = columns.size();
        double[] widths = widths(columns);
        for (int c = 0; c < n; c++) {
            s.setColumnWidth(c, (int) Math.min(255 * 256, Math.round(widths[c] / POINTS_PER_UNIT * 256)));
        }
        Row title = s.createRow(0);
        XlsxSheetWriter.text(title.createCell(0), sheet.title(), styles, XlsxStyles.Kind.TITLE);
        title.setHeightInPoints((float) (OfficeFonts.TITLE_SIZE * 1.8));
        Row sub = s.createRow(1);
        XlsxSheetWriter.text(sub.createCell(0), sheet.subtitle(), styles, XlsxStyles.Kind.SUBTITLE);
        sub.setHeightInPoints((float) (OfficeFonts.SUBTITLE_SIZE * 1.6));
        if (n > 1) {
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, n - 1));
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, n - 1));
        }
        Row header = s.createRow(HEADER_ROW);
        int headerLines = 1;
        for (int c = 0; c < n; c++) {
            XlsxSheetWriter.text(header.createCell(c), columns.get(c).header(), styles, XlsxStyles.Kind.HEADER);
            headerLines = Math.max(headerLines, lines(columns.get(c).header(), widths[c]));
        }
        header.setHeightInPoints(height(headerLines));
        s.createFreezePane(0, HEADER_ROW + 1);
        int r = HEADER_ROW + 1;
        for (List<String> cells : sheet.rows()) {
            Row row = s.createRow(r++);
            int lines = 1;
            for (int c = 0; c < n; c++) {
                String value = cells.get(c);
                Cell cell = row.createCell(c);
                boolean centred = columns.get(c).width() <= 4;
                XlsxStyles.Kind kind = centred ? XlsxStyles.Kind.BODY_CENTER : XlsxStyles.Kind.BODY;
                if (c == 0 && value.matches("\\d{1,9}")) {
                    cell.setCellValue(Integer.parseInt(value));
                    cell.setCellStyle(styles.get(kind, false));
                } else {
                    XlsxSheetWriter.text(cell, value, styles, kind);
                }
                lines = Math.max(lines, lines(value, widths[c]));
            }
            row.setHeightInPoints(height(lines));
        }
        int last = Math.max(HEADER_ROW, r - 1);
        s.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, n - 1));
        print(wb, s, n, last);
    }

    private static void print(SXSSFWorkbook wb, SXSSFSheet s, int columns, int lastRow) {
        PageSetup page = PageSetup.a4(org.luoshi.paper.Orientation.LANDSCAPE);
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        s.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setMargin(PageMargin.TOP, page.margins().top() / 72);
        s.setMargin(PageMargin.BOTTOM, page.margins().bottom() / 72);
        s.setMargin(PageMargin.LEFT, page.margins().left() / 72);
        s.setMargin(PageMargin.RIGHT, page.margins().right() / 72);
        s.setMargin(PageMargin.FOOTER, page.margins().bottom() / 144);
        s.setHorizontallyCenter(true);
        s.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        s.getFooter().setCenter(LedgerWords.PAGE_FOOTER);
        s.setDisplayGridlines(false);
        wb.setPrintArea(wb.getSheetIndex(s), 0, columns - 1, 0, lastRow);
    }

    /**
     * The columns' widths in points: the page's width (A4 landscape between the margins) shared by their
     * weights, so the ledger prints at full size; none under {@link #MIN_WIDTH} (with many rounds the
     * sheet is then wider than the page, and printing fits it to the width).
     */
    static double[] widths(List<Ledger.Column> columns) {
        double content = PageSetup.a4(org.luoshi.paper.Orientation.LANDSCAPE).contentWidth();
        double total = columns.stream().mapToDouble(Ledger.Column::width).sum();
        double[] widths = new double[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(MIN_WIDTH, content * columns.get(c).width() / total);
        }
        return widths;
    }

    private int lines(String text, double width) {
        if (text.isEmpty()) {
            return 1;
        }
        return breaker.lines(text, OfficeFonts.TABLE_SIZE, width - 6).size();
    }

    private static float height(int lines) {
        return (float) Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 5);
    }

    /** A tab name Excel accepts, cut to 31 characters, distinct from those {@code taken}. */
    static String sheetName(String title, List<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(SafeText.cut(SafeText.line(title.isBlank() ? "台账" : title),
                MAX_SHEET_NAME));
        String name = base;
        for (int i = 2; taken.stream().anyMatch(name::equalsIgnoreCase); i++) {
            String suffix = "(" + i + ")";
            name = SafeText.cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        return name;
    }
}
