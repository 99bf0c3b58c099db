package org.luoshi.rounds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.sheets.office.CellText;
import org.luoshi.sheets.office.OfficeFonts;
import org.luoshi.sheets.office.XlsxSheetWriter;
import org.luoshi.sheets.office.XlsxStyles;
import org.luoshi.sheets.office.XlsxStyles.Kind;

/**
 * A unit's form as an Excel workbook that opens in WPS, Excel and LibreOffice without a warning:
 * no macros, no external links, no formulas. The task columns are locked and the five columns the
 * unit fills are not; the sheet is protected without a password (against accidents, not people),
 * and so is the workbook's structure, which keeps the identity sheet hidden. The identity is in the
 * cells of that hidden sheet, plus each row's task in a hidden locked column, because cell values are
 * what every program keeps when it saves; custom XML parts, document properties and comments are
 * dropped or rewritten by some of them. The identity is written a second time as defined names
 * ({@code luoshi_id_01…}), read when the hidden sheet is gone; two copies that differ are refused.
 */
public final class XlsxForm {
    private static final float LINE = (float) (OfficeFonts.TABLE_SIZE * 1.35);

    private XlsxForm() {
    }

    /** What a cell of the form holds of {@code text} (over-long text cut with a note). */
    public static String fit(String text) {
        return CellText.fit(text == null ? "" : text);
    }

