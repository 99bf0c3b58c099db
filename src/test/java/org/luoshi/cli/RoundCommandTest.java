package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.rounds.UnitFiller;
import org.luoshi.storage.Workspace;

/** {@code round open / forms / collect / status / notice} on a workspace holding the sample plan. */
class RoundCommandTest {
    static final String UNIT = "省审批服务管理局";

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void sample() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        Path sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = RoundCommandTest.class.getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        workspace = dir.resolve("workspace.db");
        assertThat(run("import", sample.toString()).code).isZero();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theWholeLoopFromTheCommandLine() throws IOException {
        CliRun open = run("round", "open", "--plan", "1", "--period", "2023年3月", "--due", "2023-04-25",
                "--unit", UNIT, "省发展改革委", "--today", "2023-04-01");
        assertThat(open.code).as(open.err).isZero();
        assertThat(open.out.strip()).isEqualTo("1");

        CliRun forms = run("round", "forms", "--round", "1", "--format", "xlsx", "--out", dir.resolve("out").toString());
        assertThat(forms.code).as(forms.err).isZero();
        assertThat(Files.list(dir.resolve("out")).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(UNIT + ".xlsx", "省发展改革委.xlsx");

        long task = firstTaskOf(UNIT);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (UnitFiller f = UnitFiller.open(dir.resolve("out").resolve(UNIT + ".xlsx"))) {
            f.fill(task, "按计划推进", "", "", 70, null).saveAs(inbox.resolve("回执-审批局.xlsx"));
        }
        Files.writeString(inbox.resolve("说明.xlsx"), "not a workbook");

        String before = dump();
        CliRun dry = run("round", "collect", "--round", "1", "--dry-run", "--received", "2023-04-24", inbox.toString());
        assertThat(dry.code).as(dry.err).isZero();
        assertThat(dry.out).contains(UNIT).contains("-> 70%").contains("dry run");
        assertThat(dry.err).contains("说明.xlsx").contains("not an Excel workbook");
        assertThat(dump()).isEqualTo(before);

        CliRun collect = run("round", "collect", "--round", "1", "--received", "2023-04-24", inbox.toString());
        assertThat(collect.code).as(collect.err).isZero();
        assertThat(collect.out).contains("Applied 1 forms");

        CliRun status = run("round", "status", "--round", "1", "--json", "--today", "2023-04-26");
        assertThat(status.code).as(status.err).isZero();
        JsonNode json = new ObjectMapper().readTree(status.out);
        assertThat(json.get("round").asLong()).isEqualTo(1);
        JsonNode units = json.get("units");
        assertThat(units).hasSize(2);
        JsonNode mine = units.get(0);
        assertThat(mine.get("unit").asText()).isEqualTo(UNIT);
        assertThat(mine.get("state").asText()).isEqualTo("partial"); // one of its tasks reported
        assertThat(mine.get("reported").asInt()).isEqualTo(1);
        assertThat(mine.get("tasks").asInt()).isGreaterThan(1);
        assertThat(mine.get("received").asText()).isEqualTo("2023-04-24");
        assertThat(mine.get("late").asBoolean()).isFalse();
        JsonNode other = units.get(1);
        assertThat(other.get("state").asText()).isEqualTo("missing");
        assertThat(other.get("received").isNull()).isTrue();
        assertThat(other.get("late").asBoolean()).isTrue();

        CliRun text = run("round", "status", "--round", "1", "--today", "2023-04-26");
        assertThat(text.out).contains("1 missing").contains("省发展改革委\tmissing");

        Path notice = dir.resolve("催报.docx");
        CliRun n = run("round", "notice", "--round", "1", "--out", notice.toString(), "--today", "2023-04-26");
        assertThat(n.code).as(n.err).isZero();
        assertThat(n.out).contains("省发展改革委（未报送）").contains(UNIT + "（部分报送，已报1项");
        assertThat(notice).isNotEmptyFile();

        CliRun list = run("round", "list", "--plan", "1", "--today", "2023-04-26");
        assertThat(list.out).startsWith("1\t2023年3月\t2023-04-25\toverdue");
    }

    @Test
    void filesThatAreNotFormsOfTheRoundLeaveTheWorkspaceUnchangedAndExitTwo() throws IOException {
        assertThat(run("round", "open", "--plan", "1", "--period", "2023年3月", "--due", "2023-04-25").code).isZero();
        assertThat(run("round", "open", "--plan", "1", "--period", "2023年4月", "--due", "2023-05-25").code).isZero();
        run("round", "forms", "--round", "2", "--out", dir.resolve("april").toString(), "--unit", UNIT);
        Path april;
        try (UnitFiller f = UnitFiller.open(dir.resolve("april").resolve(UNIT + ".xlsx"))) {
            april = f.fill(firstTaskOf(UNIT), "x", "", "", 10, null).saveAs(dir.resolve("april.xlsx"));
        }
        Path text = Files.writeString(dir.resolve("readme.txt"), "hello");
        String before = dump();
        CliRun r = run("round", "collect", "--round", "1", april.toString(), text.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.lines().filter(l -> l.contains("april.xlsx"))).singleElement()
                .satisfies(l -> assertThat(l).contains("another round"));
        assertThat(r.err.lines().filter(l -> l.contains("readme.txt"))).singleElement()
                .satisfies(l -> assertThat(l).contains("not an Excel workbook"));
        assertThat(r.err).contains("workspace is unchanged");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void withoutReceivedEachFileCountsAsReceivedOnItsModificationDay() throws IOException {
        assertThat(run("round", "open", "--plan", "1", "--period", "2023年3月", "--due", "2023-04-25").code).isZero();
        run("round", "forms", "--round", "1", "--out", dir.resolve("out").toString(), "--unit", UNIT);
        Path filled;
        try (UnitFiller f = UnitFiller.open(dir.resolve("out").resolve(UNIT + ".xlsx"))) {
            filled = f.fill(firstTaskOf(UNIT), "按期报送", "", "", 40, null).saveAs(dir.resolve("回执.xlsx"));
        }
        Files.setLastModifiedTime(filled, java.nio.file.attribute.FileTime.from(java.time.LocalDate.of(2023, 4, 21)
                .atTime(9, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        CliRun collect = run("round", "collect", "--round", "1", filled.toString());
        assertThat(collect.code).as(collect.err).isZero();
        JsonNode units;
        try {
            units = new ObjectMapper().readTree(run("round", "status", "--round", "1", "--json", "--today", "2023-05-01").out)
                    .get("units");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        JsonNode mine = null;
        for (JsonNode u : units) {
            if (u.get("unit").asText().equals(UNIT)) {
                mine = u;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("received").asText()).isEqualTo("2023-04-21");
        assertThat(mine.get("late").asBoolean()).isFalse();
    }

    @Test
    void openNeedsADueDayAndCanCountWorkingDays() {
        CliRun none = run("round", "open", "--plan", "1", "--period", "2023年3月");
        assertThat(none.code).isEqualTo(2);
        assertThat(none.err).contains("--due");
        CliRun counted = run("round", "open", "--plan", "1", "--period", "2023年3月", "--period-end", "2023-03-31",
                "--working-days", "5");
        assertThat(counted.code).as(counted.err).isZero();
        assertThat(run("round", "list", "--plan", "1", "--today", "2023-04-01").out).contains("2023-04-10");
        CliRun unknown = run("round", "status", "--round", "99");
        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err).contains("no progress round with id 99");
    }

    private long firstTaskOf(String unit) {
        try (Workspace ws = Workspace.open(workspace)) {
            Plan plan = ws.plans().load(1).orElseThrow();
            return plan.tasks().stream().filter(t -> t.roleOf(unit) != null).findFirst().orElseThrow().id();
        }
    }

    /** What the workspace holds of rounds and progress, to compare before and after. */
    private String dump() {
        try (Workspace ws = Workspace.open(workspace)) {
            StringBuilder s = new StringBuilder();
            ws.rounds().all().forEach(r -> s.append(r.id()).append(ws.rounds().submissions(r.id())));
            ws.plans().load(1).orElseThrow().tasks().forEach(t -> s.append(t.progress()).append(t.status()));
            return s.toString();
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
