package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.timeline.TimelineFixtures.ISSUED;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.Task;
import org.luoshi.timeline.ChartItem.Bar;
import org.luoshi.timeline.ChartItem.Mark;
import org.luoshi.timeline.ChartItem.MarkKind;
import org.luoshi.timeline.ChartItem.MilestoneItem;

/**
 * Issue 17 on the chart: task 29 (6月底前, issued 2023-01-20) with an approved extension to 2023-09-30. Its bar
 * runs to the adjusted date, its 6-30 diamond moves with the deadline, a ghost stands at 6-30, and the hover
 * says 原定 / 调整后.
 */
class MovedDeadlineTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final LocalDate HORIZON = LocalDate.of(2023, 12, 31);
    private static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);
    private static final LocalDate SEPT_30 = LocalDate.of(2023, 9, 30);
    private static final DeadlineMove MOVE = new DeadlineMove(JUNE_30, SEPT_30);

    private final Plan sample = TimelineFixtures.sample();
    private final Task t29 = TimelineFixtures.task29(sample);

    @Test
    void theBarRunsToTheAdjustedDateAndAGhostStandsAtTheOriginal() {
        List<ChartItem> items = TaskItems.of(t29, ISSUED, HORIZON, MOVE);
        Bar bar = (Bar) items.get(0);
        assertThat(bar.start()).isEqualTo(ISSUED);
        assertThat(bar.end()).isEqualTo(SEPT_30);
        assertThat(bar.style()).isEqualTo(BarStyle.SOLID);
        assertThat(bar.endHandle()).as("the adjusted date is the request's, not a date of the plan to drag").isNull();
        assertThat(bar.endLabel()).as("the moved diamond says the date").isFalse();
        assertThat(items).filteredOn(Mark.class::isInstance).singleElement()
                .isEqualTo(new Mark(JUNE_30, MarkKind.ORIGINAL, "2023-09-30", null));
        assertThat(items).filteredOn(MilestoneItem.class::isInstance).map(i -> (MilestoneItem) i)
                .extracting(i -> i.milestone().date(), i -> i.handle() == null)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 3, 31), false),
                        org.assertj.core.groups.Tuple.tuple(SEPT_30, true));
        assertThat(t29.milestones()).extracting(m -> m.date()).as("the task keeps its dates")
                .contains(JUNE_30).doesNotContain(SEPT_30);
    }

    @Test
    void noMoveOrAMoveFromAnotherDayDrawsTheTaskAsItIs() {
        List<ChartItem> plain = TaskItems.of(t29, ISSUED, HORIZON);
        assertThat(TaskItems.of(t29, ISSUED, HORIZON, null)).isEqualTo(plain);
        assertThat(TaskItems.of(t29, ISSUED, HORIZON, new DeadlineMove(LocalDate.of(2023, 5, 31), SEPT_30)))
                .isEqualTo(plain);
        assertThat(DeadlineMove.of(JUNE_30, JUNE_30)).isNull();
        assertThat(DeadlineMove.of(null, SEPT_30)).isNull();
        assertThat(DeadlineMove.of(JUNE_30, SEPT_30)).isEqualTo(MOVE);
    }

    @Test
    void aMoveWithoutMilestonesWritesTheAdjustedDateAfterTheBar() {
        Task t = TimelineFixtures.task(1, Deadline.by("2023年6月底前", JUNE_30));
        Bar bar = (Bar) TaskItems.of(t, ISSUED, HORIZON, MOVE).get(0);
        assertThat(bar.end()).isEqualTo(SEPT_30);
        assertThat(bar.endLabel()).isTrue();
    }

    private TimelineRows rows() {
        return TimelineTree.of(PlanOutline.of(sample, "等"),
                t -> new TaskContext(ISSUED, HORIZON, null, t.id() == t29.id() ? MOVE : null), Grouping.OUTLINE,
                LocalDate.of(2023, 7, 10)).rows(Set.of());
    }

    @Test
    void theHoverSaysTheOriginalAndTheAdjustedDate() {
        TimelineRows rows = rows();
        List<String> lines = TaskSummary.lines(rows.node(rows.rowOf(29)), null);
        assertThat(lines).contains("原定：2023年6月30日；调整后：2023年9月30日（延期已批准）");
        assertThat(lines).contains("完成时限：2023年3月底前；6月底前");
        assertThat(TaskSummary.lines(rows.node(rows.rowOf(28)), null)).noneMatch(l -> l.startsWith("原定"));
    }

    @Test
    void theGhostIsAFaintDashedUprightAtTheEndOfJuneThirtyWithItsDate() {
        TimelineRows rows = rows();
        int row29 = rows.rowOf(29);
        ChartMetrics m = ChartMetrics.SCREEN.withNameWidth(300);
        ChartFrame frame = new ChartFrame(0, 0, 1000, 600, 300, m.headerHeight(), 0, row29 * m.rowHeight() - 100);
        Drawing d = ChartDrawing.build(rows, new TimeScale(LocalDate.of(2023, 1, 1), 2.5), frame, m,
                new ChartState(LocalDate.of(2023, 7, 10), 0, null, "任务"), TextMeasure.APPROXIMATE);
        // 300 px of names, 2.5 px a day from 2023-01-01: June 30 is day 180, its end at 300 + 181 × 2.5 = 752.5;
        // September 30 is day 272, its diamond in the middle of the day at 300 + 272.5 × 2.5 = 981.25.
        List<Draw.Line> ghost = d.all(Draw.Line.class).stream().filter(l -> l.ink() == Ink.GHOST).toList();
        assertThat(ghost).hasSizeGreaterThan(2).allSatisfy(l -> {
            assertThat(l.x1()).isEqualTo(752.5);
            assertThat(l.x2()).isEqualTo(752.5);
            assertThat(l.y2() - l.y1()).isLessThanOrEqualTo(ChartDrawing.GHOST_DASH);
        });
        for (int i = 1; i < ghost.size(); i++) {
            assertThat(ghost.get(i).y1() - ghost.get(i - 1).y2()).as("a gap between dashes").isPositive();
        }
        assertThat(d.all(Draw.Diamond.class)).extracting(Draw.Diamond::cx).contains(523.75, 981.25)
                .doesNotContain(751.25);
        assertThat(d.all(Draw.Text.class)).extracting(Draw.Text::text).contains("原定6月30日");
        assertThat(Palette.DEFAULT.argb(Ink.GHOST) >>> 24).as("faint: translucent").isLessThan(0xFF);
    }
}
