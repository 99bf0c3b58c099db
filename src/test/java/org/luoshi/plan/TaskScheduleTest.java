package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskScheduleTest {

    private static Task task(List<Deadline> deadlines, List<Milestone> milestones) {
        return new Task(1, 1, "1", null, null, "任务", List.of(), false, deadlines, milestones, List.of(), null, 0);
    }

    @Test
    void theLatestDeadlineIsTheFinalDueDateAndPointsComeByDate() {
        TaskSchedule s = TaskSchedule.of(task(List.of(Deadline.by("6月底前", LocalDate.of(2023, 6, 30)),
                        Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31))),
                List.of(Milestone.of(LocalDate.of(2023, 5, 15), "中期评估"))), LocalDate.of(2023, 1, 20),
                LocalDate.of(2023, 1, 1));
        assertThat(s.finalDue()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(s.start()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(s.points()).extracting(DatedPoint::what).containsExactly("2023年3月底前", "中期评估", "6月底前");
        assertThat(s.nextOnOrAfter(LocalDate.of(2023, 4, 1)).what()).isEqualTo("中期评估");
        assertThat(s.nextOnOrAfter(LocalDate.of(2023, 7, 1))).isNull();
        assertThat(s.hasPointBetween(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31))).isTrue();
        assertThat(s.hasPointBetween(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30))).isFalse();
    }

    @Test
    void withoutDeadlineDatesTheLastMilestoneIsDue() {
        TaskSchedule s = TaskSchedule.of(task(List.of(Deadline.within("2个工作日内", 2, SpanUnit.WORKING_DAYS)),
                List.of(Milestone.of(LocalDate.of(2023, 9, 1), "b"), Milestone.of(LocalDate.of(2023, 8, 1), "a"))),
                null, LocalDate.of(2023, 1, 1));
        assertThat(s.finalDue()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(s.start()).isNull();
    }

    @Test
    void fromAndPeriodStartTheTaskItself() {
        TaskSchedule s = TaskSchedule.of(task(List.of(Deadline.from("2023年起", LocalDate.of(2023, 1, 1)),
                Deadline.period("2022年6月至12月期间", LocalDate.of(2022, 6, 1), LocalDate.of(2022, 12, 31))), List.of()),
                LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 1));
        assertThat(s.start()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(s.finalDue()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void recurringDeadlinesComeBack() {
        assertThat(next(Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28), 2023, 2, 28)).isEqualTo("2023-02-28");
        assertThat(next(Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28), 2023, 3, 1)).isEqualTo("2024-02-28");
        assertThat(next(Deadline.recurring("每年年底前", Recurrence.YEARLY, null, null), 2023, 3, 1)).isEqualTo("2023-12-31");
        assertThat(next(Deadline.recurring("每季度", Recurrence.QUARTERLY, null, null), 2023, 5, 10)).isEqualTo("2023-06-30");
        assertThat(next(Deadline.recurring("每季度", Recurrence.QUARTERLY, null, null), 2023, 12, 31)).isEqualTo("2023-12-31");
        assertThat(next(Deadline.recurring("每季度末月25日前", Recurrence.QUARTERLY, null, 25), 2023, 9, 26))
                .isEqualTo("2023-12-25");
        assertThat(next(Deadline.recurring("每半年", Recurrence.HALF_YEARLY, null, null), 2023, 7, 1)).isEqualTo("2023-12-31");
        assertThat(next(Deadline.recurring("每月28日前", Recurrence.MONTHLY, null, 28), 2023, 5, 29)).isEqualTo("2023-06-28");
        assertThat(next(Deadline.recurring("每月底前", Recurrence.MONTHLY, null, 31), 2023, 2, 3)).isEqualTo("2023-02-28");
    }

    private static String next(Deadline d, int y, int m, int day) {
        return TaskSchedule.nextOccurrence(d, LocalDate.of(y, m, day)).toString();
    }
}
