package org.luoshi.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;

/** Matching and checking returned forms, without files: each refusal and each row problem on its own. */
class CollectTest {
    static final String UNIT = "省审批服务管理局";
    static final LocalDate DAY = LocalDate.of(2023, 4, 20);

    Plan plan;
    Round round;
    RoundScope scope;
    UnitForm form;

    @BeforeEach
    void sample() {
        Messages.setLocale(Locale.ENGLISH);
        Plan p = SamplePlanFixture.plan();
        List<Task> tasks = new ArrayList<>();
        long id = 100;
        for (Task t : p.tasks()) {
            tasks.add(t.withId(id++));
        }
        plan = p.withId(7, tasks);
        round = new Round(3, 7, "2023年3月", LocalDate.of(2023, 4, 25), "", "", LocalDate.of(2023, 4, 1), "tok",
                List.of(), List.of());
        scope = RoundScope.of(plan, round);
        form = UnitForms.of(scope, round, UNIT, "ws-1", XlsxForm::fit);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    private ReturnedForm.FilledRow row(int n, long taskId, String progress, String percent, String done) {
        UnitForm.Row r = form.rows().stream().filter(x -> x.taskId() == taskId).findFirst().orElse(form.rows().get(0));
        return new ReturnedForm.FilledRow(n, taskId == 0 ? "" : "t" + taskId, r.lockedCells(), progress, "", "", percent,
                done);
    }

    private ReturnedForm.Filled filled(String file, FormIdentity id, List<ReturnedForm.FilledRow> rows) {
        return new ReturnedForm.Filled(Path.of(file), id, id.checksum(), rows, "", "", false);
    }

    private Review review(ReturnedForm... forms) {
        return Collect.review(scope, round, "ws-1", Map.of(), List.of(forms), DAY);
    }

    @Test
    void rowsOfAnotherUnitWithoutMarkTwiceOrWithABadDoneAreLeftOutEachNamed() {
        long mine = form.rows().get(0).taskId();
        long notMine = plan.tasks().stream().filter(t -> t.roleOf(UNIT) == null).findFirst().orElseThrow().id();
        Review r = review(filled("a.xlsx", form.identity(), List.of(
                row(6, mine, "推进中", "40", ""),
                row(7, notMine, "别家的行", "10", ""),
                row(8, 0, "没有标识", "10", ""),
                row(9, mine, "重复", "50", ""),
                row(10, form.rows().get(1).taskId(), "x", "", "完成了"))));
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.taskId()).isEqualTo(mine);
            assertThat(l.reported().percent()).isEqualTo(40);
        });
        assertThat(r.problems()).extracting(Review.Problem::row).containsExactly(7, 8, 9, 10);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.refused()).isTrue());
        assertThat(r.problems().get(0).message()).contains("not on this unit's form");
        assertThat(r.problems().get(1).message()).contains("no task mark");
        assertThat(r.problems().get(2).message()).contains("twice");
        assertThat(r.problems().get(3).message()).contains("“完成了”");
    }

    @Test
    void formsOfAnotherWorkspaceOrPlanOrOfAUnitNotAskedAreRefused() {
        FormIdentity id = form.identity();
        FormIdentity otherWs = new FormIdentity("ws-2", id.planId(), id.roundId(), id.token(), id.unit(), id.taskIds(),
                id.lockedPrints());
        FormIdentity otherPlan = new FormIdentity(id.workspace(), 8, id.roundId(), id.token(), id.unit(), id.taskIds(),
                id.lockedPrints());
        FormIdentity otherUnit = new FormIdentity(id.workspace(), id.planId(), id.roundId(), id.token(), "火星局",
                id.taskIds(), id.lockedPrints());
        List<ReturnedForm.FilledRow> rows = List.of(row(6, id.taskIds().get(0), "x", "10", ""));
        Review r = review(filled("w.xlsx", otherWs, rows), filled("p.xlsx", otherPlan, rows),
                filled("u.xlsx", otherUnit, rows));
        assertThat(r.anythingToApply()).isFalse();
        assertThat(r.files()).extracting(Review.FileCheck::reason).containsExactly(
                Messages.get("rounds.problem.otherWorkspace"), Messages.get("rounds.problem.otherPlan", "8"),
                Messages.get("rounds.problem.unitNotAsked", "火星局"));
    }

    @Test
    void theLaterOfTwoFormsOfAUnitInOneBatchIsTaken() {
        long mine = form.rows().get(0).taskId();
        Review r = review(filled("first.xlsx", form.identity(), List.of(row(6, mine, "早", "10", ""))),
                filled("second.xlsx", form.identity(), List.of(row(6, mine, "晚", "20", ""))));
        assertThat(r.submissions()).singleElement().satisfies(s -> assertThat(s.fileName()).isEqualTo("second.xlsx"));
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.reported().text()).isEqualTo("晚"));
        assertThat(r.files()).filteredOn(f -> f.file().equals(Path.of("first.xlsx"))).singleElement()
                .satisfies(f -> assertThat(f.taken()).isFalse());
    }
}
