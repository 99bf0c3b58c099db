package org.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

class RecurringDatesTest {
    private static final Deadline MONTHLY_28 = Deadline.recurring("每月28日前", Recurrence.MONTHLY, null, 28);

    @Test
    void monthlyByTheTwentyEighth() {
        assertThat(RecurringDates.between(MONTHLY_28, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)))
                .containsExactly(LocalDate.of(2024, 1, 28), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 28));
        assertThat(RecurringDates.between(MONTHLY_28, LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 27))).isEmpty();
        assertThat(RecurringDates.previous(MONTHLY_28, LocalDate.of(2024, 3, 1))).contains(LocalDate.of(2024, 2, 28));
    }

    @Test
    void otherRhythms() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        assertThat(RecurringDates.between(Deadline.recurring("每季度", Recurrence.QUARTERLY, null, null), from, to))
                .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30),
                        LocalDate.of(2024, 12, 31));
        assertThat(RecurringDates.between(Deadline.recurring("每半年", Recurrence.HALF_YEARLY, null, null), from, to))
                .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        assertThat(RecurringDates.between(Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28), from, to))
                .containsExactly(LocalDate.of(2024, 2, 28));
        assertThat(RecurringDates.between(Deadline.recurring("每月底", Recurrence.MONTHLY, null, null),
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(RecurringDates.between(Deadline.by("年底前", to), from, to)).isEmpty();
    }

    @Test
    void aMonthlyReportDateGetsWorkingDayRemindersEveryMonth() {
        Task report = new Task(11, 1, "1", null, null, "每月28日前报送工作进展。",
                List.of(Assignment.of("省发展改革委", Role.LEAD)), false, List.of(MONTHLY_28), List.of(), List.of(),
                TaskStatus.IN_PROGRESS, 1);
        Plan plan = new Plan(3, null, "月报", null, null, LocalDate.of(2024, 1, 10), null, List.of(), List.of(),
                List.of(report));
        List<DueItem> items = DueItems.of(plan,
                new DueItems.Window(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29), false));
        assertThat(items).extracting(DueItem::key).containsExactly("t11:every:2024-01-28", "t11:every:2024-02-28");
        assertThat(items.get(0).kind()).isEqualTo(DueKind.RECURRING);
        assertThat(items.get(0).limit()).isEqualTo("每月28日前");
        assertThat(items.get(0).title()).isEqualTo("每月28日前报送工作进展");

        ReminderSchedule s = ReminderSchedule.of(items, ReminderRuleBook.DEFAULTS, WorkingDayCalendar.bundled());
        // By hand. 2024-01-28 is a Sunday: 7 working days back is Thursday 18 January.
        // 2024-02-28 (Wed): 27, 26, 23 (Fri), 22, 21, 20, 19 — after the Spring Festival week of 10–17 Feb.
        assertThat(s.reminders()).filteredOn(r -> r.offset() == 7).extracting(Reminder::date)
                .containsExactly(LocalDate.of(2024, 1, 18), LocalDate.of(2024, 2, 19));
        assertThat(s.reminders()).filteredOn(r -> r.offset() == 3).extracting(Reminder::date)
                .containsExactly(LocalDate.of(2024, 1, 24), LocalDate.of(2024, 2, 23));
    }

    @Test
    void theWindowNeverReachesBeforeThePlanWasIssuedAndCanKeepThePreviousOccurrence() {
        Task report = new Task(11, 1, "1", null, null, "每月28日前报送。", List.of(), false, List.of(MONTHLY_28),
                List.of(), List.of(), TaskStatus.NOT_STARTED, 1);
        Plan plan = new Plan(3, null, "月报", null, null, LocalDate.of(2024, 1, 10), null, List.of(), List.of(),
                List.of(report));
        assertThat(DueItems.of(plan, new DueItems.Window(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 31), true)))
                .extracting(DueItem::date).containsExactly(LocalDate.of(2024, 1, 28));
        assertThat(DueItems.of(plan, new DueItems.Window(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 31), true)))
                .extracting(DueItem::date).containsExactly(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 28));
    }

    @Test
    void doneTasksAndUndatedLimitsHaveNothingDue() {
        Task done = new Task(1, 1, "1", null, null, "已办结。", List.of(), false,
                List.of(Deadline.by("6月底前", LocalDate.of(2023, 6, 30))), List.of(), List.of(), TaskStatus.DONE, 1);
        Task open = new Task(2, 2, "2", null, null, "长期任务。", List.of(), false,
                List.of(Deadline.ongoing("长期坚持"), Deadline.from("2023年起", LocalDate.of(2023, 1, 1)),
                        Deadline.within("2个工作日内", 2, org.luoshi.plan.SpanUnit.WORKING_DAYS),
                        Deadline.period("“十四五”期间", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))),
                List.of(), List.of(), TaskStatus.IN_PROGRESS, 2);
        Plan plan = new Plan(1, null, "p", "文号", null, null, null, List.of(), List.of(), List.of(done, open));
        assertThat(DueItems.of(plan, new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1), false)))
                .extracting(DueItem::key, DueItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t2:end:2025-12-31", DueKind.PERIOD_END));
    }
}
