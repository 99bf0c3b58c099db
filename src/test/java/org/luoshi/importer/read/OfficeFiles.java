package org.luoshi.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Office files for the readers' and the command line's tests: workbooks written with POI (every
 * feature a plan sheet uses: a title merged across, a unit merged down, date cells in Chinese
 * formats, formulas, a hidden row, a hidden sheet, a sheet of notes), the LibreOffice-made files
 * under {@code /office}, and files made bad on purpose (protected by a password, damaged, old).
 */
public final class OfficeFiles {
    /** The rows of the plan sheet as Excel shows them, in order; the hidden row is not among them. */
    public static final String[][] SHOWN = {
        {"某市2026年数字政府建设重点任务分工表"},
        {"序号", "重点任务", "牵头单位", "配合单位", "完成时限"},
        {"1", "建设全市统一的政务数据共享平台。", "市数据局", "市发展改革委、市财政局", "2026年12月"},
        {"2", "推进政务服务事项“一网通办”。", "", "市政务服务中心\n各区人民政府", "2026/6/30"},
        {"3", "完善电子证照库。", "市公安局", "", "2026年9月30日"},
        {"4", "健全数据安全管理制度。", "市委网信办", "市数据局", "长期坚持"},
    };

    private OfficeFiles() {
    }

    /** The LibreOffice-made file {@code name} from the test resources, copied to {@code to}. */
    public static Path resource(String name, Path to) throws IOException {
        try (InputStream in = OfficeFiles.class.getResourceAsStream("/office/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /office/" + name);
            }
            Files.copy(in, to);
        }
        return to;
    }

    /**
     * A workbook (.xlsx if {@code xlsx}, else .xls) with a plan sheet 分工表 as {@link #SHOWN}, a
     * notes sheet 说明 and a hidden sheet 旧表 that has a task table's header.
     */
    public static Path planWorkbook(Path file, boolean xlsx) throws IOException {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet plan = wb.createSheet("分工表");
            CellStyle yearMonth = wb.createCellStyle();
            yearMonth.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
            CellStyle shortDate = wb.createCellStyle();
            shortDate.setDataFormat((short) 14); // the system's short date: 2026/6/30 in Chinese Excel
            CellStyle longDate = wb.createCellStyle();
            longDate.setDataFormat((short) 31); // East Asian built-in, no format string in the file
            text(plan, 0, 0, "某市2026年数字政府建设重点任务分工表");
            plan.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            row(plan, 1, "序号", "重点任务", "牵头单位", "配合单位", "完成时限");
            number(plan, 2, 0, 1);
            row(plan, 2, null, "建设全市统一的政务数据共享平台。", "市数据局", "市发展改革委、市财政局");
            date(plan, 2, 4, LocalDate.of(2026, 12, 1), yearMonth);
            number(plan, 3, 0, 2);
            row(plan, 3, null, "推进政务服务事项“一网通办”。", null, "市政务服务中心\n各区人民政府");
            date(plan, 3, 4, LocalDate.of(2026, 6, 30), shortDate);
            plan.addMergedRegion(new CellRangeAddress(2, 3, 2, 2)); // 市数据局 leads both
            Row hidden = plan.createRow(4);
            hidden.setZeroHeight(true);
            row(plan, 4, "废", "已撤销的任务。", "市财政局", "", "2026年3月底前");
            formula(plan, 5, 0, "ROW()-3");
            row(plan, 5, null, "完善电子证照库。", "市公安局");
            date(plan, 5, 4, LocalDate.of(2026, 9, 30), longDate);
            formula(plan, 6, 0, "ROW()-3");
            row(plan, 6, null, "健全数据安全管理制度。", "市委网信办", "市数据局");
            formula(plan, 6, 4, "\"长期\"&\"坚持\"");
            // Formatted but empty cells far to the right and below: nothing to show.
            plan.createRow(200).createCell(20).setCellStyle(yearMonth);
            plan.getRow(6).createCell(12).setCellValue(" ");

            Sheet notes = wb.createSheet("说明");
            text(notes, 0, 0, "填表说明");
            text(notes, 1, 0, "请各单位于每月25日前报送进展。");

            Sheet old = wb.createSheet("旧表");
            row(old, 0, "序号", "重点任务", "牵头单位");
            row(old, 1, "1", "去年的任务。", "市财政局");
            wb.setSheetVisibility(2, SheetVisibility.HIDDEN);

            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A workbook with a sheet of notes only: no task table. */
    public static Path notesWorkbook(Path file, boolean xlsx) throws IOException {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet contacts = wb.createSheet("联系人");
            row(contacts, 0, "单位", "联系人", "电话");
            row(contacts, 1, "市数据局", "张三", "0000-1234567");
            Sheet notes = wb.createSheet("说明");
            text(notes, 0, 0, "填表说明");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A workbook whose one sheet is a task table of {@code rows} tasks (the benchmark's and the large tests'). */
    public static Path largeWorkbook(Path file, boolean xlsx, int rows) throws IOException {
        try (Workbook wb = xlsx ? new org.apache.poi.xssf.streaming.SXSSFWorkbook(200) : new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("分工表");
            CellStyle yearMonth = wb.createCellStyle();
            yearMonth.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
            row(sheet, 0, "序号", "重点任务", "牵头单位", "配合单位", "完成时限");
            String[] leads = {"市数据局", "市发展改革委", "市财政局", "市公安局", "市市场监管局"};
            for (int i = 1; i <= rows; i++) {
                number(sheet, i, 0, i);
                row(sheet, i, null, "推进第" + i + "项重点工作，完善工作机制，按期报送进展情况。", leads[i % leads.length],
                        leads[(i + 1) % leads.length] + "、各区人民政府");
                date(sheet, i, 4, LocalDate.of(2026, 1 + i % 12, 1), yearMonth);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            if (wb instanceof org.apache.poi.xssf.streaming.SXSSFWorkbook streaming) {
                streaming.dispose();
            }
        }
        return file;
    }

    /** A Word .docx plan with a 分工表 of one task (for the protected .docx). */
    public static Path wordPlan(Path file) throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("某市重点任务分工方案");
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(2, 3);
            String[][] cells = {{"序号", "重点任务", "牵头单位"}, {"1", "建设政务数据共享平台。", "市数据局"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        return file;
    }

    /** {@code file} (.xlsx or .docx) encrypted with a password, as Excel and Word save it: an OLE2 file. */
    public static Path encryptedOoxml(Path plain, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An .xls protected by a password (RC4 CryptoAPI, as Excel 2003 saves it). */
    public static Path encryptedXls(Path file) throws IOException {
        Path plain = planWorkbook(file.resolveSibling("plain-" + file.getFileName()), false);
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(plain)); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    /** The .doc fixture protected by a password (RC4 CryptoAPI, as Word 2003 saves it). */
    public static Path encryptedDoc(Path file) throws IOException {
        Path doc = resource("county-notice.doc", file.resolveSibling("plain-" + file.getFileName()));
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (org.apache.poi.hwpf.HWPFDocument word = new org.apache.poi.hwpf.HWPFDocument(Files.newInputStream(doc));
                OutputStream out = Files.newOutputStream(file)) {
            word.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    /**
     * The .doc fixture with its FIB saying Word 6.0 (nFib 0x65), as a Word 6/95 file says: the
     * version HWPF does not read.
     */
    public static Path word6(Path file) throws IOException {
        Path doc = resource("county-notice.doc", file.resolveSibling("w97-" + file.getFileName()));
        try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(doc))) {
            DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry("WordDocument");
            byte[] bytes;
            try (DocumentInputStream in = new DocumentInputStream(entry)) {
                bytes = in.readAllBytes();
            }
            bytes[2] = 0x65;
            bytes[3] = 0x00;
            entry.delete();
            fs.getRoot().createDocument("WordDocument", new java.io.ByteArrayInputStream(bytes));
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** The .xls fixture with its Workbook stream named Book, as an Excel 5.0/95 file names it. */
    public static Path excel95(Path file) throws IOException {
        Path xls = resource("county-plan.xls", file.resolveSibling("x97-" + file.getFileName()));
        try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(xls))) {
            DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry("Workbook");
            byte[] bytes;
            try (DocumentInputStream in = new DocumentInputStream(entry)) {
                bytes = in.readAllBytes();
            }
            entry.delete();
            fs.getRoot().createDocument("Book", new java.io.ByteArrayInputStream(bytes));
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** The first {@code fraction} of {@code source}'s bytes: a download cut short. */
    public static Path truncated(Path source, Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    /** {@code source} with the bytes from the middle on overwritten: a damaged copy of the right size. */
    public static Path scrambled(Path source, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        for (int i = 520; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return Files.write(file, bytes);
    }

    /** A file of {@code megabytes} MB starting with {@code head}: beyond the readers' size limit. */
    public static Path huge(Path file, byte[] head, int megabytes) throws IOException {
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.write(head);
            raf.setLength(megabytes * 1024L * 1024L);
        }
        return file;
    }

    private static void row(Sheet sheet, int r, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                text(sheet, r, c, texts[c]);
            }
        }
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void text(Sheet sheet, int r, int c, String text) {
        cell(sheet, r, c).setCellValue(text);
    }

    private static void number(Sheet sheet, int r, int c, double value) {
        cell(sheet, r, c).setCellValue(value);
    }

    private static void formula(Sheet sheet, int r, int c, String formula) {
        cell(sheet, r, c).setCellFormula(formula);
    }

    private static void date(Sheet sheet, int r, int c, LocalDate date, CellStyle style) {
        Cell cell = cell(sheet, r, c);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }
}
