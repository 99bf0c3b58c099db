package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.read.TableCell.Covered;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

class ExcelDocumentReaderTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @TempDir
    Path dir;

    /** The county plan's first sheet as LibreOffice Calc shows it (county-plan.fods, by hand). */
    private static final List<String> COUNTY_LINES = List.of(
            "【任务分工】",
            "某县2026年优化营商环境重点任务分工表",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t推行企业开办“一网通办”，压缩开办时间至1个工作日。\t县市场监管局\t县税务局、县公安局\t2026/6/30",
            "2\t推进涉企经营许可“证照分离”改革全覆盖。\t\t县司法局\t2026年12月",
            "3\t建设县级政务数据共享平台。\t县数据局\t\t长期坚持",
            "",
            "【填表说明】",
            "填表说明",
            "1．请各单位于每月25日前报送进展情况。",
            "2．联系人：张三，电话：0000-1234567。");

    @ParameterizedTest
    @ValueSource(strings = {"county-plan.xlsx", "county-plan.xls"})
    void aLibreOfficeWorkbookReadsAsCalcShowsIt(String name) throws Exception {
        ImportedDocument doc = DocumentReaders.read(OfficeFiles.resource(name, dir.resolve(name)));

        assertThat(doc.workbook()).isTrue();
        assertThat(doc.text().lines().toList()).isEqualTo(COUNTY_LINES);
        // The hidden sheet 旧表 is left out; the sheet without a task table stays in the document.
        assertThat(doc.tableNames()).containsExactly("任务分工", "填表说明");
        DocumentTable plan = doc.tables().get(0);
        assertThat(plan.rows().get(3).cells().get(2).covered()).isEqualTo(Covered.FROM_ABOVE);
        assertThat(plan.rows().get(0).cells()).extracting(TableCell::covered)
                .containsExactly(Covered.NO, Covered.FROM_LEFT, Covered.FROM_LEFT, Covered.FROM_LEFT, Covered.FROM_LEFT);

        org.luoshi.plan.Plan parsed = new DocumentImporter().importDocument(doc).plan();
        assertThat(parsed.title()).isEqualTo("某县2026年优化营商环境重点任务分工表");
        List<Task> tasks = parsed.tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("推行企业开办“一网通办”，压缩开办时间至1个工作日。",
                "推进涉企经营许可“证照分离”改革全覆盖。", "建设县级政务数据共享平台。");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("县市场监管局");
        assertThat(tasks.get(0).deadlines().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(tasks.get(1).deadlines().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(tasks.get(2).deadlines().get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(tasks).extracting(Task::sourceLine).containsExactly(4, 5, 6);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyFeatureOfAPlanSheet(boolean xlsx) throws Exception {
        Path file = OfficeFiles.planWorkbook(dir.resolve(xlsx ? "plan.xlsx" : "plan.xls"), xlsx);
        ImportedDocument doc = DocumentReaders.read(file);
        List<String> lines = doc.text().lines().toList();

        assertThat(lines).containsExactly(
                "【分工表】",
                "某市2026年数字政府建设重点任务分工表",
                "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                "1\t建设全市统一的政务数据共享平台。\t市数据局\t市发展改革委、市财政局\t2026年12月",
                "2\t推进政务服务事项“一网通办”。\t\t市政务服务中心 各区人民政府\t2026/6/30",
                "3\t完善电子证照库。\t市公安局\t\t2026年9月30日",
                "4\t健全数据安全管理制度。\t市委网信办\t市数据局\t长期坚持",
                "",
                "【说明】",
                "填表说明",
                "请各单位于每月25日前报送进展。");
        assertThat(doc.tableNames()).containsExactly("分工表", "说明");

        DocumentTable plan = doc.tables().get(0);
        assertThat(plan.name()).isEqualTo("分工表");
        assertThat(plan.rows()).hasSize(OfficeFiles.SHOWN.length);
        for (int r = 0; r < plan.rows().size(); r++) {
            TableRow row = plan.rows().get(r);
            // Each row points at the line that prints it; empty columns at the right are dropped.
            assertThat(lines.get(row.line() - 1)).as("row %d", r)
                    .isEqualTo(String.join("\t", row.texts()).replace('\n', ' ').replaceAll("\t+$", ""));
            assertThat(row.cells()).hasSize(5);
            if (r > 0) {
                assertThat(row.texts()).containsExactly(OfficeFiles.SHOWN[r]);
            }
        }
        assertThat(plan.rows().get(3).cells().get(2)).isEqualTo(TableCell.coveredFromAbove());
        assertThat(plan.rows().get(0).cells().subList(1, 5)).containsOnly(TableCell.coveredFromLeft());
        assertThat(doc.text()).doesNotContain("已撤销").doesNotContain("去年的任务");

        List<Task> tasks = new DocumentImporter().importDocument(doc).plan().tasks();
        assertThat(tasks).hasSize(4);
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("市数据局");
        assertThat(tasks.get(0).deadlines().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(tasks.get(1).deadlines().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(tasks.get(2).deadlines().get(0).date()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(tasks.get(3).deadlines().get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(tasks).extracting(Task::number).containsExactly("1", "2", "3", "4");
    }

    @Test
    void theImporterReadsOnlyTheSheetsWithATaskTableOrTheOneChosen() throws Exception {
        ImportedDocument doc = DocumentReaders.read(OfficeFiles.planWorkbook(dir.resolve("plan.xlsx"), true));
        DocumentImporter importer = new DocumentImporter();
        assertThat(importer.taskTables(doc)).containsExactly("分工表");
        assertThat(importer.importDocument(doc, "分工表", org.luoshi.importer.parse.ImportMonitor.NONE).plan().tasks())
                .hasSize(4);
        // The notes sheet has no task table: no tasks, and its numbered lines are not read as prose.
        assertThat(importer.importDocument(doc, "说明", org.luoshi.importer.parse.ImportMonitor.NONE).plan().tasks())
                .isEmpty();
        ImportedDocument notes = DocumentReaders.read(OfficeFiles.notesWorkbook(dir.resolve("notes.xls"), false));
        assertThat(importer.importDocument(notes).plan().tasks()).isEmpty();
    }

    @Test
    void aRenamedWorkbookStillReadsAsOne() throws Exception {
        Path xlsx = OfficeFiles.resource("county-plan.xlsx", dir.resolve("plan.docx"));
        Path xls = OfficeFiles.resource("county-plan.xls", dir.resolve("plan.doc"));
        Path et = OfficeFiles.resource("county-plan.xls", dir.resolve("plan.et"));
        Path txt = OfficeFiles.resource("county-plan.xls", dir.resolve("plan.txt"));
        for (Path file : List.of(xlsx, xls, et, txt)) {
            assertThat(DocumentReaders.readerFor(file)).as(file.toString()).isInstanceOf(ExcelDocumentReader.class);
            assertThat(DocumentReaders.read(file).tableNames()).as(file.toString()).containsExactly("任务分工", "填表说明");
        }
    }

    @Test
    void aProtectedWorkbookSaysToRemoveThePassword() throws Exception {
        Path xlsx = OfficeFiles.encryptedOoxml(OfficeFiles.planWorkbook(dir.resolve("plain.xlsx"), true),
                dir.resolve("locked.xlsx"));
        Path xls = OfficeFiles.encryptedXls(dir.resolve("locked.xls"));
        for (Path file : List.of(xlsx, xls)) {
            assertThatThrownBy(() -> DocumentReaders.read(file)).as(file.toString())
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessage("The file is protected by a password; remove it in Excel/WPS and import again: " + file);
        }
    }

    @Test
    void anExcel95WorkbookIsRefusedWithAWayOut() throws Exception {
        Path old = OfficeFiles.excel95(dir.resolve("old.xls"));
        assertThat(DocumentReaders.readerFor(old)).isInstanceOf(ExcelDocumentReader.class);
        assertThatThrownBy(() -> DocumentReaders.read(old)).isInstanceOf(DocumentReadException.class)
                .hasMessage("This workbook is in an old format (Excel 5.0/95 or older) that Luoshi cannot read; "
                        + "save it as .xlsx in Excel or WPS and import that: " + old);
    }

    @Test
    void anOfficeFileOfAnotherKindIsNoDocument() throws Exception {
        Path other = dir.resolve("slides.ppt");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); var out = Files.newOutputStream(other)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "PowerPoint Document");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> DocumentReaders.read(other)).isInstanceOf(DocumentReadException.class)
                .hasMessage("The file is not a text document: " + other);
    }

    @Test
    void aDamagedWorkbookIsOneLine() throws Exception {
        Path xlsx = OfficeFiles.resource("county-plan.xlsx", dir.resolve("good.xlsx"));
        Path xls = OfficeFiles.resource("county-plan.xls", dir.resolve("good.xls"));
        for (Path file : List.of(OfficeFiles.truncated(xlsx, dir.resolve("cut.xlsx"), 0.6),
                OfficeFiles.truncated(xls, dir.resolve("cut.xls"), 0.6),
                OfficeFiles.scrambled(xls, dir.resolve("scrambled.xls")),
                OfficeFiles.scrambled(xlsx, dir.resolve("scrambled.xlsx")))) {
            assertThatThrownBy(() -> DocumentReaders.read(file)).as(file.toString())
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessageContaining(file.toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsOpened() throws Exception {
        Path xlsx = OfficeFiles.huge(dir.resolve("huge.xlsx"), new byte[] {'P', 'K', 3, 4}, 100);
        Path xls = OfficeFiles.huge(dir.resolve("huge.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 100);
        for (Path file : List.of(xlsx, xls)) {
            assertThatThrownBy(() -> DocumentReaders.read(file)).as(file.toString())
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessage("The file is too large to be a plan (100 MB; at most 20 MB): " + file);
        }
    }

    @Test
    void aSheetThatUnpacksBeyondTheLimitIsTooLargeNotDamaged() throws Exception {
        Path small = OfficeFiles.planWorkbook(dir.resolve("small.xlsx"), true);
        Path padded = dir.resolve("padded.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(small));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(padded))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 101; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(padded)).isLessThan(1 << 20);
        assertThatThrownBy(() -> DocumentReaders.read(padded)).isInstanceOf(DocumentReadException.class)
                .hasMessage("A part of the file unpacks to more than 100 MB, too large to be a plan: " + padded);
    }

    @Test
    void aSheetOfMoreCellsThanAPlanCouldHoldStopsTheRead() {
        SheetGrid grid = new SheetGrid("大表", 10);
        for (int i = 0; i < 10; i++) {
            grid.put(i, 0, "x");
        }
        assertThatThrownBy(() -> grid.put(10, 0, "x")).isInstanceOf(SheetGrid.TooLarge.class);
        // Blank cells are not counted: a sheet formatted far beyond its text is not large.
        SheetGrid blank = new SheetGrid("空", 10);
        for (int i = 0; i < 100; i++) {
            blank.put(i, i, " ");
        }
        assertThat(blank.print(1).lines()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aLargeSheetReadsEveryRow(boolean xlsx) throws Exception {
        Path file = OfficeFiles.largeWorkbook(dir.resolve(xlsx ? "large.xlsx" : "large.xls"), xlsx, 5_000);
        ImportedDocument doc = DocumentReaders.read(file);
        assertThat(doc.tables().get(0).rows()).hasSize(5_001);
        List<Task> tasks = new DocumentImporter().importDocument(doc).plan().tasks();
        assertThat(tasks).hasSize(5_000);
        assertThat(tasks.get(4_999).sourceLine()).isEqualTo(5_002);
        assertThat(tasks.get(4_999).deadlines().get(0).raw()).isEqualTo("2026年9月");
    }

    @Test
    void chineseDateFormatsShowAsTheOfficeTypedThem() {
        CellNumbers numbers = new CellNumbers(false);
        double day = org.apache.poi.ss.usermodel.DateUtil.getExcelDate(LocalDate.of(2026, 12, 31));
        assertThat(numbers.format(day, 176, "yyyy\"年\"m\"月\"")).isEqualTo("2026年12月");
        assertThat(numbers.format(day, 177, "yyyy\\年m\\月d\\日")).isEqualTo("2026年12月31日");
        assertThat(numbers.format(day, 178, "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"")).isEqualTo("2026年12月31日");
        assertThat(numbers.format(day, 179, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy")).isEqualTo("2026年12月31日");
        assertThat(numbers.format(day, 14, "m/d/yy")).isEqualTo("2026/12/31");
        assertThat(numbers.format(day, 31, "reserved-0x1F")).isEqualTo("2026年12月31日");
        assertThat(numbers.format(day, 57, null)).isEqualTo("2026年12月");
        assertThat(numbers.format(day, 58, null)).isEqualTo("12月31日");
        assertThat(numbers.format(3, 0, "General")).isEqualTo("3");
        assertThat(new CellNumbers(true).format(day - 1462, 31, null)).isEqualTo("2026年12月31日");
    }

    @Test
    void anEmptyWorkbookIsEmpty() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        assertThatThrownBy(() -> DocumentReaders.read(file)).isInstanceOf(DocumentReadException.class)
                .hasMessage("The file is empty: " + file);
    }
}
