package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.rounds.ReportLine;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.Submission;

/**
 * A plan or task deleted and put back brings back its rounds: the round, the units and tasks it
 * asks, the forms received (a replaced one too) and their lines, and the progress entries' round.
 * Nothing of the rounds is lost by a delete that is undone.
 */
class RemovedRoundsTest extends EngineTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Task t0;
    private Task t1;
    private Round round;
    private String unit;

    @BeforeEach
    void planWithARoundAndCollectedForms() {
        ws = open(dir.resolve("w.db"));
        plan = ws.plans().save(SamplePlanFixture.plan());
        t0 = plan.tasks().get(0);
        t1 = plan.tasks().get(1);
        unit = t0.assignments().get(0).unit().name();
        round = ws.rounds().create(new Round(0, plan.id(), "2023年3月", LocalDate.of(2023, 4, 25), "", "",
                LocalDate.of(2023, 4, 1), "", List.of(unit), List.of(t0.id(), t1.id())));
        long first = ws.rounds().addSubmission(form(List.of(line(t0, "一"), line(t1, "甲")))).id();
        long second = ws.rounds().addSubmission(form(List.of(line(t0, "二"), line(t1, "乙")))).id();
        ws.rounds().setSupersededBy(first, second);
        ws.tasks().addProgress(t0.id(), ProgressEntry.reported(LocalDate.of(2023, 4, 20), 50, "二", unit, round.id()));
        ws.tasks().addProgress(t1.id(), ProgressEntry.reported(LocalDate.of(2023, 4, 20), 60, "乙", unit, round.id()));
    }

    private Submission form(List<ReportLine> lines) {
        return new Submission(0, round.id(), unit, LocalDate.of(2023, 4, 20), unit + ".xlsx", "张三", "123", 0, lines);
    }

    private static ReportLine line(Task t, String text) {
        return new ReportLine(t.id(), text, "", "", 50, null);
    }

    /**
     * The rounds' tables and the progress entries of a dump, row for row (a restored plan's parts
     * and sections get new ids, so the plan is compared through load()).
     */
    private static Map<String, List<String>> roundTables(Map<String, List<String>> dump) {
        Map<String, List<String>> rounds = new java.util.TreeMap<>();
        dump.forEach((table, rows) -> {
            if (table.startsWith("round") || table.equals("progress")) {
                rounds.put(table, rows);
            }
        });
        assertThat(rounds).containsKeys("round", "round_unit", "round_task", "round_submission",
                "round_submission_line", "progress");
        assertThat(rounds.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        return rounds;
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aRemovedPlanComesBackWithItsRoundsFormsAndReportedProgress() {
        Map<String, List<String>> before = WorkspaceDump.of(ws);
        Round storedRound = ws.rounds().find(round.id()).orElseThrow();
        List<Submission> forms = ws.rounds().submissions(round.id());

        Plan stored = ws.plans().load(plan.id()).orElseThrow();

        Removed<Plan> removed = ws.plans().remove(plan.id());
        assertThat(ws.rounds().all()).isEmpty();
        ws.plans().restore(removed);

        assertThat(ws.plans().load(plan.id())).contains(stored);
        assertThat(ws.rounds().find(round.id())).contains(storedRound);
        assertThat(ws.rounds().submissions(round.id())).isEqualTo(forms);
        assertThat(ws.tasks().require(t0.id()).latestProgress().roundId()).isEqualTo(round.id());
        assertThat(roundTables(WorkspaceDump.of(ws))).isEqualTo(roundTables(before));
    }

    @Test
    void aRemovedTaskComesBackInItsRoundAndItsFormLines() {
        Map<String, List<String>> before = WorkspaceDump.of(ws);
        Round storedRound = ws.rounds().find(round.id()).orElseThrow();
        List<Submission> forms = ws.rounds().submissions(round.id());

        Task stored = ws.tasks().require(t1.id());

        Removed<Task> removed = ws.tasks().remove(t1.id());
        assertThat(ws.rounds().find(round.id()).orElseThrow().taskIds()).doesNotContain(t1.id());
        ws.tasks().restore(plan.id(), removed);

        assertThat(ws.tasks().require(t1.id())).isEqualTo(stored);
        assertThat(ws.rounds().find(round.id())).contains(storedRound);
        assertThat(ws.rounds().submissions(round.id())).isEqualTo(forms);
        assertThat(ws.tasks().require(t1.id()).latestProgress().roundId()).isEqualTo(round.id());
        assertThat(roundTables(WorkspaceDump.of(ws))).isEqualTo(roundTables(before));
    }
}
