package org.luoshi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.Submission;
import org.luoshi.rounds.UnitFiller;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * Plan JSON with progress rounds: a round of the sample plan whose unit reported twice (the second
 * form replacing the first), exported, imported into another workspace, and the same there —
 * the round, its forms with the replaced one, each progress entry's unit and round; undo and redo.
 */
class PlanRoundsExchangeTest {
    static final String UNIT = "省审批服务管理局";

    @TempDir
    Path dir;
    Workspace from;
    Workspace to;

    @BeforeEach
    void open() {
        from = Workspace.open(dir.resolve("from.db"));
        to = Workspace.open(dir.resolve("to.db"));
    }

    @AfterEach
    void close() {
        from.close();
        to.close();
    }

    @Test
    void roundsTheirFormsAndWhoReportedEachEntryComeBackAfterExportAndImport() throws Exception {
        Session s = Session.of(from);
        Plan plan = from.plans().save(SamplePlanFixture.plan());
        List<Task> mine = plan.tasks().stream().filter(t -> t.roleOf(UNIT) != null).toList();
        Task a = mine.get(0);
        Task b = mine.get(1);
        Round round = Rounds.open(new Rounds.OpenRequest(plan.id(), "2023年3月",
                new RoundDue(LocalDate.of(2023, 4, 10), "2023-03-31+5wd"), "督查室 王五", List.of(UNIT, "省发展改革委"),
                List.of(), LocalDate.of(2023, 4, 1))).run(s);
        Path form = Rounds.forms(round.id(), dir.resolve("out"), UNIT, false).run(s).get(0);
        Path first;
        Path second;
        try (UnitFiller f = UnitFiller.open(form)) {
            first = f.fill(a.id(), "初报", "", "", 30, null).signedBy("张三", "0351-1").saveAs(dir.resolve("1.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(form)) {
            second = f.fill(a.id(), "已上线运行", "资金不足", "扩大试点", 90, "是").fill(b.id(), "推进中", "", "", 50, "否")
                    .signedBy("李四", "0351-2").saveAs(dir.resolve("2.xlsx"));
        }
        Rounds.apply(Rounds.review(round.id(), List.of(first), LocalDate.of(2023, 4, 6)).run(s), Set.of()).run(s);
        Rounds.apply(Rounds.review(round.id(), List.of(second), LocalDate.of(2023, 4, 12)).run(s), Set.of()).run(s);
        // The office's own entry, in no round.
        from.tasks().addProgress(b.id(), ProgressEntry.of(LocalDate.of(2023, 3, 1), 10, "督查室记录"));

        Path json = dir.resolve("plan.json");
        PlanJsonExchange.export(plan.id(), json).run(s);
        String text = Files.readString(json);
        assertThat(text).contains("\"rounds\"").contains("\"period\" : \"2023年3月\"").contains("\"round\" : 1");
        PlanSchema.check(new com.fasterxml.jackson.databind.ObjectMapper().readTree(text), 1);

        Session t = Session.of(to);
        Plan imported = PlanJsonExchange.importFile(json).run(t);
        List<Round> rounds = to.rounds().ofPlan(imported.id());
        assertThat(rounds).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo("2023年3月");
            assertThat(r.due()).isEqualTo(LocalDate.of(2023, 4, 10));
            assertThat(r.dueRule()).isEqualTo("2023-03-31+5wd");
            assertThat(r.contact()).isEqualTo("督查室 王五");
            assertThat(r.openedOn()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(r.units()).containsExactly(UNIT, "省发展改革委");
            assertThat(r.token()).isNotEqualTo(round.token()); // forms of the other office's round are not this one's
        });
        Round there = rounds.get(0);
        Task a2 = task(imported, a.seq());
        Task b2 = task(imported, b.seq());
        List<Submission> forms = to.rounds().submissions(there.id());
        assertThat(forms).hasSize(2);
        Submission old = forms.stream().filter(f -> f.reporter().equals("张三")).findFirst().orElseThrow();
        Submission current = forms.stream().filter(f -> f.reporter().equals("李四")).findFirst().orElseThrow();
        assertThat(old.supersededBy()).isEqualTo(current.id());
        assertThat(current.current()).isTrue();
        assertThat(current.received()).isEqualTo(LocalDate.of(2023, 4, 12));
        assertThat(current.phone()).isEqualTo("0351-2");
        assertThat(current.fileName()).isEqualTo("2.xlsx");
        assertThat(current.lines()).extracting(l -> l.taskId(), l -> l.percent(), l -> l.done(), l -> l.problems())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a2.id(), 90, true, "资金不足"),
                        org.assertj.core.groups.Tuple.tuple(b2.id(), 50, false, ""));
        ProgressEntry reported = a2.latestProgress();
        assertThat(reported.unit()).isEqualTo(UNIT);
        assertThat(reported.roundId()).isEqualTo(there.id());
        assertThat(reported.percent()).isEqualTo(90);
        assertThat(reported.date()).isEqualTo(LocalDate.of(2023, 4, 12));
        assertThat(b2.progress()).extracting(ProgressEntry::text, ProgressEntry::unit, ProgressEntry::roundId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("督查室记录", null, 0L),
                        org.assertj.core.groups.Tuple.tuple("推进中", UNIT, there.id()));
        assertThat(Rounds.board(there.id(), LocalDate.of(2023, 4, 20)).run(t).units().get(0).received())
                .isEqualTo(LocalDate.of(2023, 4, 12));

        t.undo("undo");
        assertThat(to.plans().list()).isEmpty();
        assertThat(to.rounds().ofPlan(imported.id())).isEmpty();
        t.redo("redo");
        assertThat(to.rounds().ofPlan(imported.id())).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(there.id()));
        assertThat(to.rounds().submissions(there.id())).hasSize(2);
        assertThat(to.tasks().require(a2.id()).latestProgress().roundId()).isEqualTo(there.id());
    }

    @Test
    void aProgressEntryNamingARoundTheFileDoesNotHaveIsRefusedWithItsPath() throws Exception {
        Session s = Session.of(from);
        Plan plan = from.plans().save(SamplePlanFixture.plan());
        Path json = dir.resolve("plan.json");
        PlanJsonExchange.export(plan.id(), json).run(s);
        String text = Files.readString(json).replaceFirst("\"progress\" : \\[ \\]",
                "\"progress\" : [ { \"date\" : \"2023-04-01\", \"percent\" : 5, \"unit\" : \"省财政厅\", \"round\" : 2 } ]");
        assertThat(text).contains("\"round\" : 2");
        Files.writeString(json, text);
        assertThatThrownBy(() -> PlanJsonExchange.importFile(json).run(Session.of(to)))
                .isInstanceOf(PlanExchangeException.class).hasMessageContaining("tasks[0].progress[0].round");
        assertThat(to.plans().list()).isEmpty();
    }

    private static Task task(Plan plan, int seq) {
        return plan.tasks().stream().filter(t -> t.seq() == seq).findFirst().orElseThrow();
    }
}
