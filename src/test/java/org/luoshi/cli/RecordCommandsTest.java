package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.Workspace;

/**
 * {@code chase}, {@code notice} and {@code history} on a workspace holding the sample plan
 * (shanxi-2023-1.txt): what task 29 and its units are, written by hand from the document.
 */
class RecordCommandsTest {
    private static final String TEXT_29_START = "依托全省一体化在线政务服务平台";

    @TempDir
    Path dir;
    Path workspace;
    String settingsBefore;
    long task29;

    @BeforeEach
    void sample() throws IOException {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        settingsBefore = System.getProperty("luoshi.settings");
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "user.name=\\u738b\\u82b3\n"); // 王芳
        System.setProperty("luoshi.settings", settings.toString());
        Path sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = RecordCommandsTest.class.getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        workspace = dir.resolve("workspace.db");
        assertThat(run("import", sample.toString()).code).isZero();
        try (Workspace ws = Workspace.open(workspace)) {
            task29 = ws.plans().load(1).orElseThrow().tasks().stream().filter(t -> "29".equals(t.number()))
                    .findFirst().orElseThrow().id();
        }
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
        if (settingsBefore == null) {
            System.clearProperty("luoshi.settings");
        } else {
            System.setProperty("luoshi.settings", settingsBefore);
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--workspace=" + workspace;
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    private String t29() {
        return String.valueOf(task29);
    }

    @Test
    void aChaseIsLoggedListedAndInTheHistoryWithThePersonOfTheSettings() throws IOException {
        CliRun add = run("chase", "--task", t29(), "--how", "电话", "--who", "省审批服务管理局 张伟", "--said",
                "系统升级方案已报批，4月底前完成", "--date", "2023-04-03");
        assertThat(add.code).as(add.err).isZero();
        assertThat(add.out.strip()).isEqualTo("1");

        CliRun list = run("chase", "--task", t29(), "--json");
        assertThat(list.code).as(list.err).isZero();
        JsonNode log = new ObjectMapper().readTree(list.out);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("date").asText()).isEqualTo("2023-04-03");
        assertThat(log.get(0).get("how").asText()).isEqualTo("电话");
        assertThat(log.get(0).get("who").asText()).isEqualTo("省审批服务管理局 张伟");
        assertThat(log.get(0).get("said").asText()).isEqualTo("系统升级方案已报批，4月底前完成");

        CliRun history = run("history", "--task", t29(), "--json");
        assertThat(history.code).as(history.err).isZero();
        JsonNode steps = new ObjectMapper().readTree(history.out);
        assertThat(steps).hasSize(1);
        JsonNode step = steps.get(0);
        assertThat(step.get("person").asText()).isEqualTo("王芳");
        assertThat(step.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}").isEqualTo(LocalDate.now().toString());
        assertThat(step.get("action").asText()).isEqualTo("记录催办（任务 29）：2023-04-03 电话 省审批服务管理局 张伟：系统升级方案已报批，4月底前完成");
        assertThat(step.get("changes").get(0).get("task").asLong()).isEqualTo(task29);
        assertThat(step.get("changes").get(0).get("number").asText()).isEqualTo("29");
    }

