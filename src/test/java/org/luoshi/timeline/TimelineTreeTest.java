package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.timeline.TimelineFixtures.ISSUED;
import static org.luoshi.timeline.TimelineFixtures.lightsOn;
import static org.luoshi.timeline.TimelineFixtures.plan;
import static org.luoshi.timeline.TimelineFixtures.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.lights.LightColor;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.timeline.ChartItem.Bar;

/** Rows in the task tree's order, headings with their span, swimlanes by lead unit. */
class TimelineTreeTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final LocalDate FEB1 = LocalDate.of(2023, 2, 1);

    private static Plan small() {
        Task t1 = task(1, "一", List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31))), List.of(),
                List.of(Assignment.of("省发展改革委", Role.LEAD)));
        Task t2 = task(2, "一", List.of(Deadline.period("2022年6月至12月期间", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 12, 31))), List.of(), List.of(Assignment.of("省财政厅", Role.RESPONSIBLE),
                Assignment.of("省发展改革委", Role.RESPONSIBLE)));
        Task t3 = task(3, "二", List.of(), List.of(), List.of(Assignment.of("省财政厅", Role.COOPERATING)));
        return plan(ISSUED, t1, t2, t3);
    }

    @Test
    void rowsFollowTheTaskTreeWithHeadingsIndented() {
        TimelineRows rows = TimelineTree.build(small(), Grouping.OUTLINE, null, lightsOn(FEB1)).rows(Set.of());
        assertThat(rows.size()).isEqualTo(6);
        assertThat(rows.node(0).kind()).isEqualTo(RowKind.PART);
        assertThat(rows.node(1).kind()).isEqualTo(RowKind.SECTION);
        assertThat(rows.node(1).number()).isEqualTo("（一）");
        assertThat(rows.node(2).taskId()).isEqualTo(1);
        assertThat(rows.node(3).taskId()).isEqualTo(2);
        assertThat(rows.node(4).number()).isEqualTo("（二）");
        assertThat(rows.node(5).taskId()).isEqualTo(3);
        assertThat(rows.node(0).depth()).isZero();
        assertThat(rows.node(1).depth()).isEqualTo(1);
        assertThat(rows.node(2).depth()).isEqualTo(2);
        assertThat(rows.rowOf(3)).isEqualTo(5);
        assertThat(rows.isOpen(0)).isTrue();
        assertThat(rows.isOpen(2)).isFalse();
    }

    @Test
    void aCollapsedHeadingHidesItsRowsAndOpensAgain() {
        TimelineTree tree = TimelineTree.build(small(), Grouping.OUTLINE, null, lightsOn(FEB1));
        String section1 = tree.rows(Set.of()).node(1).key();
        TimelineRows rows = tree.rows(Set.of(section1));
        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.isOpen(1)).isFalse();
        assertThat(rows.rowOf(1)).isEqualTo(-1);
        assertThat(rows.rowOf(3)).isEqualTo(3);
        assertThat(tree.rows(Set.of(tree.roots().get(0).key())).size()).isEqualTo(1);
    }

    @Test
    void aHeadingsSummaryBarSpansItsTasks() {
        TimelineRows rows = TimelineTree.build(small(), Grouping.OUTLINE, null, lightsOn(FEB1)).rows(Set.of());
        Bar section1 = (Bar) rows.node(1).items().get(0);
        assertThat(section1.style()).isEqualTo(BarStyle.SUMMARY);
        // Task 2's period starts 2022-06-01; task 1 is due 2023-03-31.
        assertThat(section1.start()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(section1.end()).isEqualTo(LocalDate.of(2023, 3, 31));
        Bar part = (Bar) rows.node(0).items().get(0);
        // Task 3 is undated: it runs to the horizon, the end of the issue year.
        assertThat(part.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void theHorizonIsTheEndOfTheIssueYearUnlessSet() {
        TimelineTree byDefault = TimelineTree.build(small(), Grouping.OUTLINE, null, lightsOn(FEB1));
        assertThat(byDefault.horizon()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(byDefault.firstDate()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(byDefault.lastDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        TimelineTree set = TimelineTree.build(small(), Grouping.OUTLINE, LocalDate.of(2025, 6, 30), lightsOn(FEB1));
        Bar undated = (Bar) set.rows(Set.of()).node(5).items().get(0);
        assertThat(undated.end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(set.lastDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aPlanWithoutIssueDateStartsAtItsEarliestDate() {
        Plan p = small();
        Plan undated = new Plan(p.id(), p.notice(), p.title(), p.docNumber(), p.issuer(), null, "", p.parts(),
                p.sections(), p.tasks());
        TimelineTree tree = TimelineTree.build(undated, Grouping.OUTLINE, null, lightsOn(FEB1));
        assertThat(tree.planStart()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(tree.horizon()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void colourComesFromTheStatusLightOnTheInjectedDay() {
        Plan p = small();
        TimelineRows early = TimelineTree.build(p, Grouping.OUTLINE, null, lightsOn(FEB1)).rows(Set.of());
        TimelineRows late = TimelineTree.build(p, Grouping.OUTLINE, null, lightsOn(LocalDate.of(2023, 4, 1)))
                .rows(Set.of());
        // Task 2's period ended in 2022: red either way. Task 1 is due 2023-03-31.
        assertThat(early.node(3).light().color()).isEqualTo(LightColor.RED);
        assertThat(early.node(2).light().color()).isNotEqualTo(LightColor.RED);
        assertThat(late.node(2).light().color()).isEqualTo(LightColor.RED);
    }

    @Test
    void swimlanesGroupTasksByLeadUnitElseResponsibleUnits() {
        TimelineRows rows = TimelineTree.build(small(), Grouping.LEAD_UNIT, null, lightsOn(FEB1)).rows(Set.of());
        // Lanes in pinyin order: 省财政厅 (cai) before 省发展改革委 (fa).
        assertThat(rows.node(0).kind()).isEqualTo(RowKind.LANE);
        assertThat(rows.node(0).text()).isEqualTo("省财政厅");
        assertThat(rows.node(1).taskId()).isEqualTo(2);
        assertThat(rows.node(2).text()).isEqualTo("省发展改革委");
        assertThat(rows.node(3).taskId()).isEqualTo(1);
        assertThat(rows.node(4).taskId()).isEqualTo(2);
        assertThat(rows.node(5).text()).as("task 3 names no lead or responsible unit").isEqualTo("未明确牵头单位");
        assertThat(rows.node(6).taskId()).isEqualTo(3);
        assertThat(rows.node(2).taskCount()).isEqualTo(2);
        assertThat(rows.node(1).band()).isZero();
        assertThat(rows.node(3).band()).isEqualTo(1);
        assertThat(rows.rowOf(2)).as("the first lane showing task 2").isEqualTo(1);
    }

    @Test
    void noPlanIsAnEmptyChart() {
        TimelineTree tree = TimelineTree.build(null, Grouping.OUTLINE, null, lightsOn(FEB1));
        assertThat(tree.rows(Set.of()).size()).isZero();
        assertThat(tree.taskCount()).isZero();
    }

    @Test
    void theSamplePlanHasAllItsRowsAndTaskTwentyNinesMilestones() {
        TimelineRows rows = TimelineTree.build(TimelineFixtures.sample(), Grouping.OUTLINE, null, lightsOn(FEB1))
                .rows(Set.of());
        // 3 parts + 21 sections + 47 tasks, as the task tree shows them.
        assertThat(rows.size()).isEqualTo(71);
        TimelineNode t29 = rows.node(rows.rowOf(29));
        assertThat(t29.number()).isEqualTo("29");
        assertThat(t29.items()).filteredOn(ChartItem.MilestoneItem.class::isInstance).hasSize(2);
    }

    @Test
    void aListAcrossPlansPlacesEachTaskByItsOwnPlan() {
        Task a = task(1, "一", List.of(), List.of(), List.of(Assignment.of("省财政厅", Role.LEAD)));
        Task b = task(2, "一", List.of(), List.of(), List.of(Assignment.of("省财政厅", Role.COOPERATING)));
        List<org.luoshi.plan.OutlineRow> rows = List.of(
                org.luoshi.plan.OutlineRow.group("牵头", List.of(org.luoshi.plan.PlanOutline.taskRow(a, "等"))),
                org.luoshi.plan.OutlineRow.group("配合", List.of(org.luoshi.plan.PlanOutline.taskRow(b, "等"),
                        org.luoshi.plan.PlanOutline.taskRow(a, "等"))));
        // Task 1 from a plan issued 2023-01-20, task 2 from one issued 2024-03-01 with its horizon set.
        java.util.function.Function<Task, TaskContext> context = t -> t.id() == 1
                ? new TaskContext(ISSUED, LocalDate.of(2023, 12, 31), null)
                : new TaskContext(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30), null);
        TimelineTree tree = TimelineTree.of(rows, context, Grouping.OUTLINE, FEB1);
        TimelineRows shown = tree.rows(Set.of());
        assertThat(shown.size()).isEqualTo(5);
        assertThat(shown.node(0).kind()).isEqualTo(RowKind.GROUP);
        assertThat(shown.node(0).text()).isEqualTo("牵头");
        Bar first = (Bar) shown.node(1).items().get(0);
        assertThat(first.start()).isEqualTo(ISSUED);
        assertThat(first.end()).isEqualTo(LocalDate.of(2023, 12, 31));
        Bar second = (Bar) shown.node(3).items().get(0);
        assertThat(second.start()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(second.end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(tree.firstDate()).isEqualTo(ISSUED);
        assertThat(tree.lastDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(tree.taskCount()).as("task 1 twice in the list, once in the count").isEqualTo(2);
        // Swimlanes take each task once; task 2 names no lead or responsible unit.
        TimelineRows lanes = TimelineTree.of(rows, context, Grouping.LEAD_UNIT, FEB1).rows(Set.of());
        assertThat(lanes.size()).isEqualTo(4);
        assertThat(lanes.node(0).text()).isEqualTo("省财政厅");
        assertThat(lanes.node(2).text()).isEqualTo("未明确牵头单位");
    }
}
