package org.luoshi.rounds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a returned .xlsx form: the identity from the hidden sheet (else from the defined names
 * luoshi_id_01…, which also must agree with the sheet where both are there), every task row by its hidden
 * mark (so rows may have been sorted or moved), the filled columns as text, the footer. The file is
 * opened read-only and never written. Anything that is not an Office Open XML workbook, or is one
 * without either copy of the identity, is {@link ReturnedForm.NotAForm}.
 */
public final class XlsxFormReader {
    /** Bigger than any form of 10,000 tasks: a larger file is not read (and not a form). */
    static final long MAX_BYTES = 64L << 20;

    private XlsxFormReader() {
    }

    public static ReturnedForm read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return new ReturnedForm.NotAForm(file, "notAFile");
            }
            if (Files.size(file) > MAX_BYTES) {
                return new ReturnedForm.NotAForm(file, "tooLarge");
            }
            if (!zip(file)) {
                return new ReturnedForm.NotAForm(file, "notExcel"); // not even a zip: POI need not look
            }
        } catch (IOException e) {
            return new ReturnedForm.NotAForm(file, "unreadable");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | InvalidOperationException | POIXMLException | IllegalArgumentException
                | UnsupportedOperationException e) {
            return new ReturnedForm.NotAForm(file, "notExcel");
        } catch (RuntimeException e) {
            return new ReturnedForm.NotAForm(file, "notExcel");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            return read(file, wb);
        } catch (IOException | POIXMLException e) {
            return new ReturnedForm.NotAForm(file, "notExcel");
        } catch (RuntimeException e) {
            // POI throws many kinds on a damaged package; none of them makes the file a form.
            return new ReturnedForm.NotAForm(file, "notExcel");
        } finally {
            pkg.revert();
        }
    }

    static boolean zip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    static ReturnedForm read(Path file, XSSFWorkbook wb) {
        Sheet id = wb.getSheet(FormLayout.ID_SHEET);
        boolean inSheet = id != null && FormLayout.MAGIC.equals(text(cell(id, 0, 0)));
        IdentityLine.Read named = IdentityLine.parse(namedLine(wb));
        if (!inSheet && named == null) {
            return new ReturnedForm.NotAForm(file, "notAForm");
        }
        String version = inSheet ? text(cell(id, 0, 1)) : named.version();
        if (!String.valueOf(FormIdentity.VERSION).equals(version)) {
            return new ReturnedForm.NotAForm(file, "newerForm");
        }
        FormIdentity identity;
        String checksum;
        boolean disagree = false;
        if (inSheet) {
            identity = identity(id);
            checksum = text(cell(id, 6, 1));
            disagree = named != null && (!named.version().equals(version) || !named.checksum().equals(checksum)
                    || !java.util.Objects.equals(named.identity(), identity));
        } else {
            identity = named.identity(); // the hidden sheet was deleted: the names still say whose form it is
            checksum = named.checksum();
        }
        Sheet s = wb.getSheet(FormWords.SHEET);
        if (s == null) {
            s = wb.getSheetAt(0);
        }
        List<ReturnedForm.FilledRow> rows = new ArrayList<>();
        String reporter = "";
        String phone = "";
        for (int r = FormLayout.FIRST_ROW; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null) {
                continue;
            }
            String label = text(row.getCell(FormLayout.COL_TASK));
            if (label.equals(FormWords.REPORTER)) {
                reporter = text(row.getCell(2));
                phone = text(row.getCell(FormLayout.COL_PROGRESS));
                continue;
            }
            if (label.equals(FormWords.HEAD)) {
                continue;
            }
            String key = text(row.getCell(FormLayout.COL_KEY));
            List<String> locked = new ArrayList<>();
            for (int c = 0; c <= FormLayout.COL_LAST; c++) {
                locked.add(text(row.getCell(c)));
            }
            ReturnedForm.FilledRow filled = new ReturnedForm.FilledRow(r + 1, key, locked,
                    text(row.getCell(FormLayout.COL_PROGRESS)), text(row.getCell(FormLayout.COL_PROBLEMS)),
                    text(row.getCell(FormLayout.COL_NEXT)), text(row.getCell(FormLayout.COL_PERCENT)),
                    text(row.getCell(FormLayout.COL_DONE)));
            if (!key.isEmpty() || !filled.blank()) {
                rows.add(filled); // a task row, or a row the unit wrote into that has no task mark
            }
        }
        return new ReturnedForm.Filled(file, identity, checksum, rows, reporter, phone, disagree);
    }

    /**
     * The identity line held by the workbook's names luoshi_id_01, luoshi_id_02… (see
     * {@link XlsxForm}), pieces joined in the order of their numbers; null if it has none.
     */
    static String namedLine(XSSFWorkbook wb) {
        java.util.TreeMap<Integer, String> pieces = new java.util.TreeMap<>();
        for (var name : wb.getAllNames()) {
            String n = name.getNameName();
            if (n == null || n.length() <= FormLayout.ID_NAME.length()
                    || !n.regionMatches(true, 0, FormLayout.ID_NAME, 0, FormLayout.ID_NAME.length())) {
                continue;
            }
            String number = n.substring(FormLayout.ID_NAME.length());
            String value = constant(name.getRefersToFormula());
            if (number.matches("\\d{1,6}") && value != null) {
                pieces.put(Integer.parseInt(number), value);
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        return String.join("", pieces.values());
    }

    /** The text of a formula that is one text constant ("ab""c" → ab"c), else null. */
    private static String constant(String formula) {
        if (formula == null) {
            return null;
        }
        String f = formula.strip();
        if (f.startsWith("=")) {
            f = f.substring(1).strip();
        }
        if (f.length() < 2 || !f.startsWith("\"") || !f.endsWith("\"")) {
            return null;
        }
        return f.substring(1, f.length() - 1).replace("\"\"", "\"");
    }

    /** The identity as written, or null if a field cannot be read as one (then the checksum cannot hold). */
    private static FormIdentity identity(Sheet id) {
        try {
            String workspace = text(cell(id, 1, 1));
            long plan = Long.parseLong(text(cell(id, 2, 1)));
            long round = Long.parseLong(text(cell(id, 3, 1)));
            String token = text(cell(id, 4, 1));
            String unit = text(cell(id, 5, 1));
            int count = Integer.parseInt(text(cell(id, 7, 1)));
            if (count < 0 || count > 1_000_000) {
                return null;
            }
            List<Long> ids = new ArrayList<>();
            List<String> prints = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(Long.parseLong(text(cell(id, FormLayout.ID_TASKS_FROM + i, 0))));
                prints.add(text(cell(id, FormLayout.ID_TASKS_FROM + i, 1)));
            }
            return new FormIdentity(workspace, plan, round, token, unit, ids, prints);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static final ThreadLocal<DataFormatter> FORMAT = ThreadLocal.withInitial(() -> new DataFormatter(Locale.ROOT));

    /** A cell as text: strings as they are, numbers without a needless ".0", formulas by their cached value. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case BLANK, _NONE, ERROR -> "";
            default -> FORMAT.get().formatCellValue(cell).strip();
        };
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v);
    }
}