    @Test
    void noticesAreNumberedPerKindAndYearAndReadBackFromWord() throws IOException {
        Path first = dir.resolve("督办1.docx");
        CliRun n1 = run("notice", "--kind", "督办", "--task", t29(), "--limit", "2023-05-15", "--date", "2023-04-02",
                "--out", first.toString());
        assertThat(n1.code).as(n1.err).isZero();
        assertThat(n1.out.strip()).isEqualTo("督〔2023〕1号");
        assertThat(run("notice", "--kind", "督办", "--task", t29(), "--limit", "2023-05-20", "--date", "2023-04-09",
                "--out", dir.resolve("d2.docx").toString()).out.strip()).isEqualTo("督〔2023〕2号");
        assertThat(run("notice", "--kind", "催办", "--task", t29(), "--limit", "2023-05-20", "--date", "2023-04-09",
                "--out", dir.resolve("c1.docx").toString()).out.strip()).isEqualTo("催〔2023〕1号");
        assertThat(run("notice", "--kind", "督办", "--task", t29(), "--limit", "2024-01-20", "--date", "2024-01-05",
                "--out", dir.resolve("d2024.docx").toString()).out.strip()).isEqualTo("督〔2024〕1号");
        CliRun set = run("notice", "--kind", "督办", "--next", "12", "--year", "2023", "--office", "省政府督查室",
                "--default-contact", "王强 0351-3046000");
        assertThat(set.code).as(set.err).isZero();
        assertThat(run("notice", "--kind", "督办", "--unit", "省市场监管局", "--plan", "1", "--limit", "2023-06-30",
                "--date", "2023-06-01", "--out", dir.resolve("unit.docx").toString()).out.strip()).isEqualTo("督〔2023〕12号");
        try (XWPFDocument unit = new XWPFDocument(Files.newInputStream(dir.resolve("unit.docx")))) {
            List<String> lines = unit.getParagraphs().stream().map(p -> p.getText()).filter(t -> !t.isBlank()).toList();
            assertThat(lines.get(2)).isEqualTo("省市场监管局：");
            assertThat(lines).contains("联系人及电话：王强 0351-3046000").endsWith("省政府督查室", "2023年6月1日");
            // the unit's unfinished tasks of the plan: task 29 among them, each a row
            assertThat(unit.getTables().get(0).getRows().stream().map(r -> r.getCell(0).getText()).toList()).contains("29");
        }

        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(first));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).filter(s -> !s.isBlank())
                    .collect(Collectors.toList());
            assertThat(paragraphs.get(0)).isEqualTo("督办通知单");
            assertThat(paragraphs.get(1)).isEqualTo("督〔2023〕1号");
            assertThat(paragraphs.get(2)).isEqualTo("省审批服务管理局、省市场监管局：");
            assertThat(paragraphs.get(3)).startsWith(
                    "根据《落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案》（晋政办发〔2023〕1号）的分工要求。")
                    .contains("现予以督办");
            assertThat(paragraphs).contains("办理时限：2023年5月15日前", "2023年4月2日");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(doc.getParagraphs().get(3).getRuns().get(0).getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("任务内容");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("29");
            assertThat(table.getRow(1).getCell(1).getText()).startsWith(TEXT_29_START);
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("负责：省审批服务管理局、省市场监管局等");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("2023年3月底前；6月底前");
        }

        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(first.toFile())) {
            String fonts = new String(zip.getInputStream(zip.getEntry("word/fontTable.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(fonts).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
                    .contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>");
            String rels = new String(zip.getInputStream(zip.getEntry("word/_rels/document.xml.rels")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(rels).contains("relationships/fontTable").contains("fontTable.xml");
        }

        JsonNode steps = new ObjectMapper().readTree(run("history", "--task", t29(), "--json").out);
        assertThat(steps).hasSize(5);
        assertThat(steps.get(4).get("action").asText()).isEqualTo("发出督办通知单 督〔2023〕1号（办理时限：2023年5月15日前）");
        assertThat(steps.get(0).get("action").asText()).startsWith("发出督办通知单 督〔2023〕12号");
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingWritten() throws IOException {
        String before = dump();
        List<String[]> bad = List.of(
                new String[] {"chase", "--task", t29(), "--how", "微信", "--who", "张伟", "--said", "好"},
                new String[] {"chase", "--task", t29(), "--how", "电话", "--who", "张伟", "--said", "好", "--date", "2023-02-30"},
                new String[] {"chase", "--task", "99999", "--how", "电话", "--who", "张伟", "--said", "好"},
                new String[] {"chase", "--task", t29(), "--how", "电话", "--who", " ", "--said", "好"},
                new String[] {"chase", "--task", t29(), "--how", "电话"},
                new String[] {"notice", "--kind", "通报", "--task", t29(), "--limit", "2023-05-15", "--out", dir.resolve("a.docx").toString()},
                new String[] {"notice", "--kind", "督办", "--task", t29(), "--limit", "2023-03-01", "--date", "2023-04-02",
                        "--out", dir.resolve("a.docx").toString()},
                new String[] {"notice", "--kind", "督办", "--task", t29(), "--out", dir.resolve("a.docx").toString()},
                new String[] {"notice", "--kind", "督办", "--unit", "省审批服务管理局", "--limit", "2023-05-15",
                        "--out", dir.resolve("a.docx").toString()},
                new String[] {"notice", "--kind", "督办", "--unit", "省教育厅外事处", "--plan", "1", "--limit", "2023-05-15",
                        "--out", dir.resolve("a.docx").toString()},
                new String[] {"notice", "--kind", "督办", "--task", t29(), "--limit", "2023-05-15",
                        "--out", dir.resolve("no-such-folder").resolve("a.docx").toString()},
                new String[] {"notice", "--kind", "督办", "--next", "0"},
                new String[] {"history", "--task", "99999"},
                new String[] {"history", "--plan", "77"});
        for (String[] args : bad) {
            CliRun r = run(args);
            assertThat(r.code).as(String.join(" ", args) + " → " + r.err).isEqualTo(2);
            assertThat(r.err.strip().lines().count()).as(String.join(" ", args) + " → " + r.err).isEqualTo(1);
            assertThat(r.out).as(String.join(" ", args)).isEmpty();
        }
        assertThat(dump()).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("a.docx"))).isFalse();
    }

    @Test
    void thePlansHistoryIsExportedAsCsvAndXlsx() throws IOException {
        run("chase", "--task", t29(), "--how", "现场", "--who", "李强", "--said", "已完成80%", "--date", "2023-04-03");
        Path csv = dir.resolve("history.csv");
        CliRun r = run("history", "--plan", "1", "--out", csv.toString());
        assertThat(r.code).as(r.err).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFF时间,操作人,任务,操作,项目,原值,新值");
        assertThat(lines.get(1)).contains(",王芳,29,记录催办（任务 29）：2023-04-03 现场 李强：已完成80%,,,");
        Path xlsx = dir.resolve("history.xlsx");
        assertThat(run("history", "--task", t29(), "--out", xlsx.toString()).code).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("操作人");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("王芳");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("29");
        }
    }

    /** The history, notices, chase log and numbering the workspace holds. */
    private String dump() {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.history().ofPlan(1) + "|" + ws.notices().ofPlan(1) + "|" + ws.chases().ofTask(task29) + "|"
                    + ws.settings().all();
        }
    }
}
