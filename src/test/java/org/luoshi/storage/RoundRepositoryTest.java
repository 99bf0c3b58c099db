package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.rounds.ReportLine;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.Submission;

/** Rounds and received forms in the file: history of replaced forms, unit merges, recovery, plan deletion. */
class RoundRepositoryTest extends EngineTest {
    @TempDir
    Path dir;

    private static Round round(Plan plan, List<String> units) {
        return new Round(0, plan.id(), "2023年3月", LocalDate.of(2023, 4, 25), "", "", LocalDate.of(2023, 4, 1), "",
                units, List.of());
    }

    private static Submission form(Round r, String unit, long task, String text) {
        return new Submission(0, r.id(), unit, LocalDate.of(2023, 4, 20), unit + ".xlsx", "", "", 0,
                List.of(new ReportLine(task, text, "", "", 50, null)));
    }

    @Test
    void aReplacedFormIsKeptAndRecoveryCopiesBothWithTheirOrder() {
        Path file = dir.resolve("ws.db");
        long first;
        long second;
        try (Workspace ws = open(file)) {
            Plan plan = ws.plans().save(SamplePlanFixture.plan());
            Task t = plan.tasks().get(0);
            String unit = t.assignments().get(0).unit().name();
            Round r = ws.rounds().create(round(plan, List.of(unit)));
            assertThat(r.token()).isNotBlank();
            first = ws.rounds().addSubmission(form(r, unit, t.id(), "一")).id();
            second = ws.rounds().addSubmission(form(r, unit, t.id(), "二")).id();
            ws.rounds().setSupersededBy(first, second);
            ws.tasks().addProgress(t.id(), ProgressEntry.reported(LocalDate.of(2023, 4, 20), 50, "二", unit, r.id()));
            assertThat(ws.rounds().submissions(r.id())).extracting(Submission::supersededBy).containsExactly(second, 0L);
        }
        Path copy = dir.resolve("copy.db");
        copyWhole(file, copy);
        try (Workspace ws = open(copy)) {
            Round r = ws.rounds().all().get(0);
            List<Submission> subs = ws.rounds().submissions(r.id());
            assertThat(subs).extracting(Submission::id).containsExactly(first, second);
            assertThat(subs.get(0).supersededBy()).isEqualTo(second);
            assertThat(subs.get(1).lines()).singleElement().satisfies(l -> assertThat(l.progress()).isEqualTo("二"));
            Task t = ws.plans().load(r.planId()).orElseThrow().tasks().get(0);
            assertThat(t.latestProgress().roundId()).isEqualTo(r.id());
            assertThat(t.latestProgress().unit()).isNotNull();
        }
    }

    @Test
    void mergingAUnitCarriesItsReportsAndRoundsAlong() {
        try (Workspace ws = open(dir.resolve("ws.db"))) {
            Plan plan = ws.plans().save(SamplePlanFixture.plan());
            Task t = plan.tasks().get(0);
            long fromId = ws.units().findOrCreate("省发改委").id();
            long intoId = ws.units().byName("省发展改革委").orElseThrow().id();
            Round r = ws.rounds().create(round(plan, List.of("省发改委", "省发展改革委")));
            ws.rounds().addSubmission(form(r, "省发改委", t.id(), "报"));
            ws.tasks().addProgress(t.id(), ProgressEntry.reported(LocalDate.of(2023, 4, 20), 50, "报", "省发改委", r.id()));
            ws.units().merge(fromId, intoId);
            assertThat(ws.rounds().find(r.id()).orElseThrow().units()).containsExactly("省发展改革委");
            assertThat(ws.rounds().submissions(r.id())).singleElement()
                    .satisfies(s -> assertThat(s.unit()).isEqualTo("省发展改革委"));
            assertThat(ws.tasks().require(t.id()).latestProgress().unit()).isEqualTo("省发展改革委");
        }
    }

    @Test
    void deletingThePlanDeletesItsRoundsAndAProgressEntryForgetsADeletedRound() {
        try (Workspace ws = open(dir.resolve("ws.db"))) {
            Plan plan = ws.plans().save(SamplePlanFixture.plan());
            Task t = plan.tasks().get(0);
            Round r = ws.rounds().create(round(plan, List.of()));
            ProgressEntry e = ws.tasks().addProgress(t.id(),
                    ProgressEntry.reported(LocalDate.of(2023, 4, 20), 50, "报", "省财政厅", r.id()));
            ws.rounds().delete(r.id());
            assertThat(ws.tasks().require(t.id()).progress()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(e.id());
                assertThat(p.roundId()).isZero();
                assertThat(p.unit()).isEqualTo("省财政厅");
            });
            ws.rounds().create(round(plan, List.of()));
            ws.plans().delete(plan.id());
            assertThat(ws.rounds().all()).isEmpty();
        }
    }

    /** Copies the workspace whole: a file by recovery (nothing lost); on the server by {@code workspace copy}. */
    void copyWhole(Path file, Path copy) {
        RecoveryReport report = Workspace.recover(file, copy);
        assertThat(report.tables()).allSatisfy(t -> assertThat(t.lostRows()).as(t.name()).isZero());
    }
}
