package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.timeline.TimelineFixtures.ISSUED;
import static org.luoshi.timeline.TimelineFixtures.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.timeline.ChartItem.Bar;
import org.luoshi.timeline.ChartItem.Mark;
import org.luoshi.timeline.ChartItem.MarkKind;
import org.luoshi.timeline.ChartItem.MilestoneItem;

/** What each kind of time limit puts in a task's row. */
class TaskItemsTest {
    private static final LocalDate HORIZON = LocalDate.of(2023, 12, 31);

    private static List<ChartItem> items(Task t) {
        return TaskItems.of(t, ISSUED, HORIZON);
    }

    private static Bar bar(List<ChartItem> items) {
        return items.stream().filter(Bar.class::isInstance).map(Bar.class::cast).findFirst().orElseThrow();
    }

    @Test
    void byRunsFromThePlansIssueDateToTheDeadline() {
        Bar bar = bar(items(task(1, Deadline.by("2023年6月底前", LocalDate.of(2023, 6, 30)))));
        assertThat(bar.start()).isEqualTo(ISSUED);
        assertThat(bar.end()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(bar.style()).isEqualTo(BarStyle.SOLID);
        assertThat(bar.endHandle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 0));
        assertThat(bar.startHandle()).isNull();
        assertThat(bar.endLabel()).isTrue();
    }

    @Test
    void byRunsFromTheTasksOwnStartWhenItHasOne() {
        Bar bar = bar(items(task(1, Deadline.from("2023年3月起", LocalDate.of(2023, 3, 1)),
                Deadline.by("2023年底前", LocalDate.of(2023, 12, 31)))));
        assertThat(bar.start()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(bar.end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(bar.style()).isEqualTo(BarStyle.SOLID);
        assertThat(bar.startHandle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 0));
        assertThat(bar.endHandle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 1));
    }

    @Test
    void taskTwentyNineOfTheSamplePlanHasOneBarAndTwoDiamonds() {
        Task t29 = TimelineFixtures.task29(TimelineFixtures.sample());
        List<ChartItem> items = items(t29);
        Bar bar = bar(items);
        assertThat(bar.start()).isEqualTo(ISSUED);
        assertThat(bar.end()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(bar.endLabel()).as("the 6-30 diamond says the date already").isFalse();
        assertThat(items).filteredOn(MilestoneItem.class::isInstance).extracting(i -> ((MilestoneItem) i).milestone().date())
                .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
        assertThat(items).as("no extra mark where a diamond already sits").noneMatch(Mark.class::isInstance);
    }

    @Test
    void anEarlierByDateWithoutAMilestoneIsAMarkOnTheBar() {
        List<ChartItem> items = items(task(1, Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31)),
                Deadline.by("6月底前", LocalDate.of(2023, 6, 30))));
        assertThat(bar(items).end()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(items).filteredOn(Mark.class::isInstance).singleElement()
                .isEqualTo(new Mark(LocalDate.of(2023, 3, 31), MarkKind.DUE, "2023年3月底前",
                        DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 0)));
    }

    @Test
    void periodSpansItsRangeWithBothEndsDraggable() {
        Bar bar = bar(items(task(47, Deadline.period("2022年6月至12月期间", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 12, 31)))));
        assertThat(bar.start()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(bar.end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(bar.style()).isEqualTo(BarStyle.SOLID);
        assertThat(bar.startHandle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.PERIOD_START, 0));
        assertThat(bar.endHandle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.PERIOD_END, 0));
    }

    @Test
    void fromStartsOnItsDateAndFadesToTheHorizon() {
        Bar bar = bar(items(task(34, Deadline.from("2023年起", LocalDate.of(2023, 1, 1)))));
        assertThat(bar.style()).isEqualTo(BarStyle.FADING);
        assertThat(bar.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(bar.end()).isEqualTo(HORIZON);
        assertThat(bar.startHandle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 0));
    }

    @Test
    void fromCloseToTheHorizonStillFadesOverNinetyDays() {
        Bar bar = bar(items(task(1, Deadline.from("2023年12月起", LocalDate.of(2023, 12, 1)))));
        assertThat(bar.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void ongoingAndUndatedWorkIsHatchedToTheHorizon() {
        for (Task t : List.of(task(1, Deadline.ongoing("长期坚持")), task(2))) {
            Bar bar = bar(items(t));
            assertThat(bar.style()).isEqualTo(BarStyle.HATCHED);
            assertThat(bar.start()).isEqualTo(ISSUED);
            assertThat(bar.end()).isEqualTo(HORIZON);
            assertThat(bar.startHandle()).isNull();
            assertThat(bar.endHandle()).isNull();
        }
    }

    @Test
    void withinIsAMarkAtTheStartWithItsPhrase() {
        List<ChartItem> items = items(task(36, Deadline.by("2023年底前", LocalDate.of(2023, 12, 31)),
                Deadline.within("2个工作日内", 2, SpanUnit.WORKING_DAYS)));
        assertThat(items).filteredOn(Mark.class::isInstance).singleElement()
                .isEqualTo(new Mark(ISSUED, MarkKind.WITHIN, "2个工作日内", null));
    }

    @Test
    void recurringShowsAMarkOnEveryTurnUpToTheHorizon() {
        List<ChartItem> quarterly = items(task(1, Deadline.recurring("每季度", Recurrence.QUARTERLY, null, null)));
        assertThat(bar(quarterly).style()).isEqualTo(BarStyle.HATCHED);
        assertThat(quarterly).filteredOn(Mark.class::isInstance).extracting(i -> ((Mark) i).date())
                .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30),
                        LocalDate.of(2023, 12, 31));
        List<ChartItem> yearly = TaskItems.of(task(2, Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, null)),
                ISSUED, LocalDate.of(2025, 12, 31));
        assertThat(yearly).filteredOn(Mark.class::isInstance).extracting(i -> ((Mark) i).date())
                .containsExactly(LocalDate.of(2023, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28));
    }

    @Test
    void aDeadlineBeforeThePlanWasIssuedIsADayLong() {
        Bar bar = bar(items(task(1, Deadline.by("2022年底前", LocalDate.of(2022, 12, 31)))));
        assertThat(bar.start()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(bar.end()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void milestonesAloneSetTheBarsEnd() {
        Task t = task(5, "一", List.of(), List.of(new Milestone(51, LocalDate.of(2023, 5, 15), "开通"),
                new Milestone(52, LocalDate.of(2023, 3, 1), "上线")), List.of(Assignment.of("省政府办公厅", Role.LEAD)));
        List<ChartItem> items = items(t);
        Bar bar = bar(items);
        assertThat(bar.end()).isEqualTo(LocalDate.of(2023, 5, 15));
        assertThat(bar.endHandle()).as("the last diamond is the handle").isNull();
        assertThat(items).filteredOn(MilestoneItem.class::isInstance).extracting(i -> ((MilestoneItem) i).handle())
                .containsExactly(DragTarget.milestone(52), DragTarget.milestone(51));
    }

    @Test
    void aDragPreviewMovesOnlyTheDraggedHandle() {
        Bar bar = new Bar(ISSUED, LocalDate.of(2023, 6, 30), BarStyle.SOLID, null,
                DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 1), true);
        assertThat(bar.moved(DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 1), LocalDate.of(2023, 7, 15)))
                .isEqualTo(new Bar(ISSUED, LocalDate.of(2023, 7, 15), BarStyle.SOLID, null,
                        DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 1), true));
        assertThat(bar.moved(DragTarget.milestone(3), LocalDate.of(2023, 7, 15))).isSameAs(bar);
    }
}
