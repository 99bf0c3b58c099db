package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;

/**
 * {@code luoshi import} of a plan in traditional characters prints, on stderr, that it was read and is saved in
 * simplified ones — the line the review shows — and keeps stdout for the plan (盘锦 盤政辦發〔2021〕1號 wording, real).
 */
class TraditionalScriptImportCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aTraditionalPlanIsReportedOnStderrAndStdoutStaysJson() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        Path file = Files.writeString(dir.resolve("panjin.txt"), """
                一、明確任務,壓實責任
                1.各牽頭單位要緊密結合工作實際,堅持目標導向和結果導向,建立任務清單和責任清單,細化工作舉措,確保責任逐級落實。(市政府督考辦牽頭,各縣區政府按職責分工負責)
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LuoshiCommand.execute(new String[] {"import", "--json", file.toString()}, new PrintWriter(out),
                new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(err.toString().strip()).contains("traditional").contains("simplified").doesNotContain("\n");
        assertThat(out.toString().strip()).startsWith("{").contains("市政府督考办");
    }

    @Test
    void aSavedTraditionalPlanIsReportedInChineseToo() throws IOException {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path file = Files.writeString(dir.resolve("panjin.txt"), """
                一、明確任務,壓實責任
                1.各牽頭單位要緊密結合工作實際,堅持目標導向和結果導向,建立任務清單和責任清單,細化工作舉措,確保責任逐級落實。(市政府督考辦牽頭,各縣區政府按職責分工負責)
                """);
        Path workspace = dir.resolve("ws").resolve("workspace.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LuoshiCommand.execute(new String[] {"--workspace", workspace.toString(), "import", file.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(err.toString()).contains("繁体字").contains("简体字");
        assertThat(workspace).exists();
    }

    @Test
    void aSimplifiedPlanPrintsNothingOnStderr() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        Path file = Files.writeString(dir.resolve("plan.txt"), """
                一、明确任务，压实责任
                1.各牵头单位要紧密结合工作实际，建立任务清单和责任清单。（市政府督考办牵头，各县区政府按职责分工负责）
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LuoshiCommand.execute(new String[] {"import", "--json", file.toString()}, new PrintWriter(out),
                new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
