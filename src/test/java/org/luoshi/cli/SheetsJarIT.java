package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.paper.pdf.Fonts;
import org.luoshi.storage.Workspace;
import org.luoshi.testing.TestFonts;

/** {@code java -jar target/luoshi.jar sheets …}: PDFBox, fontbox and the font search work from the packaged jar. */
class SheetsJarIT {
    @TempDir
    Path dir;

    @Test
    void aUnitsPdfFromTheJar() throws Exception {
        Path font = TestFonts.cjkTrueType().file();
        Path ws = dir.resolve("w.db");
        long planId;
        try (Workspace w = Workspace.open(ws)) {
            planId = w.plans().save(SamplePlan.parse().plan()).id();
        }
        Path out = dir.resolve("分工表");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=zh", "-D" + "luoshi.sheets.font=" + font, "-jar", "target/luoshi.jar",
                "--workspace", ws.toString(), "sheets", "--plan", String.valueOf(planId), "--unit", "省财政厅",
                "--out", out.toString());
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("已写入 1 个文件");
        try (PDDocument doc = Loader.loadPDF(out.resolve("晋政办发〔2023〕1号-省财政厅-任务分工表.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("省财政厅任务分工表", "负责的任务（9 项）");
        }
    }
}
