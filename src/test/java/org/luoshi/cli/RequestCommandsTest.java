package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.TaskStatus;
import org.luoshi.requests.RequestState;
import org.luoshi.storage.Workspace;

/** {@code tasks, extend, decide, close, review, evidence} on a workspace holding the sample plan. */
class RequestCommandsTest {
    @TempDir
    Path dir;
    Path workspace;
    long t29;

    @BeforeEach
    void sample() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        Path sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = RequestCommandsTest.class.getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        workspace = dir.resolve("workspace.db");
        assertThat(run("import", sample.toString()).code).isZero();
        CliRun tasks = run("tasks", "--plan", "1", "--json");
        assertThat(tasks.code).as(tasks.err).isZero();
        JsonNode list = new ObjectMapper().readTree(tasks.out);
        for (JsonNode n : list) {
            if ("29".equals(n.get("number").asText())) {
                t29 = n.get("id").asLong();
            }
        }
        assertThat(t29).isPositive();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    CliRun run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--workspace=" + workspace;
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    @Test
    void tasksAsJsonListEveryTaskWithIdSeqNumberAndText() throws IOException {
        JsonNode list = new ObjectMapper().readTree(run("tasks", "--plan", "1", "--json").out);
        assertThat(list.size()).isEqualTo(47); // the sample plan numbers its tasks 1． … 47．
        JsonNode first = list.get(0);
        assertThat(first.get("seq").asInt()).isEqualTo(1);
        assertThat(first.get("number").asText()).isEqualTo("1");
        assertThat(first.get("text").asText()).startsWith("坚持保主体、增主体、活主体、强主体并重");
        assertThat(run("tasks", "--plan", "9").code).isEqualTo(2);
    }

    @Test
    void extendDecideCloseReviewAndExportFromTheCommandLine() throws IOException {
        CliRun extend = run("extend", "--task", String.valueOf(t29), "--to", "2023-09-30", "--reason", "系统对接未完成",
                "--today", "2023-06-15");
        assertThat(extend.code).as(extend.err).isZero();
        assertThat(extend.out).isEqualTo("1" + System.lineSeparator());
        CliRun decide = run("decide", "--request", "1", "approve", "--opinion", "同意");
        assertThat(decide.code).as(decide.err).isZero();
        assertThat(decide.out.strip()).isEqualTo("1\t同意");

        Path evidence = Files.writeString(dir.resolve("验收报告.txt"), "验收合格", StandardCharsets.UTF_8);
        CliRun close = run("close", "--task", String.valueOf(t29), "--summary", "已完成", "--evidence", evidence.toString(),
                "--today", "2023-09-20");
        assertThat(close.code).as(close.err).isZero();
        assertThat(close.out).isEqualTo("2" + System.lineSeparator());
        CliRun review = run("review", "--request", "2", "pass");
        assertThat(review.code).as(review.err).isZero();
        assertThat(review.out.strip()).as("asked 2023-09-20, after the original 2023-06-30").isEqualTo("2\t通过\t逾期");
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.tasks().require(t29).status()).isEqualTo(TaskStatus.CLOSED);
            assertThat(ws.requests().find(1).orElseThrow().state()).isEqualTo(RequestState.APPROVED);
        }
        Path zip = dir.resolve("佐证.zip");
        CliRun export = run("evidence", "--plan", "1", "--out", zip.toString());
        assertThat(export.code).as(export.err).isZero();
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            assertThat(new String(z.getInputStream(z.getEntry("任务29/销号申请2/验收报告.txt")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("验收合格");
            // sha256sum of the 12 UTF-8 bytes of 验收合格
            assertThat(new String(z.getInputStream(z.getEntry("封面.txt")).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("审核结果：通过").contains("逾期");
        }
    }

    @Test
    void badInputIsOneLineExitTwoAndLeavesTheWorkspaceFileAsItWas() throws IOException {
        assertThat(run("extend", "--task", String.valueOf(t29), "--to", "2023-09-30", "--reason", "理由",
                "--today", "2023-06-15").code).isZero();
        assertThat(run("decide", "--request", "1", "refuse").code).isZero();
        byte[] before = Files.readAllBytes(workspace);
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[2 * 1024 * 1024]);
        try (Workspace ws = Workspace.open(workspace)) {
            ws.settings().put("evidence.maxFileMb", "1");
        }
        before = Files.readAllBytes(workspace);
        String task = String.valueOf(t29);
        String[][] bad = {
            {"extend", "--task", task, "--to", "2023-06-01", "--reason", "理由"},      // before the original
            {"extend", "--task", task, "--to", "2023-13-01", "--reason", "理由"},      // no date
            {"extend", "--task", "99999", "--to", "2023-09-30", "--reason", "理由"},   // no such task
            {"extend", "--task", task, "--milestone", "2023-05-05", "--to", "2023-09-30", "--reason", "理由"},
            {"decide", "--request", "1", "approve"},                                   // already decided
            {"decide", "--request", "1", "maybe"},
            {"decide", "--request", "42", "approve"},
            {"close", "--task", task, "--summary", "完成", "--evidence", dir.resolve("missing.pdf").toString()},
            {"close", "--task", task, "--summary", "完成", "--evidence", big.toString()},   // over the limit
            {"review", "--request", "1", "pass"},                                       // an extension
            {"evidence", "--task", task, "--out", dir.resolve("none.zip").toString()},  // no evidence
        };
        for (String[] args : bad) {
            CliRun r = run(args);
            assertThat(r.code).as(String.join(" ", args) + ": " + r.err).isEqualTo(2);
            assertThat(r.out).as(String.join(" ", args)).isEmpty();
            assertThat(r.err.strip().lines().count()).as(String.join(" ", args) + ": " + r.err).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(workspace)).as("byte for byte as before").isEqualTo(before);
        assertThat(Files.exists(dir.resolve("none.zip"))).isFalse();
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.requests().ofTask(t29)).hasSize(1);
            assertThat(ws.requests().evidenceTotals()).containsExactly(0, 0);
        }
    }
}
