package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.plan.Role.COOPERATING;
import static org.luoshi.plan.Role.LEAD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.storage.Workspace;

/**
 * A workspace whose plan came with hostile text — escape sequences that set the terminal's title,
 * forge links or clear the screen, line breaks and tabs that forge lines and fields, names of 100
 * and 200 characters, an emoji across the old cut — through every command that prints stored text
 * or writes files named by it.
 */
class HostileTextCommandTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    static final List<String> HOSTILE_UNITS = List.of(
            "省\u001b]0;pwned\u0007审计厅",                                   // OSC: the terminal's title
            "省\u001b]8;;http://evil.example/\u001b\\链接\u001b]8;;\u001b\\厅",  // OSC 8: a forged link
            "省\r伪造行\n9\t99\t假\t方案",                                     // CR, LF, TAB: forged lines and fields
            "省\u009b31m红色厅",                                              // C1 CSI
            "\u202E厅计审省",                                                 // right-to-left override
            "省".repeat(100), "省".repeat(200), "部".repeat(119) + "😀尾");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path workspace;

    @BeforeAll
    static void storeTheHostilePlan() {
        workspace = shared.resolve("hostile.db");
        List<String> units = new ArrayList<>(HOSTILE_UNITS);
        while (units.size() < 26) {
            units.add("省第" + units.size() + "厅");
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            tasks.add(new Task(0, i + 1, String.valueOf(i + 1), null, null, "任务\u001b[2J\u001b[H" + (i + 1) + "\r\n第二行",
                    List.of(Assignment.of(units.get(i), LEAD), Assignment.of("省财政厅", COOPERATING)), false,
                    List.of(Deadline.by("6月底前", LocalDate.of(2023, 6, 30))), List.<Milestone>of(), List.of(),
                    TaskStatus.NOT_STARTED, i + 1));
        }
        Plan plan = new Plan(0, null, "方案\u001b[2J\u001b[H清屏\n第二行", "晋政办发〔2023〕\u001b[31m1号", null, null,
                "", List.of(), List.of(), tasks);
        try (Workspace ws = Workspace.open(workspace)) {
            ws.plans().save(plan);
        }
    }

    @Test
    void plansPrintsOneLineOfFourFieldsWithTheControlsEscaped() {
        CliRun r = run("plans");
        assertThat(r.code).as(r.err).isZero();
        assertTerminalSafe(r.out);
        List<String> lines = r.out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split("\t", -1)).hasSize(4);
        assertThat(lines.get(1)).contains("晋政办发〔2023〕\\x1b[31m1号").contains("方案\\x1b[2J\\x1b[H清屏\\n第二行");
    }

    @Test
    void duePrintsOneLinePerItemWithEveryFieldInPlace() {
        CliRun r = run("due", "--today", "2023-06-20", "--within", "30");
        assertThat(r.code).as(r.err).isZero();
        assertTerminalSafe(r.out);
        List<String> lines = r.out.lines().toList();
        assertThat(lines).hasSize(1 + 26);
        int fields = lines.get(0).split("\t", -1).length;
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(fields));
        assertThat(r.out).contains("省\\r伪造行\\n9\\t99\\t假\\t方案").contains("\\u202e厅计审省");
    }

    @Test
    void listUnitsPrintsOneLinePerUnit() {
        CliRun r = run("sheets", "--plan", "1", "--list-units");
        assertThat(r.code).as(r.err).isZero();
        assertTerminalSafe(r.out);
        List<String> lines = r.out.lines().toList();
        assertThat(lines).hasSize(1 + 27);
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(4));
        assertThat(r.out).contains("省\\x1b]0;pwned\\x07审计厅").contains("省\\x9b31m红色厅");
    }

    /** The run that stopped after 19 of 26 files: all 27 are written (26 leading units and 省财政厅). */
    @Test
    void sheetsForEveryUnitAreAllWrittenAndListedSafely() throws IOException {
        Path out = dir.resolve("分工表");
        CliRun r = run("sheets", "--plan", "1", "--format", "xlsx", "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertTerminalSafe(r.out);
        assertThat(files(out)).hasSize(27).allMatch(n -> n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 255);
        assertThat(r.out).contains("27 files written to " + out);
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedOnStderrTheOthersAreWrittenExitOne() throws IOException {
        Path out = dir.resolve("分工表");
        // the plan's number without its escape character, the unit, 任务分工表
        Files.createDirectories(out.resolve("晋政办发〔2023〕[31m1号-省第20厅-任务分工表.docx").resolve("占位"));
        CliRun r = run("sheets", "--plan", "1", "--format", "docx", "--out", out.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(files(out)).hasSize(26 + 1); // 26 files and the folder in the way
        assertThat(r.out).contains("26 files written to " + out);
        List<String> err = r.err.lines().toList();
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith("Not written: 晋政办发〔2023〕[31m1号-省第20厅-任务分工表.docx: ");
        assertThat(err.get(1)).isEqualTo("1 file was not written (see above); the others were.");
        assertTerminalSafe(r.err);
    }

    /** Every command's error that quotes what the person typed quotes it escaped. */
    @Test
    void typedTextQuotedInAnErrorIsEscapedToo() {
        CliRun r = run("due", "--unit", "省\u001b]0;x\u0007厅");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("省\\x1b]0;x\\x07厅");
        assertTerminalSafe(r.err);
    }

    static void assertTerminalSafe(String printed) {
        String output = printed.replace(System.lineSeparator(), "\n");
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            boolean reordering = c == '\u202E' || c == '\u202D' || (c >= 0x2066 && c <= 0x2069);
            assertThat(control || reordering || c == '\r')
                    .as("U+%04X at %d in: %s", (int) c, i, output).isFalse();
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
