package org.luoshi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * Pace of task 29 of 晋政办发〔2023〕1号 (issued 2023-01-20) and variations of it; every share below is
 * counted by hand in days.
 */
class PaceRulesTest {
    private static final LocalDate ISSUED = LocalDate.of(2023, 1, 20);
    private static final PaceRules PLAIN = new PaceRules(0);
    private static final PaceRules FIVE = new PaceRules(5);

    /** Task 29: due 2023-03-31 and 2023-06-30 (also its milestones), 30% on 2-15, 60% on 3-31. */
    private static final Task TASK29 = new Task(29, 29, "29", "二", "十三", "加快构建统一、实时的电子证照库。",
            List.of(Assignment.of("省审批服务管理局", Role.RESPONSIBLE)), true,
            List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31)), Deadline.by("6月底前", LocalDate.of(2023, 6, 30))),
            List.of(Milestone.of(LocalDate.of(2023, 3, 31), "完成省级电子证照系统升级"),
                    Milestone.of(LocalDate.of(2023, 6, 30), "电子证照同步签发率达到80%")),
            List.of(ProgressEntry.of(LocalDate.of(2023, 2, 15), 30, "目录梳理"),
                    ProgressEntry.of(LocalDate.of(2023, 3, 31), 60, "系统升级完成")),
            TaskStatus.IN_PROGRESS, 59);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Task reported(Task t, int percent) {
        return t.withProgress(List.of(ProgressEntry.of(d(2023, 3, 1), percent, "")));
    }

    @Test
    void theShareRunsFromTheIssueDateToTheLastDeadline() {
        // 2023-01-20 → 06-30 is 161 days; by 05-01, 101 are gone: 62.7 %, and 60 % reported.
        TaskPace p = PLAIN.of(TASK29, ISSUED, d(2023, 5, 1));
        assertThat(p.start()).isEqualTo(ISSUED);
        assertThat(p.end()).isEqualTo(d(2023, 6, 30));
        assertThat(p.span()).isEqualTo(161);
        assertThat(p.gone()).isEqualTo(101);
        assertThat(p.sharePercent()).isEqualTo(62);
        assertThat(p.percent()).isEqualTo(60);
        assertThat(p.pace()).isEqualTo(PaceClass.BEHIND);
        // 2.7 points behind is within an allowance of 5.
        assertThat(FIVE.of(TASK29, ISSUED, d(2023, 5, 1)).pace()).isEqualTo(PaceClass.ON_PACE);
    }

    @Test
    void aheadOnlyBeyondTheAllowance() {
        // 04-20: 90 of 161 days, 55.9 %; 60 % reported is 4.1 points ahead.
        assertThat(PLAIN.of(TASK29, ISSUED, d(2023, 4, 20)).pace()).isEqualTo(PaceClass.AHEAD);
        assertThat(new PaceRules(4).of(TASK29, ISSUED, d(2023, 4, 20)).pace()).isEqualTo(PaceClass.AHEAD);
        assertThat(FIVE.of(TASK29, ISSUED, d(2023, 4, 20)).pace()).isEqualTo(PaceClass.ON_PACE);
    }

    @Test
    void theLatestReportCounts() {
        // The latest entry (60 % of 03-31) counts whatever the day it is reckoned on, as the lights read it.
        assertThat(PLAIN.of(TASK29, ISSUED, d(2023, 2, 20)).percent()).isEqualTo(60);
    }

    @Test
    void aDeadlineTodayMeansAllTheTimeIsGoneButNotYetOverdue() {
        Task byMarch = TASK29.withDeadlines(List.of(Deadline.by("2023年3月底前", d(2023, 3, 31))))
                .withMilestones(List.of());
        TaskPace today = FIVE.of(byMarch, ISSUED, d(2023, 3, 31));
        assertThat(today.sharePercent()).isEqualTo(100);
        assertThat(today.pace()).isEqualTo(PaceClass.BEHIND);
        assertThat(FIVE.of(byMarch, ISSUED, d(2023, 4, 1)).pace()).isEqualTo(PaceClass.OVERDUE);
    }

    @Test
    void overdueTheDayAfterTheLastDeadlineWhateverTheAllowance() {
        assertThat(new PaceRules(100).of(TASK29, ISSUED, d(2023, 7, 1)).pace()).isEqualTo(PaceClass.OVERDUE);
        assertThat(FIVE.of(TASK29.withStatus(TaskStatus.ON_HOLD), ISSUED, d(2023, 7, 1)).pace())
                .isEqualTo(PaceClass.OVERDUE);
        assertThat(FIVE.of(TASK29.withStatus(TaskStatus.NOT_STARTED).withProgress(List.of()), ISSUED,
                d(2023, 7, 1)).pace()).isEqualTo(PaceClass.OVERDUE);
    }

    @Test
    void hundredPercentReportedButNotMarkedDoneIsNeverLate() {
        Task all = reported(TASK29, 100);
        assertThat(FIVE.of(all, ISSUED, d(2023, 3, 10)).pace()).isEqualTo(PaceClass.AHEAD);
        assertThat(FIVE.of(all, ISSUED, d(2023, 6, 30)).pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(FIVE.of(all, ISSUED, d(2023, 9, 1)).pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(FIVE.of(reported(TASK29, 99), ISSUED, d(2023, 9, 1)).pace()).isEqualTo(PaceClass.OVERDUE);
    }

    @Test
    void doneOrClosedIsDoneWithOrWithoutAPercent() {
        TaskPace done = FIVE.of(TASK29.withStatus(TaskStatus.DONE).withProgress(List.of()), ISSUED, d(2024, 1, 1));
        assertThat(done.pace()).isEqualTo(PaceClass.DONE);
        assertThat(done.percent()).isEqualTo(-1);
        assertThat(FIVE.of(TASK29.withStatus(TaskStatus.CLOSED), ISSUED, d(2024, 1, 1)).pace())
                .isEqualTo(PaceClass.DONE);
        Task undatedDone = TASK29.withDeadlines(List.of()).withMilestones(List.of()).withStatus(TaskStatus.DONE);
        assertThat(FIVE.of(undatedDone, ISSUED, d(2023, 3, 28)).pace()).isEqualTo(PaceClass.DONE);
    }

    @Test
    void notStartedUntilSomethingAboveZeroIsReported() {
        Task idle = TASK29.withStatus(TaskStatus.NOT_STARTED).withProgress(List.of());
        assertThat(FIVE.of(idle, ISSUED, d(2023, 5, 1)).pace()).isEqualTo(PaceClass.NOT_STARTED);
        assertThat(FIVE.of(reported(idle, 0), ISSUED, d(2023, 5, 1)).pace()).isEqualTo(PaceClass.NOT_STARTED);
        // Marked 进行中 without a report: 0 % against 62.7 % of the time.
        assertThat(FIVE.of(idle.withStatus(TaskStatus.IN_PROGRESS), ISSUED, d(2023, 5, 1)).pace())
                .isEqualTo(PaceClass.BEHIND);
        assertThat(FIVE.of(reported(idle, 70), ISSUED, d(2023, 5, 1)).pace()).isEqualTo(PaceClass.AHEAD);
    }

    @Test
    void aStartAfterTodayHasNoTimeGone() {
        Task next = TASK29.withDeadlines(List.of(Deadline.period("2024年", d(2024, 1, 1), d(2024, 12, 31))))
                .withMilestones(List.of()).withProgress(List.of());
        TaskPace p = FIVE.of(next, ISSUED, d(2023, 3, 28));
        assertThat(p.start()).isEqualTo(d(2024, 1, 1));
        assertThat(p.gone()).isZero();
        assertThat(p.sharePercent()).isZero();
        assertThat(p.pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(FIVE.of(next.withStatus(TaskStatus.NOT_STARTED), ISSUED, d(2023, 3, 28)).pace())
                .isEqualTo(PaceClass.NOT_STARTED);
        assertThat(FIVE.of(reported(next, 10), ISSUED, d(2023, 3, 28)).pace()).isEqualTo(PaceClass.AHEAD);
    }

    @Test
    void milestonesAloneSetTheEnd() {
        Task milestones = TASK29.withDeadlines(List.of());
        TaskPace p = PLAIN.of(milestones, ISSUED, d(2023, 5, 1));
        assertThat(p.end()).isEqualTo(d(2023, 6, 30));
        assertThat(p.pace()).isEqualTo(PaceClass.BEHIND);
        assertThat(PLAIN.of(milestones, ISSUED, d(2023, 7, 1)).pace()).isEqualTo(PaceClass.OVERDUE);
    }

    @Test
    void theFourteenthFiveYearPlanPeriodIsItsOwnSpan() {
        // “十四五”期间: 2021-01-01 … 2025-12-31 is 1825 days; on 2023-07-02, 912 are gone: 49.97 %.
        Task period = TASK29.withDeadlines(List.of(Deadline.period("“十四五”期间", d(2021, 1, 1), d(2025, 12, 31))))
                .withMilestones(List.of());
        TaskPace p = FIVE.of(reported(period, 40), ISSUED, d(2023, 7, 2));
        assertThat(p.start()).isEqualTo(d(2021, 1, 1));
        assertThat(p.span()).isEqualTo(1825);
        assertThat(p.gone()).isEqualTo(912);
        assertThat(p.pace()).isEqualTo(PaceClass.BEHIND);
        assertThat(FIVE.of(reported(period, 45), ISSUED, d(2023, 7, 2)).pace()).isEqualTo(PaceClass.ON_PACE);
        // 54 % is 4.03 points ahead, 55 % is 5.03.
        assertThat(FIVE.of(reported(period, 54), ISSUED, d(2023, 7, 2)).pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(FIVE.of(reported(period, 55), ISSUED, d(2023, 7, 2)).pace()).isEqualTo(PaceClass.AHEAD);
        assertThat(FIVE.of(reported(period, 90), ISSUED, d(2026, 1, 1)).pace()).isEqualTo(PaceClass.OVERDUE);
    }

    @Test
    void fromAYearOnIsMeasuredOverTheCalendarYearAndNeverOverdue() {
        // 2023年起: on 2023-07-02, 182 of the 364 days from 01-01 to 12-31: exactly 50 %.
        Task from = TASK29.withDeadlines(List.of(Deadline.from("2023年起", d(2023, 1, 1)))).withMilestones(List.of());
        TaskPace p = PLAIN.of(reported(from, 50), ISSUED, d(2023, 7, 2));
        assertThat(p.start()).isEqualTo(d(2023, 1, 1));
        assertThat(p.end()).isEqualTo(d(2023, 12, 31));
        assertThat(p.gone()).isEqualTo(182);
        assertThat(p.span()).isEqualTo(364);
        assertThat(p.pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(FIVE.of(reported(from, 40), ISSUED, d(2023, 7, 2)).pace()).isEqualTo(PaceClass.BEHIND);
        // The next year starts a new period: 2024-03-01 is day 60 of 365.
        TaskPace later = FIVE.of(reported(from, 40), ISSUED, d(2024, 3, 1));
        assertThat(later.start()).isEqualTo(d(2024, 1, 1));
        assertThat(later.gone()).isEqualTo(60);
        assertThat(later.pace()).isEqualTo(PaceClass.AHEAD);
    }

    @Test
    void ongoingWorkStartsAtTheIssueDateInItsFirstYear() {
        // 长期坚持 in a plan issued 2023-01-20: 2023-01-20 → 12-31 is 345 days; 03-28 is day 67: 19.4 %.
        Task ongoing = TASK29.withDeadlines(List.of(Deadline.ongoing("长期坚持"))).withMilestones(List.of());
        TaskPace p = FIVE.of(reported(ongoing, 15), ISSUED, d(2023, 3, 28));
        assertThat(p.start()).isEqualTo(ISSUED);
        assertThat(p.span()).isEqualTo(345);
        assertThat(p.gone()).isEqualTo(67);
        assertThat(p.pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(FIVE.of(reported(ongoing, 10), ISSUED, d(2023, 3, 28)).pace()).isEqualTo(PaceClass.BEHIND);
        // 2030-12-31 is the last day of that year's period: all its time is gone.
        assertThat(FIVE.of(reported(ongoing, 15), ISSUED, d(2030, 12, 31)).pace()).isEqualTo(PaceClass.BEHIND);
    }

    @Test
    void recurringWorkIsMeasuredFromTheLastTurnToTheNext() {
        // 每季度 on 2023-05-16: from 03-31 to 06-30 is 91 days, 46 gone: 50.5 %.
        Task quarterly = TASK29.withDeadlines(List.of(Deadline.recurring("每季度", Recurrence.QUARTERLY, null, null)))
                .withMilestones(List.of());
        TaskPace p = FIVE.of(reported(quarterly, 50), ISSUED, d(2023, 5, 16));
        assertThat(p.start()).isEqualTo(d(2023, 3, 31));
        assertThat(p.end()).isEqualTo(d(2023, 6, 30));
        assertThat(p.span()).isEqualTo(91);
        assertThat(p.gone()).isEqualTo(46);
        assertThat(p.pace()).isEqualTo(PaceClass.ON_PACE);
        // Years later it is still measured on its current quarter, never overdue.
        assertThat(FIVE.of(reported(quarterly, 50), ISSUED, d(2030, 1, 2)).pace()).isEqualTo(PaceClass.AHEAD);
    }

    @Test
    void undatedTasksHaveNoTimeLimitNeverOnPace() {
        Task none = TASK29.withDeadlines(List.of()).withMilestones(List.of()).withProgress(List.of());
        assertThat(FIVE.of(none, ISSUED, d(2023, 3, 28)).pace()).isEqualTo(PaceClass.NO_DEADLINE);
        assertThat(FIVE.of(none.withStatus(TaskStatus.NOT_STARTED), ISSUED, d(2023, 3, 28)).pace())
                .isEqualTo(PaceClass.NO_DEADLINE);
        Task within = none.withDeadlines(List.of(Deadline.within("2个工作日内", 2, SpanUnit.WORKING_DAYS)));
        TaskPace p = FIVE.of(within, ISSUED, d(2023, 3, 28));
        assertThat(p.pace()).isEqualTo(PaceClass.NO_DEADLINE);
        assertThat(p.sharePercent()).isEqualTo(-1);
    }

    @Test
    void withoutAnIssueDateAStartedTaskHasNoShareToLag() {
        TaskPace p = FIVE.of(TASK29.withProgress(List.of()), (LocalDate) null, d(2023, 5, 1));
        assertThat(p.start()).isNull();
        assertThat(p.sharePercent()).isEqualTo(-1);
        assertThat(p.pace()).isEqualTo(PaceClass.ON_PACE);
        assertThat(FIVE.of(TASK29, (LocalDate) null, d(2023, 7, 1)).pace()).isEqualTo(PaceClass.OVERDUE);
    }

    @Test
    void labelsInBothLanguages() {
        assertThat(PaceClass.values()).extracting(PaceClass::chinese)
                .containsExactly("已完成", "超序时", "达序时", "欠序时", "未启动", "已逾期", "无时限");
        assertThat(PaceClass.BEHIND.english()).isEqualTo("Behind pace");
    }

    @Test
    void allowanceOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new PaceRules(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaceRules(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
