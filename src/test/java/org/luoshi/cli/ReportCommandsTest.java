package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.report.ledger.SampleWithRound;

/** {@code ledger} and {@code bulletin} on a workspace holding the sample plan and a filled round. */
class ReportCommandsTest {
    @TempDir
    Path dir;

    Path wsFile;
    long plan;
    long round;

    @BeforeEach
    void sample() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        try (SampleWithRound s = new SampleWithRound(dir)) {
            wsFile = s.ws.file();
            plan = s.planId();
            round = s.round.id();
        }
    }

    @AfterEach
    void locale() {
        Messages.setLocale(Locale.getDefault());
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--workspace=" + wsFile;
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    @Test
    void ledgerWritesTheWorkbookOfOnePlanOrAll() throws Exception {
        Path out = dir.resolve("台账.xlsx");
        CliRun r = run("ledger", "--plan", String.valueOf(plan), "--out", out.toString(), "--today", "2023-03-28");
        assertThat(r.code()).as(r.err()).isZero();
        // The sample plan numbers its tasks 1．… 47．
        assertThat(r.out()).contains("47 tasks");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(7).getStringCellValue()).isEqualTo("2023年3月进展");
        }
        Path all = dir.resolve("all.xlsx");
        assertThat(run("ledger", "--all", "--one-sheet", "--out", all.toString()).code()).isZero();
        assertThat(all).exists();
    }

    @Test
    void ledgerRefusesAnUnknownPlanAnUnwritablePathAndBothPlanAndAllInOneLineWithExit2() throws Exception {
        Path out = dir.resolve("x.xlsx");
        CliRun unknown = run("ledger", "--plan", "999", "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).contains("999").doesNotContain("\n");
        assertThat(out).doesNotExist();
        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("x.xlsx");
        CliRun unwritable = run("ledger", "--all", "--out", blocked.toString());
        assertThat(unwritable.code()).isEqualTo(2);
        assertThat(unwritable.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(run("ledger", "--all", "--plan", "1", "--out", out.toString()).code()).isEqualTo(2);
        assertThat(run("ledger", "--all", "--out", dir.resolve("x.docx").toString()).code()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void bulletinWritesWordAndPdfNumberedPerWorkspace() throws Exception {
        Path docx = dir.resolve("通报.docx");
        CliRun r = run("bulletin", "--plan", String.valueOf(plan), "--round", String.valueOf(round), "--today",
                "2023-03-28", "--out", docx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("第1期");
        try (InputStream in = Files.newInputStream(docx);
                org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText())).contains("督查通报", "第1期", "三、报送情况");
        }
        Path pdf = dir.resolve("通报.pdf");
        CliRun p = run("bulletin", "--plan", String.valueOf(plan), "--today", "2023-03-28", "--font",
                org.luoshi.paper.pdf.Fonts.cjk().toString(), "--out", pdf.toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).contains("第2期");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void bulletinRefusesAnUnknownPlanOrRoundAnotherExtensionAndAnUnwritablePathInOneLineWithExit2() throws Exception {
        Path out = dir.resolve("b.docx");
        for (String[] args : List.of(
                new String[] {"bulletin", "--plan", "999", "--out", out.toString()},
                new String[] {"bulletin", "--plan", String.valueOf(plan), "--round", "999", "--out", out.toString()},
                new String[] {"bulletin", "--plan", String.valueOf(plan), "--out", dir.resolve("b.txt").toString()},
                new String[] {"bulletin", "--plan", String.valueOf(plan), "--today", "28.3.2023", "--out", out.toString()},
                new String[] {"bulletin", "--plan", String.valueOf(plan), "--out",
                        Files.writeString(dir.resolve("f"), "x").resolve("b.docx").toString()})) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip()).as(r.err()).isNotEmpty().doesNotContain("\n").doesNotContain("Exception");
            Files.deleteIfExists(dir.resolve("f"));
        }
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("b.txt")).doesNotExist();
        // Nothing was saved: the next bulletin is still the first.
        CliRun ok = run("bulletin", "--plan", String.valueOf(plan), "--out", out.toString());
        assertThat(ok.out()).contains("第1期");
    }
}
