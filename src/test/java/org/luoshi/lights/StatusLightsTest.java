package org.luoshi.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.report.PaceClass;

/** Lights of task 29 of 晋政办发〔2023〕1号 (issued 2023-01-20) and a few others, on fixed days. */
class StatusLightsTest {
    private static final LocalDate ISSUED = LocalDate.of(2023, 1, 20);

    /** Task 29: due 2023-03-31 and 2023-06-30 (also its milestones), 30% on 2-15, 60% on 3-31. */
    private static final Task TASK29 = new Task(29, 29, "29", "二", "十三", "加快构建统一、实时的电子证照库。",
            List.of(Assignment.of("省审批服务管理局", Role.RESPONSIBLE)), true,
            List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31)), Deadline.by("6月底前", LocalDate.of(2023, 6, 30))),
            List.of(Milestone.of(LocalDate.of(2023, 3, 31), "完成省级电子证照系统升级"),
                    Milestone.of(LocalDate.of(2023, 6, 30), "电子证照同步签发率达到80%")),
            List.of(ProgressEntry.of(LocalDate.of(2023, 2, 15), 30, "目录梳理"),
                    ProgressEntry.of(LocalDate.of(2023, 3, 31), 60, "系统升级完成")),
            TaskStatus.IN_PROGRESS, 59);

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(Locale.getDefault());
    }

    private static StatusLight light(Task task, LocalDate today, LightThresholds thresholds) {
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        return new StatusLights(clock, thresholds).of(task, ISSUED);
    }

    /** The plain rule: no allowance on pace. */
    private static final LightThresholds PLAIN = new LightThresholds(7, 0);

    private static StatusLight light(Task task, LocalDate today) {
        return light(task, today, PLAIN);
    }

    @Test
    void redFiveDaysAfterTheLastDeadline() {
        StatusLight l = light(TASK29, LocalDate.of(2023, 7, 5));
        assertThat(l.color()).isEqualTo(LightColor.RED);
        assertThat(l.reason()).isEqualTo(LightReason.OVERDUE);
        assertThat(l.date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(l.what()).isEqualTo("6月底前");
        assertThat(l.days()).isEqualTo(5);
    }

    @Test
    void yellowThreeDaysBeforeTheMarchDeadline() {
        StatusLight l = light(TASK29, LocalDate.of(2023, 3, 28));
        assertThat(l.color()).isEqualTo(LightColor.YELLOW);
        assertThat(l.reason()).isEqualTo(LightReason.DUE_SOON);
        assertThat(l.date()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(l.what()).isEqualTo("2023年3月底前");
        assertThat(l.days()).isEqualTo(3);
    }

    @Test
    void dueSoonCountsExactlyTheThresholdDays() {
        // 2023-06-23 is 7 days before 06-30; 06-22 is 8 days before.
        assertThat(light(TASK29, LocalDate.of(2023, 6, 23)).color()).isEqualTo(LightColor.YELLOW);
        assertThat(light(TASK29, LocalDate.of(2023, 6, 22), new LightThresholds(7, 100)).color())
                .isEqualTo(LightColor.GREEN);
        assertThat(light(TASK29, LocalDate.of(2023, 6, 22), new LightThresholds(8, 100)).reason())
                .isEqualTo(LightReason.DUE_SOON);
    }

    @Test
    void yellowBehindPaceOnTheFirstOfMay() {
        // 2023-01-20 → 06-30 is 161 days; by 05-01, 101 days are gone: 62% of the time, 60% done.
        StatusLight l = light(TASK29, LocalDate.of(2023, 5, 1));
        assertThat(l.color()).isEqualTo(LightColor.YELLOW);
        assertThat(l.reason()).isEqualTo(LightReason.BEHIND_PACE);
        assertThat(l.elapsedPercent()).isEqualTo(62);
        assertThat(l.progressPercent()).isEqualTo(60);
    }

    @Test
    void aGraceOfAFewPointsKeepsItGreen() {
        StatusLight l = light(TASK29, LocalDate.of(2023, 5, 1), new LightThresholds(7, 5));
        assertThat(l.color()).isEqualTo(LightColor.GREEN);
    }

    @Test
    void greenOnTwentiethOfAprilWithSeventyOneDaysLeft() {
        // 90 of 161 days gone: 55%, and 60% done.
        StatusLight l = light(TASK29, LocalDate.of(2023, 4, 20));
        assertThat(l.color()).isEqualTo(LightColor.GREEN);
        assertThat(l.reason()).isEqualTo(LightReason.ON_TRACK);
        assertThat(l.elapsedPercent()).isEqualTo(55);
        assertThat(l.date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(l.days()).isEqualTo(71);
    }

    @Test
    void blueWhenDoneOrClosedEvenIfLate() {
        assertThat(light(TASK29.withStatus(TaskStatus.DONE), LocalDate.of(2024, 1, 1)))
                .extracting(StatusLight::color, StatusLight::reason).containsExactly(LightColor.BLUE, LightReason.DONE);
        assertThat(light(TASK29.withStatus(TaskStatus.CLOSED), LocalDate.of(2024, 1, 1)).reason())
                .isEqualTo(LightReason.CLOSED);
    }

    @Test
    void onHoldIsJudgedByItsDatesLikeAnyOpenTask() {
        assertThat(light(TASK29.withStatus(TaskStatus.ON_HOLD), LocalDate.of(2023, 7, 5)).color())
                .isEqualTo(LightColor.RED);
    }

    @Test
    void ongoingWorkIsGreenWithoutADate() {
        Task ongoing = TASK29.withDeadlines(List.of(Deadline.ongoing("长期坚持"))).withMilestones(List.of())
                .withProgress(List.of());
        StatusLight l = light(ongoing, LocalDate.of(2030, 1, 1));
        assertThat(l.color()).isEqualTo(LightColor.GREEN);
        assertThat(l.reason()).isEqualTo(LightReason.NO_DATE);
    }

    @Test
    void aRecurringDeadlineTurnsYellowBeforeEachTurnButNeverRed() {
        Task yearly = TASK29.withDeadlines(List.of(Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28)))
                .withMilestones(List.of());
        StatusLight before = light(yearly, LocalDate.of(2024, 2, 25));
        assertThat(before.reason()).isEqualTo(LightReason.DUE_SOON);
        assertThat(before.date()).isEqualTo(LocalDate.of(2024, 2, 28));
        StatusLight after = light(yearly, LocalDate.of(2024, 3, 1));
        assertThat(after.color()).isEqualTo(LightColor.GREEN);
        assertThat(after.date()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aPeriodStartsTheTaskItsOwnTime() {
        // “十四五”期间: 2021-01-01 … 2025-12-31, 1825 days; on 2023-07-02, 912 days are gone: 49%.
        Task period = TASK29.withDeadlines(List.of(Deadline.period("“十四五”期间", LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31)))).withMilestones(List.of()).withProgress(List.of(
                ProgressEntry.of(LocalDate.of(2023, 6, 1), 40, "")));
        StatusLight l = light(period, LocalDate.of(2023, 7, 2));
        assertThat(l.elapsedPercent()).isEqualTo(49);
        assertThat(l.reason()).isEqualTo(LightReason.BEHIND_PACE);
    }

    @Test
    void theDefaultAllowanceIsFivePointsSoTheFirstOfMayIsOnPace() {
        StatusLight l = light(TASK29, LocalDate.of(2023, 5, 1), LightThresholds.DEFAULT);
        assertThat(LightThresholds.DEFAULT.paceGracePercent()).isEqualTo(5);
        assertThat(l.color()).isEqualTo(LightColor.GREEN);
        assertThat(l.pace()).isEqualTo(PaceClass.ON_PACE);
    }

    @Test
    void theLightCarriesThePaceClassOfTheSameDay() {
        assertThat(light(TASK29, LocalDate.of(2023, 7, 5)).pace()).isEqualTo(PaceClass.OVERDUE);
        assertThat(light(TASK29, LocalDate.of(2023, 5, 1)).pace()).isEqualTo(PaceClass.BEHIND);
        assertThat(light(TASK29, LocalDate.of(2023, 4, 20)).pace()).isEqualTo(PaceClass.AHEAD);
        assertThat(light(TASK29.withStatus(TaskStatus.DONE), LocalDate.of(2023, 4, 20)).pace())
                .isEqualTo(PaceClass.DONE);
        Task undated = TASK29.withDeadlines(List.of()).withMilestones(List.of());
        assertThat(light(undated, LocalDate.of(2023, 4, 20)))
                .extracting(StatusLight::color, StatusLight::reason, StatusLight::pace)
                .containsExactly(LightColor.GREEN, LightReason.NO_DATE, PaceClass.NO_DEADLINE);
    }

    @Test
    void hundredPercentReportedAfterTheDeadlineIsGreenNotRed() {
        Task reported = TASK29.withProgress(List.of(ProgressEntry.of(LocalDate.of(2023, 6, 28), 100, "全部完成")));
        StatusLight l = light(reported, LocalDate.of(2023, 7, 5));
        assertThat(l.color()).isEqualTo(LightColor.GREEN);
        assertThat(l.reason()).isEqualTo(LightReason.REPORTED_DONE);
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(LightText.explain(l)).isEqualTo("“6月底前”应于 2023年6月30日 完成，已报送完成 100%，待确认办结。");
    }

    @Test
    void notStartedWhileTimeGoesIsYellow() {
        Task idle = TASK29.withStatus(TaskStatus.NOT_STARTED).withProgress(List.of());
        // 2023-02-01: 12 of 161 days, 7.5 % gone: more than the 5 points allowed.
        StatusLight l = light(idle, LocalDate.of(2023, 2, 1), LightThresholds.DEFAULT);
        assertThat(l.pace()).isEqualTo(PaceClass.NOT_STARTED);
        assertThat(l.reason()).isEqualTo(LightReason.BEHIND_PACE);
        // 2023-01-25: 5 of 161 days, 3.1 %: within the allowance, still green.
        StatusLight early = light(idle, LocalDate.of(2023, 1, 25), LightThresholds.DEFAULT);
        assertThat(early.pace()).isEqualTo(PaceClass.NOT_STARTED);
        assertThat(early.color()).isEqualTo(LightColor.GREEN);
    }

    @Test
    void thresholdsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new LightThresholds(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LightThresholds(7, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTooltipSaysWhyInChineseAndEnglish() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(LightText.explain(light(TASK29, LocalDate.of(2023, 7, 5))))
                .isEqualTo("已逾期 5 天：“6月底前”应于 2023年6月30日 完成。");
        assertThat(LightText.explain(light(TASK29, LocalDate.of(2023, 3, 28))))
                .isEqualTo("“2023年3月底前”将于 2023年3月31日 到期，还有 3 天。");
        assertThat(LightText.explain(light(TASK29, LocalDate.of(2023, 5, 1))))
                .isEqualTo("进度滞后：时间已过 62%，进展仅 60%（2023年6月30日 到期）。");
        // The same words and unit as the reminder centre, no thousands separator.
        assertThat(LightText.explain(light(TASK29, LocalDate.of(2026, 12, 6))))
                .isEqualTo("已逾期 1255 天：“6月底前”应于 2023年6月30日 完成。");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(LightText.explain(light(TASK29, LocalDate.of(2023, 7, 1))))
                .isEqualTo("Overdue by 1 day: “6月底前” was due on June 30, 2023.");
    }
}
