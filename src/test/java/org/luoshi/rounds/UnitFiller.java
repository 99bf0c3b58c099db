package org.luoshi.rounds;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a form the way a unit does, outside Luoshi, with POI: types into the fillable cells,
 * types over a locked cell, sorts rows into another order, saves under another name.
 */
public final class UnitFiller implements AutoCloseable {
    private final XSSFWorkbook wb;
    private final XSSFSheet sheet;

    private UnitFiller(XSSFWorkbook wb) {
        this.wb = wb;
        this.sheet = wb.getSheet(FormWords.SHEET);
    }

    public static UnitFiller open(Path form) throws IOException {
        try (InputStream in = Files.newInputStream(form)) {
            return new UnitFiller(new XSSFWorkbook(in));
        }
    }

    /** The rows (0-based) of the task rows, in sheet order, with their task ids. */
    public List<long[]> taskRows() {
        List<long[]> rows = new ArrayList<>();
        for (int r = FormLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell key = row == null ? null : row.getCell(FormLayout.COL_KEY);
            if (key != null && key.getCellType() == CellType.STRING && key.getStringCellValue().startsWith("t")) {
                rows.add(new long[] {r, Long.parseLong(key.getStringCellValue().substring(1))});
            }
        }
        return rows;
    }

    private Row rowOf(long taskId) {
        for (long[] r : taskRows()) {
            if (r[1] == taskId) {
                return sheet.getRow((int) r[0]);
            }
        }
        throw new IllegalArgumentException("no row for task " + taskId);
    }

    /** Types 本期进展, 存在问题, 下步打算; the percent as a number, 是否完成 as text (null: left empty). */
    public UnitFiller fill(long taskId, String progress, String problems, String next, Object percent, String done) {
        Row row = rowOf(taskId);
        set(row, FormLayout.COL_PROGRESS, progress);
        set(row, FormLayout.COL_PROBLEMS, problems);
        set(row, FormLayout.COL_NEXT, next);
        Cell p = row.getCell(FormLayout.COL_PERCENT);
        if (percent instanceof Number n) {
            p.setCellValue(n.doubleValue());
        } else if (percent != null) {
            p.setCellValue(percent.toString());
        }
        set(row, FormLayout.COL_DONE, done);
        return this;
    }

    /** Types over a locked cell (the sheet has no password: anyone can unprotect it). */
    public UnitFiller typeOverTaskText(long taskId, String text) {
        rowOf(taskId).getCell(FormLayout.COL_TASK).setCellValue(text);
        return this;
    }

    /** Swaps two task rows' contents, every cell: what sorting the rows does. */
    public UnitFiller swap(long taskA, long taskB) {
        Row a = rowOf(taskA);
        Row b = rowOf(taskB);
        for (int c = 0; c < FormLayout.COLUMNS; c++) {
            String va = text(a.getCell(c));
            String vb = text(b.getCell(c));
            Double na = number(a.getCell(c));
            Double nb = number(b.getCell(c));
            put(a.getCell(c), vb, nb);
            put(b.getCell(c), va, na);
        }
        return this;
    }

    /** Writes 填报人 and 联系电话 in the footer. */
    public UnitFiller signedBy(String reporter, String phone) {
        for (int r = FormLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && FormWords.REPORTER.equals(text(row.getCell(FormLayout.COL_TASK)))) {
                row.getCell(2).setCellValue(reporter);
                row.getCell(FormLayout.COL_PROGRESS).setCellValue(phone);
            }
        }
        return this;
    }

    /** Changes a cell of the hidden identity sheet (row, column 0-based). */
    public UnitFiller tamperIdentity(int row, int col, String value) {
        wb.getSheet(FormLayout.ID_SHEET).getRow(row).getCell(col).setCellValue(value);
        return this;
    }

    /** Deletes the hidden identity sheet (what a unit tidying up its workbook may do). */
    public UnitFiller deleteIdentitySheet() {
        wb.unLock();
        wb.removeSheetAt(wb.getSheetIndex(FormLayout.ID_SHEET));
        return this;
    }

    /** Puts the identity names of {@code other} (another form) in place of this form's own. */
    public UnitFiller identityNamesFrom(Path other) throws IOException {
        for (var n : List.copyOf(wb.getAllNames())) {
            if (n.getNameName().startsWith(FormLayout.ID_NAME)) {
                wb.removeName(n);
            }
        }
        try (InputStream in = Files.newInputStream(other); XSSFWorkbook o = new XSSFWorkbook(in)) {
            for (var n : o.getAllNames()) {
                if (n.getNameName().startsWith(FormLayout.ID_NAME)) {
                    var copy = wb.createName();
                    copy.setNameName(n.getNameName());
                    copy.setRefersToFormula(n.getRefersToFormula());
                }
            }
        }
        return this;
    }

    public Path saveAs(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
        return target;
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    private static void set(Row row, int c, String value) {
        if (value != null) {
            row.getCell(c).setCellValue(value);
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    private static Double number(Cell c) {
        return c == null || c.getCellType() != CellType.NUMERIC ? null : c.getNumericCellValue();
    }

    private static void put(Cell c, String text, Double number) {
        if (c == null) {
            return;
        }
        if (number != null) {
            c.setCellValue(number);
        } else if (text != null) {
            c.setCellValue(text);
        } else {
            c.setBlank();
        }
    }
}
