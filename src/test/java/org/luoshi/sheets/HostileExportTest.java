package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.files.SafeText;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Plan;
import org.luoshi.sheets.ExportSheets.Pick;
import org.luoshi.sheets.ExportSheets.Request;
import org.luoshi.testing.TestFonts;

/**
 * Every unit's sheets of {@link HostilePlans} in each format: all 27 files written, each one opens
 * (POI, PDFBox), every XML part of the Office files is well-formed, no control character is left in
 * any text, and the task of 40,000 characters is cut in Excel with a note but whole in Word.
 */
class HostileExportTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final Plan plan = HostilePlans.plan();
    private final SheetOptions options = SheetOptions.standard(LocalDate.of(2023, 2, 1));

    @Test
    void excelWorkbooksAreAllWrittenWellFormedAndTheLongTaskIsCutWithANote() throws Exception {
        List<Path> files = everyUnit(SheetFormat.XLSX);
        for (Path f : files) {
            assertWellFormedXml(f);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                assertThat(SafeText.isClean(wb.getSheetName(0))).as(f.toString()).isTrue();
                for (Row row : sheet) {
                    assertThat(row.getHeightInPoints()).isBetween(0f, 409f);
                    for (Cell cell : row) {
                        String text = cell.toString();
                        assertThat(SafeText.isClean(text)).as(f + " " + cell.getAddress()).isTrue();
                        assertThat(text).doesNotContain("\u001b").doesNotContain("\r");
                    }
                }
            }
        }
        Path longOne = dir.resolve("xlsx/晋政办发〔2023〕[2J9号-省第25厅-任务分工表.xlsx"); // the unit whose task is the long one
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(longOne))) {
            String task = longest(wb.getSheetAt(0));
            assertThat(task.length()).isLessThanOrEqualTo(32_767).isGreaterThan(32_000);
            assertThat(task).startsWith("推进政务服务“一网通办”").contains("Excel 单元格最多容纳 32767 个字符")
                    .endsWith("PDF 和 Word 分工表有全文］");
        }
    }

    @Test
    void wordDocumentsAreAllWrittenWellFormedAndKeepTheWholeLongTask() throws Exception {
        List<Path> files = everyUnit(SheetFormat.DOCX);
        for (Path f : files) {
            assertWellFormedXml(f);
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(f));
                    XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).doesNotContain("\u001b").doesNotContain("\u0000").doesNotContain("\u0085");
                assertThat(SafeText.isClean(doc.getProperties().getCoreProperties().getTitle())).isTrue();
            }
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("docx/晋政办发〔2023〕[2J9号-省第25厅-任务分工表.docx")))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains(HostilePlans.LONG_TASK);
        }
    }

    @Test
    void pdfsAreAllWrittenAndHoldNoControlCharacters() throws Exception {
        TestFonts.cjkTrueType();
        List<Path> files = everyUnit(SheetFormat.PDF);
        for (Path f : files) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000");
                assertThat(SafeText.isClean(doc.getDocumentInformation().getTitle())).isTrue();
            }
        }
    }

    @Test
    void theWholePlanInExcelAndWordToo() throws Exception {
        for (SheetFormat format : List.of(SheetFormat.XLSX, SheetFormat.DOCX)) {
            BatchExport.Result r = ExportSheets.write(plan, Request.intoFolder(Pick.WHOLE_PLAN, format, options, dir),
                    (done, total, unit) -> { }, () -> false);
            assertThat(r.files()).singleElement().satisfies(f -> {
                assertThat(f.getFileName().toString()).isEqualTo("晋政办发〔2023〕[2J9号-任务分工总表." + format.extension());
                assertWellFormedXml(f);
            });
        }
    }

    private List<Path> everyUnit(SheetFormat format) throws IOException {
        Path out = dir.resolve(format.extension());
        BatchExport.Result result = ExportSheets.write(plan,
                Request.intoFolder(Pick.EVERY_UNIT, format, options, out).withFont(
                        format == SheetFormat.PDF ? TestFonts.cjkTrueType().file() : null),
                (done, total, unit) -> { }, () -> false);
        assertThat(result.failures()).isEmpty();
        assertThat(result.files()).hasSize(27).allMatch(Files::isRegularFile);
        return result.files();
    }

    private static String longest(XSSFSheet sheet) {
        String longest = "";
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.toString().length() > longest.length()) {
                    longest = cell.toString();
                }
            }
        }
        return longest;
    }

    /** Every XML part of an Office file parses with a strict XML parser (as Excel and Word would read it). */
    static void assertWellFormedXml(Path office) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(office))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            int parts = 0;
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    byte[] xml = zip.readAllBytes();
                    try (InputStream in = new ByteArrayInputStream(xml)) {
                        factory.newDocumentBuilder().parse(in);
                    } catch (Exception ex) {
                        throw new AssertionError(office.getFileName() + " " + e.getName() + ": " + ex.getMessage(), ex);
                    }
                    parts++;
                }
            }
            assertThat(parts).isGreaterThan(3);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