    public static void write(UnitForm form, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            XSSFSheet s = wb.createSheet(FormWords.SHEET);
            for (int c = 0; c < FormLayout.COLUMNS; c++) {
                s.setColumnWidth(c, FormLayout.WIDTHS[c] * 256);
            }
            s.setColumnHidden(FormLayout.COL_KEY, true);
            heading(s, form, styles);
            int last = rows(s, form, styles);
            validation(s, last);
            footer(s, last + 2, styles);
            print(s, last + 3);
            protect(s);
            if (!form.context().isEmpty()) {
                context(wb, form, styles);
            }
            identity(wb, form.identity());
            identityNames(wb, form.identity());
            wb.setActiveSheet(0);
            wb.lockStructure();
            wb.getProperties().getCoreProperties().setTitle(SafeText.line(FormWords.SHEET + "（" + form.unit() + "）"));
            wb.getProperties().getCoreProperties().setCreator("落实");
            AtomicFiles.stream(target, wb::write);
        }
    }

    private static void heading(XSSFSheet s, UnitForm f, XlsxStyles styles) {
        int right = FormLayout.COL_DONE;
        merged(s, 0, 0, right, f.planTitle() + " 任务进展情况填报表", styles, Kind.TITLE)
                .setHeightInPoints((float) (OfficeFonts.TITLE_SIZE * 2.2));
        merged(s, 1, 0, right, f.docNumber(), styles, Kind.SUBTITLE)
                .setHeightInPoints((float) (OfficeFonts.SUBTITLE_SIZE * 1.6));
        merged(s, 2, 0, 5, "填报单位：" + f.unit() + "　　报送期次：" + f.period(), styles, Kind.META_LEFT)
                .setHeightInPoints((float) (OfficeFonts.META_SIZE * 1.8));
        merged(s, 2, 6, right, "报送截止：" + FormWords.date(f.due())
                + (f.contact().isEmpty() ? "" : "　　联系人：" + f.contact()), styles, Kind.META_RIGHT);
    }

    private static Row merged(XSSFSheet s, int rowIndex, int from, int to, String text, XlsxStyles styles, Kind kind) {
        Row row = s.getRow(rowIndex) != null ? s.getRow(rowIndex) : s.createRow(rowIndex);
        XlsxSheetWriter.text(row.createCell(from), text, styles, kind);
        for (int c = from + 1; c <= to; c++) {
            row.createCell(c).setCellStyle(styles.get(kind, false));
        }
        if (to > from) {
            s.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
        return row;
    }

    /** The header and the rows; returns the index of the last row written. */
    private static int rows(XSSFSheet s, UnitForm form, XlsxStyles styles) {
        Row header = s.createRow(FormLayout.HEADER_ROW);
        for (int c = 0; c < FormLayout.COLUMNS; c++) {
            XlsxSheetWriter.text(header.createCell(c), FormLayout.HEADERS[c], styles, Kind.HEADER);
        }
        header.setHeightInPoints(LINE * 2 + 6);
        s.createFreezePane(0, FormLayout.FIRST_ROW);
        int r = FormLayout.FIRST_ROW;
        for (UnitForm.Group g : form.groups()) {
            Row gr = s.createRow(r);
            XlsxSheetWriter.text(gr.createCell(0), FormWords.group(g.role()), styles, Kind.GROUP);
            for (int c = 1; c <= FormLayout.COL_DONE; c++) {
                gr.createCell(c).setCellStyle(styles.get(Kind.GROUP, false));
            }
            s.addMergedRegion(new CellRangeAddress(r, r, 0, FormLayout.COL_DONE));
            gr.setHeightInPoints(LINE + 6);
            r++;
            for (UnitForm.Row row : g.rows()) {
                Row x = s.createRow(r);
                List<String> locked = row.lockedCells();
                int lines = 3;
                for (int c = 0; c < locked.size(); c++) {
                    boolean center = c == 0 || c == 2;
                    XlsxSheetWriter.text(x.createCell(c), locked.get(c), styles, center ? Kind.BODY_CENTER : Kind.BODY);
                    lines = Math.max(lines, lines(locked.get(c), FormLayout.WIDTHS[c]));
                }
                for (int c = FormLayout.COL_PROGRESS; c <= FormLayout.COL_NEXT; c++) {
                    x.createCell(c).setCellStyle(styles.fillable(Kind.BODY, false));
                }
                x.createCell(FormLayout.COL_PERCENT).setCellStyle(styles.fillableNumber("0"));
                x.createCell(FormLayout.COL_DONE).setCellStyle(styles.fillable(Kind.BODY_CENTER, false));
                x.createCell(FormLayout.COL_KEY).setCellValue(FormLayout.key(row.taskId()));
                x.setHeightInPoints(Math.min(409f, lines * LINE + 6));
                r++;
            }
        }
        return r - 1;
    }

    /** Lines a text takes in a column of {@code width} characters of 0 (a Chinese character is two). */
    static int lines(String text, int width) {
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < para.length(); i++) {
                units += para.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (int) Math.ceil(units / (double) Math.max(1, width - 1)));
        }
        return lines;
    }

    private static void validation(XSSFSheet s, int last) {
        if (last < FormLayout.FIRST_ROW) {
            return;
        }
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidationConstraint percent = helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
        DataValidation pv = helper.createValidation(percent,
                new CellRangeAddressList(FormLayout.FIRST_ROW, last, FormLayout.COL_PERCENT, FormLayout.COL_PERCENT));
        pv.setShowErrorBox(true);
        pv.createErrorBox(FormWords.PERCENT, "请填写 0 到 100 之间的数字。");
        pv.setShowPromptBox(true);
        pv.createPromptBox(FormWords.PERCENT, "0 到 100 之间的数字");
        s.addValidationData(pv);
        DataValidationConstraint done = helper.createExplicitListConstraint(new String[] {FormWords.YES, FormWords.NO});
        DataValidation dv = helper.createValidation(done,
                new CellRangeAddressList(FormLayout.FIRST_ROW, last, FormLayout.COL_DONE, FormLayout.COL_DONE));
        dv.setShowErrorBox(true);
        // POI writes showDropDown="true" for false here, and that attribute hides the arrow: true shows it.
        dv.setSuppressDropDownArrow(true);
        dv.createErrorBox(FormWords.DONE, "请选择“是”或“否”。");
        s.addValidationData(dv);
    }

    private static void footer(XSSFSheet s, int r, XlsxStyles styles) {
        footerRow(s, r, FormWords.REPORTER, FormWords.PHONE, styles);
        footerRow(s, r + 1, FormWords.HEAD, FormWords.REPORT_DATE, styles);
    }

    private static void footerRow(XSSFSheet s, int r, String left, String right, XlsxStyles styles) {
        Row row = s.createRow(r);
        row.setHeightInPoints(LINE * 2 + 6);
        XlsxSheetWriter.text(row.createCell(FormLayout.COL_TASK), left, styles, Kind.META_RIGHT);
        for (int c = 2; c <= 4; c++) {
            row.createCell(c).setCellStyle(styles.fillable(Kind.BODY, false));
        }
        s.addMergedRegion(new CellRangeAddress(r, r, 2, 4));
        XlsxSheetWriter.text(row.createCell(FormLayout.COL_LAST), right, styles, Kind.META_RIGHT);
        for (int c = FormLayout.COL_PROGRESS; c <= FormLayout.COL_PROBLEMS; c++) {
            row.createCell(c).setCellStyle(styles.fillable(Kind.BODY, false));
        }
        s.addMergedRegion(new CellRangeAddress(r, r, FormLayout.COL_PROGRESS, FormLayout.COL_PROBLEMS));
    }

    private static void print(XSSFSheet s, int rows) {
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        s.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setMargin(PageMargin.TOP, 0.6);
        s.setMargin(PageMargin.BOTTOM, 0.6);
        s.setMargin(PageMargin.LEFT, 0.5);
        s.setMargin(PageMargin.RIGHT, 0.5);
        s.setHorizontallyCenter(true);
        s.setRepeatingRows(new CellRangeAddress(FormLayout.HEADER_ROW, FormLayout.HEADER_ROW, -1, -1));
        s.getFooter().setCenter("第 &P 页 共 &N 页");
        s.getWorkbook().setPrintArea(0, 0, FormLayout.COL_DONE, 0, rows);
    }

    /** Protected without a password: the locked cells cannot be typed over by accident; rows can be resized. */
    private static void protect(XSSFSheet s) {
        s.enableLocking();
        s.lockFormatRows(false);
        s.lockFormatColumns(false);
        s.lockSelectLockedCells(false);
        s.lockSelectUnlockedCells(false);
    }

    private static void context(XSSFWorkbook wb, UnitForm form, XlsxStyles styles) {
        XSSFSheet s = wb.createSheet(FormWords.CONTEXT_SHEET);
        int[] widths = {6, 40, 16, 12, 9, 50};
        String[] headers = {FormWords.SEQ, FormWords.TASK, FormWords.COOPERATING_UNIT, FormWords.REPORTED_ON,
            FormWords.PERCENT, "进展情况"};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        merged(s, 0, 0, widths.length - 1, "配合单位最近报送的进展（供牵头单位参考，不需填写）", styles, Kind.SUBTITLE)
                .setHeightInPoints((float) (OfficeFonts.SUBTITLE_SIZE * 1.8));
        Row h = s.createRow(1);
        for (int c = 0; c < headers.length; c++) {
            XlsxSheetWriter.text(h.createCell(c), headers[c], styles, Kind.HEADER);
        }
        int r = 2;
        for (UnitForm.ContextRow row : form.context()) {
            Row x = s.createRow(r++);
            String[] cells = {row.seq(), row.task(), row.unit(), FormWords.date(row.date()), row.percent() + "%", row.text()};
            int lines = 1;
            for (int c = 0; c < cells.length; c++) {
                XlsxSheetWriter.text(x.createCell(c), cells[c], styles, c == 0 || c == 4 ? Kind.BODY_CENTER : Kind.BODY);
                lines = Math.max(lines, lines(cells[c], widths[c]));
            }
            x.setHeightInPoints(Math.min(409f, lines * LINE + 6));
        }
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        s.enableLocking();
    }

    private static void identity(XSSFWorkbook wb, FormIdentity id) {
        XSSFSheet s = wb.createSheet(FormLayout.ID_SHEET);
        String[][] head = {
            {FormLayout.MAGIC, String.valueOf(FormIdentity.VERSION)},
            {"workspace", id.workspace()},
            {"plan", String.valueOf(id.planId())},
            {"round", String.valueOf(id.roundId())},
            {"token", id.token()},
            {"unit", id.unit()},
            {"checksum", id.checksum()},
            {"tasks", String.valueOf(id.taskIds().size())},
        };
        for (int r = 0; r < head.length; r++) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(head[r][0]);
            row.createCell(1).setCellValue(head[r][1]);
        }
        for (int i = 0; i < id.taskIds().size(); i++) {
            Row row = s.createRow(FormLayout.ID_TASKS_FROM + i);
            row.createCell(0).setCellValue(String.valueOf(id.taskIds().get(i)));
            row.createCell(1).setCellValue(id.lockedPrints().get(i));
        }
        s.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.HIDDEN);
    }

    /**
     * The identity a second time, as workbook-level defined names {@code luoshi_id_01},
     * {@code luoshi_id_02}… each holding a piece of its line as a text constant ({@code ="…"}):
     * a unit that deletes the hidden sheet (or a program that drops hidden sheets) still returns a
     * form that is matched, and a form whose two copies differ is told apart. Excel, WPS and
     * LibreOffice keep named constants when they save; a text constant in a formula may hold 255
     * characters, so the line is cut into pieces of at most 120 (quotes doubled, still under 255).
     */
    private static void identityNames(XSSFWorkbook wb, FormIdentity id) {
        List<String> pieces = FormLayout.namePieces(IdentityLine.format(id));
        for (int i = 0; i < pieces.size(); i++) {
            var name = wb.createName();
            name.setNameName(FormLayout.idName(i + 1));
            name.setRefersToFormula("\"" + pieces.get(i).replace("\"", "\"\"") + "\"");
        }
    }

    static Cell cell(Row row, int c) {
        return row == null ? null : row.getCell(c);
    }
}
