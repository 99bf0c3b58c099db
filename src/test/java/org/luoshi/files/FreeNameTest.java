package org.luoshi.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeNameTest {
    @TempDir
    Path dir;

    @Test
    void aNameNobodyHasIsKept() {
        assertThat(FreeName.in(dir, "晋政办发〔2023〕1号-省财政厅-任务分工表.docx"))
                .isEqualTo("晋政办发〔2023〕1号-省财政厅-任务分工表.docx");
        assertThat(FreeName.beside(dir.resolve("a.pdf"))).isEqualTo(dir.resolve("a.pdf"));
    }

    @Test
    void aTakenNameGetsTheNextNumberAsFolderExportsDo() throws IOException {
        Files.writeString(dir.resolve("省财政厅-任务分工表.docx"), "上月");
        Files.writeString(dir.resolve("省财政厅-任务分工表-2.DOCX"), "上上月");
        assertThat(FreeName.in(dir, "省财政厅-任务分工表.docx")).isEqualTo("省财政厅-任务分工表-3.docx");
        assertThat(FreeName.beside(dir.resolve("省财政厅-任务分工表.docx")))
                .isEqualTo(dir.resolve("省财政厅-任务分工表-3.docx"));
        // compared ignoring case
        assertThat(FreeName.in(dir, "省财政厅-任务分工表.DOCX")).isEqualTo("省财政厅-任务分工表-3.DOCX");
    }

    @Test
    void noExtensionAndAMissingFolder() throws IOException {
        Files.writeString(dir.resolve("README"), "x");
        assertThat(FreeName.in(dir, "README")).isEqualTo("README-2");
        assertThat(FreeName.in(dir.resolve("missing"), "README")).isEqualTo("README");
    }
}
