package org.luoshi.report.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.report.PaceClass;
import org.luoshi.report.SampleRound;
import org.luoshi.report.workspace.Stats;
import org.luoshi.rounds.RoundBoard;

/**
 * The overview of the sample plan as of 2023-03-28 with the progress of two filled rounds. The
 * expected numbers are counted from the plan itself, by a reading of the rules written apart from
 * {@code PaceRules} ({@link #byHand}), and the few that matter are also spelled out.
 */
class OverviewTest {
    static final LocalDate TODAY = SampleRound.TODAY;

    @TempDir
    Path dir;

    SampleRound sample;

    @BeforeEach
    void fill() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        sample = SampleRound.in(dir);
    }

    @AfterEach
    void close() {
        sample.ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    Overview overview(String unit) throws Exception {
        return Stats.overview(new Stats.Request(List.of(sample.plan.id()), unit, TODAY)).run(sample.session);
    }

    /** The class of a task counted the long way round, with the default allowance of 5 points. */
    static PaceClass byHand(Task t, LocalDate issued) {
        if (t.status() == TaskStatus.DONE || t.status() == TaskStatus.CLOSED) {
            return PaceClass.DONE;
        }
        LocalDate last = null;
        LocalDate own = null;
        boolean open = false;
        for (Deadline d : t.deadlines()) {
            LocalDate end = d.kind() == DeadlineKind.BY ? d.date() : d.kind() == DeadlineKind.PERIOD ? d.end() : null;
            if (end != null && (last == null || end.isAfter(last))) {
                last = end;
            }
            LocalDate begin = d.kind() == DeadlineKind.PERIOD ? d.start() : d.kind() == DeadlineKind.FROM ? d.date() : null;
            if (begin != null && (own == null || begin.isBefore(own))) {
                own = begin;
            }
            open |= d.kind() == DeadlineKind.FROM || d.kind() == DeadlineKind.ONGOING;
        }
        if (last == null) {
            for (Milestone m : t.milestones()) {
                if (last == null || m.date().isAfter(last)) {
                    last = m.date();
                }
            }
        }
        ProgressEntry latest = t.progress().stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b).orElse(null);
        int percent = latest == null ? 0 : latest.percent();
        if (last == null && !open) {
            return PaceClass.NO_DEADLINE;
        }
        if (last != null && TODAY.isAfter(last) && percent < 100) {
            return PaceClass.OVERDUE;
        }
        if (t.status() == TaskStatus.NOT_STARTED && percent == 0) {
            return PaceClass.NOT_STARTED;
        }
        LocalDate from = own != null ? own : issued;
        LocalDate to = last != null ? last : LocalDate.of(TODAY.getYear(), 12, 31);
        if (last == null && from.isBefore(LocalDate.of(TODAY.getYear(), 1, 1))) {
            from = LocalDate.of(TODAY.getYear(), 1, 1);
        }
        double share = 100.0 * ChronoUnit.DAYS.between(from, TODAY) / ChronoUnit.DAYS.between(from, to);
        if (percent > share + 5) {
            return PaceClass.AHEAD;
        }
        return percent < share - 5 ? PaceClass.BEHIND : PaceClass.ON_PACE;
    }

    @Test
    void theCountsOfTheWholePlanAreThoseCountedByHand() throws Exception {
        Overview o = overview(null);
        Plan plan = sample.plan;
        Map<PaceClass, Integer> expected = new EnumMap<>(PaceClass.class);
        for (PaceClass c : PaceClass.values()) {
            expected.put(c, 0);
        }
        plan.tasks().forEach(t -> expected.merge(byHand(t, plan.issuedOn()), 1, Integer::sum));
        for (PaceClass c : PaceClass.values()) {
            assertThat(o.counts().count(c)).as(c.chinese()).isEqualTo(expected.get(c));
        }
        assertThat(o.counts().total()).isEqualTo(plan.tasks().size()).isEqualTo(47);
        // Spelled out: 18 done (是, confirmed); 34 at 35 % with 23.6 % of 2023 gone; 29 at 40 % with
        // 67 of 161 days gone (41.6 %); 7 at 20 % with 816 of 1825 days (44.7 %) and 36 at 10 % with
        // 67 of 345 days (19.4 %) behind; 47 ended 2022-12-31; the other 41 have no time limit.
        assertThat(o.counts()).isEqualTo(PaceCounts.of(1, 1, 1, 2, 0, 1, 41));
        assertThat(o.tasksIn(PaceClass.BEHIND)).extracting(t -> t.pace().task().number()).containsExactly("7", "36");
        assertThat(o.counts().percent(PaceClass.NO_DEADLINE)).isCloseTo(41 * 100.0 / 47, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(o.title()).isEqualTo(plan.displayTitle());
        assertThat(o.allowance()).isEqualTo(5);
    }

    @Test
    void perUnitCountsAsLeadAsResponsibleAndInAllRoles() throws Exception {
        Overview o = overview(null);
        Plan plan = sample.plan;
        Set<String> units = new LinkedHashSet<>();
        plan.tasks().forEach(t -> t.assignments().forEach(a -> units.add(a.unit().name())));
        assertThat(o.units()).extracting(UnitRow::unit).containsExactlyInAnyOrderElementsOf(units);
        for (UnitRow row : o.units()) {
            for (RoleScope scope : RoleScope.values()) {
                Map<PaceClass, Integer> expected = new EnumMap<>(PaceClass.class);
                for (Task t : plan.tasks()) {
                    Role role = t.roleOf(row.unit());
                    boolean counted = scope == RoleScope.ALL ? role != null
                            : scope == RoleScope.LEAD ? role == Role.LEAD : role == Role.RESPONSIBLE;
                    if (counted) {
                        expected.merge(byHand(t, plan.issuedOn()), 1, Integer::sum);
                    }
                }
                for (PaceClass c : PaceClass.values()) {
                    assertThat(row.of(scope).count(c)).as(row.unit() + " " + scope + " " + c)
                            .isEqualTo(expected.getOrDefault(c, 0));
                }
                assertThat(o.tasksOf(row.unit(), scope, null)).hasSize(row.of(scope).total());
            }
        }
        // 省审批服务管理局 leads 18, 19, 20, 28 and 32 (18 done, the rest undated) and shares 29 (on pace).
        UnitRow approval = o.units().stream().filter(r -> r.unit().equals(SampleRound.APPROVAL)).findFirst().orElseThrow();
        assertThat(approval.of(RoleScope.LEAD)).isEqualTo(PaceCounts.of(1, 0, 0, 0, 0, 0, 4));
        assertThat(approval.of(RoleScope.RESPONSIBLE)).isEqualTo(PaceCounts.of(0, 0, 1, 0, 0, 0, 0));
        assertThat(approval.of(RoleScope.ALL).total()).isEqualTo(6);
        assertThat(o.tasksOf(SampleRound.APPROVAL, RoleScope.LEAD, PaceClass.DONE))
                .extracting(t -> t.pace().task().number()).containsExactly("18");
        // The unit with the most tasks comes first.
        assertThat(o.units().get(0).of(RoleScope.ALL).total())
                .isEqualTo(o.units().stream().mapToInt(r -> r.of(RoleScope.ALL).total()).max().orElseThrow());
    }

    @Test
    void theLateReportersOfTheLatestRoundAreEveryUnitButTheOneThatReportedInFullOnTime() throws Exception {
        Overview o = overview(null);
        Set<String> units = new LinkedHashSet<>();
        sample.plan.tasks().forEach(t -> t.assignments().forEach(a -> units.add(a.unit().name())));
        units.remove(SampleRound.APPROVAL);
        assertThat(o.late()).extracting(LateReporter::unit).containsExactlyInAnyOrderElementsOf(units);
        assertThat(o.late()).allSatisfy(l -> assertThat(l.period()).isEqualTo("2023年3月"));
        LateReporter ndrc = o.late().stream().filter(l -> l.unit().equals("省发展改革委")).findFirst().orElseThrow();
        assertThat(ndrc.received()).isEqualTo(LocalDate.of(2023, 3, 28));
        assertThat(ndrc.state()).isEqualTo(RoundBoard.State.PARTIAL);
        LateReporter finance = o.late().stream().filter(l -> l.unit().equals("省财政厅")).findFirst().orElseThrow();
        assertThat(finance.state()).isEqualTo(RoundBoard.State.MISSING);
        assertThat(finance.received()).isNull();
    }

    @Test
    void theTrendHasOnePointPerRoundDueDay() throws Exception {
        Overview o = overview(null);
        assertThat(o.trend()).extracting(TrendPoint::date)
                .containsExactly(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 27));
        TrendPoint feb = o.trend().get(0);
        assertThat(feb.label()).isEqualTo("2023年2月");
        assertThat(feb.done()).isZero();
        assertThat(feb.meanPercent()).isCloseTo(20.0 / 47, org.assertj.core.data.Offset.offset(1e-9));
        TrendPoint mar = o.trend().get(1);
        // By 03-27: 18 done (100), 19 60, 20 30, 28 0, 29 40, 32 50, 34 35, 36 10, 47 90; the 20 % of
        // 省发展改革委 came on 03-28.
        assertThat(mar.done()).isEqualTo(1);
        assertThat(mar.tasks()).isEqualTo(47);
        assertThat(mar.meanPercent()).isCloseTo(415.0 / 47, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mar.donePercent()).isCloseTo(100.0 / 47, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void myUnitCountsOnlyItsTasksAndItsOwnLateness() throws Exception {
        Overview mine = overview("省发展改革委");
        long held = sample.plan.tasks().stream().filter(t -> t.roleOf("省发展改革委") != null).count();
        assertThat(mine.counts().total()).isEqualTo((int) held);
        assertThat(mine.unit()).isEqualTo("省发展改革委");
        assertThat(mine.late()).extracting(LateReporter::unit).containsExactly("省发展改革委");
        assertThat(mine.title()).startsWith("省发展改革委 · ");
        assertThat(overview(null).counts().total()).isEqualTo(47);
    }

    @Test
    void anUnknownPlanOrUnitIsRefusedWithAMessage() {
        assertThatThrownBy(() -> Stats.overview(new Stats.Request(List.of(999L), null, TODAY)).run(sample.session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> overview("火星局")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("火星局");
    }

    @Test
    void allPlansIsEveryPlanOfTheWorkspace() throws Exception {
        Overview one = Stats.overview(new Stats.Request(List.of(), null, TODAY)).run(sample.session);
        assertThat(one.counts().total()).isEqualTo(47);
        assertThat(one.title()).isEqualTo(sample.plan.displayTitle());
        sample.ws.plans().save(org.luoshi.reminders.SamplePlanFixture.plan());
        Overview all = Stats.overview(new Stats.Request(List.of(), null, TODAY)).run(sample.session);
        assertThat(all.counts().total()).isEqualTo(94);
        assertThat(all.title()).isEqualTo("全部方案");
        // Nothing is reported in the second copy: its dated tasks are 未启动 or 已逾期.
        assertThat(all.counts().count(PaceClass.NO_DEADLINE)).isEqualTo(41 + 42);
        assertThat(all.late()).allSatisfy(l -> assertThat(l.planId()).isEqualTo(sample.plan.id()));
    }
}
