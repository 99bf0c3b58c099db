package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.testing.TestFonts;

/** {@code sheets} on a workspace holding the sample plan (38 units, 47 tasks). */
class SheetsCommandTest {
    /** One workspace with the sample plan for the whole class: the command only reads it. */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path workspace;
    private Path out;

    @BeforeAll
    static void importSample() throws IOException {
        Path sample = shared.resolve("shanxi-2023-1.txt");
        try (InputStream in = SheetsCommandTest.class.getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        workspace = shared.resolve("workspace.db");
        assertThat(run("--workspace", workspace.toString(), "import", sample.toString()).code).isZero();
    }

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
        out = dir.resolve("sheets");
        TestFonts.find().ifPresent(f -> System.setProperty("luoshi.sheets.font", f.file().toString()));
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
        org.luoshi.i18n.DocumentTexts.use(null);
        System.clearProperty("luoshi.sheets.font");
    }

    @Test
    void everyUnitGetsItsPdfNamedByTheDocumentNumberAndTheUnit() throws IOException {
        TestFonts.cjkTrueType();
        CliRun r = sheets("--plan", "1", "--format", "pdf", "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(files()).hasSize(38).contains("晋政办发〔2023〕1号-省发展改革委-任务分工表.pdf", "晋政办发〔2023〕1号-各市、县人民政府-任务分工表.pdf",
                "晋政办发〔2023〕1号-中国铁路太原局集团有限公司-任务分工表.pdf");
        assertThat(r.out).contains("38 files written to " + out);
        try (PDDocument doc = Loader.loadPDF(out.resolve("晋政办发〔2023〕1号-省审批服务管理局-任务分工表.pdf").toFile())) {
            // The window speaks English (Messages), the sheet Chinese: the document language.
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("省审批服务管理局任务分工表").contains("晋政办发〔2023〕1号")
                    .contains("序号", "任务内容", "本单位角色", "牵头单位", "完成时限", "进展情况", "备注")
                    .contains("制表日期：" + chineseDate(java.time.LocalDate.now()))
                    .contains("第 1 页 共")
                    .doesNotContain("Task", "Made on", "Responsible", "Page ");
        }
    }

    @Test
    void aWorkspaceWhoseDocumentsAreEnglishGetsEnglishSheets() throws IOException {
        Path english = dir.resolve("english.db");
        Files.copy(workspace, english);
        CliRun set = run("--workspace", english.toString(), "workspace", "document-language", "english");
        assertThat(set.code).as(set.err).isZero();
        assertThat(set.out.strip()).isEqualTo("ENGLISH");
        CliRun bad = run("--workspace", english.toString(), "workspace", "document-language", "klingon");
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.err.strip()).isEqualTo("The document language is CHINESE or ENGLISH, not “klingon”.");
        assertThat(run("--workspace", workspace.toString(), "workspace", "document-language").out.strip())
                .isEqualTo("CHINESE");
        Messages.setLocale(Locale.CHINESE);
        CliRun r = run("--workspace", english.toString(), "sheets", "--plan", "1", "--format", "docx",
                "--out", out.toString(), "--unit", "省发展改革委");
        assertThat(r.code).as(r.err).isZero();
        // English documents: the file name's "任务分工表" is in English too
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("晋政办发〔2023〕1号-省发展改革委-Task sheet.docx")))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("No.");
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Tasks led (5)");
        }
    }

    private static String chineseDate(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    @Test
    void oneUnitAsWordAndTheWholePlanAsExcel() throws IOException {
        CliRun word = sheets("--plan", "1", "--format", "DOCX", "--out", out.toString(), "--unit", "省发展改革委",
                "--order", "cooperating,lead,responsible");
        assertThat(word.code).as(word.err).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("晋政办发〔2023〕1号-省发展改革委-任务分工表.docx")))) {
            // 13 tasks under 3 role headings, cooperating first; plus the header row.
            assertThat(doc.getTables().get(0).getRows()).hasSize(1 + 13 + 3);
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("配合的任务（1 项）");
        }
        CliRun excel = sheets("--plan", "1", "--format", "xlsx", "--out", out.toString(), "--whole-plan",
                "--orientation", "portrait");
        assertThat(excel.code).as(excel.err).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(
                "晋政办发〔2023〕1号-任务分工总表.xlsx")))) {
            // 3 parts, 21 sections and 47 tasks under the header row at row 4.
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3 + 3 + 21 + 47);
            assertThat(wb.getSheetAt(0).getPrintSetup().getLandscape()).isFalse();
        }
        assertThat(files()).containsExactlyInAnyOrder("晋政办发〔2023〕1号-省发展改革委-任务分工表.docx", "晋政办发〔2023〕1号-任务分工总表.xlsx");
    }

    @Test
    void unknownPlanUnitFormatOrFontIsOneLineExitTwoAndNoFile() {
        List<List<String>> bad = List.of(
                List.of("--plan", "7", "--out", out.toString()),
                List.of("--plan", "1", "--out", out.toString(), "--unit", "省发改委"),
                List.of("--plan", "1", "--out", out.toString(), "--format", "odt"),
                List.of("--plan", "1", "--out", out.toString(), "--orientation", "sideways"),
                List.of("--plan", "1", "--out", out.toString(), "--order", "lead,lead,cooperating"),
                List.of("--plan", "1", "--out", out.toString(), "--font", dir.resolve("none.ttf").toString()),
                List.of("--plan", "1", "--out", out.toString(), "--unit", "省财政厅", "--whole-plan"),
                List.of("--plan", "1"));
        List<String> expected = List.of("no plan 7", "no task to the unit “省发改委”", "Unknown format “odt”",
                "Unknown orientation “sideways”", "lead,lead,cooperating", "none.ttf", "either --unit or --whole-plan",
                "--out DIR");
        for (int i = 0; i < bad.size(); i++) {
            CliRun r = sheets(bad.get(i).toArray(String[]::new));
            assertThat(r.code).as(bad.get(i).toString()).isEqualTo(2);
            assertThat(r.err.strip()).contains(expected.get(i)).doesNotContain("\n").doesNotContain("Exception");
            assertThat(out).as(bad.get(i).toString()).doesNotExist();
        }
    }

    @Test
    void listUnitsShowsEachUnitWithItsCounts() {
        CliRun r = sheets("--plan", "1", "--list-units");
        assertThat(r.code).isZero();
        assertThat(r.out.lines()).hasSize(1 + 38).contains("省发展改革委\t5\t7\t1", "各市人民政府\t0\t6\t8");
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private CliRun sheets(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        all[2] = "sheets";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
