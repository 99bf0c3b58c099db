package org.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.calendar.WorkingDayCalendar;

/** The reminder centre's list on a fixed clock, for the sample plan, in Beijing time. */
class ReminderBoardTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.bundled();
    private final List<DueItem> items = DueItems.of(SamplePlanFixture.plan(),
            new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false));
    private final ReminderSchedule schedule = ReminderSchedule.of(items, ReminderRuleBook.DEFAULTS, CAL);
    private final DueItem june = items.stream()
            .filter(i -> i.taskNumber().equals("29") && i.date().equals(LocalDate.of(2023, 6, 30))).findFirst()
            .orElseThrow();

    @Test
    void theSevenDayReminderComesAtNineOnTheTwentieth() {
        ReminderBoard board = new ReminderBoard(schedule, ReminderStates.NONE, CAL, BEIJING);
        assertThat(keys(board.active(at(2023, 6, 20, 8, 59)))).doesNotContain(june.key());
        DueEntry e = entry(board.active(at(2023, 6, 20, 9, 0)), june);
        assertThat(e.reminder().offset()).isEqualTo(7);
        assertThat(e.urgency()).isEqualTo(Urgency.UPCOMING);
        assertThat(e.workingDaysLeft()).isEqualTo(7);
        // On the 27th the 3-day reminder is the one shown.
        assertThat(entry(board.active(at(2023, 6, 27, 9, 0)), june).reminder().offset()).isEqualTo(3);
        // After the day: overdue, shown with the on-the-day reminder.
        DueEntry late = entry(board.active(at(2023, 7, 3, 9, 0)), june);
        assertThat(late.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(late.reminder().offset()).isZero();
        assertThat(late.workingDaysLeft()).isEqualTo(-1); // 2023-07-03 is the Monday after
        assertThat(late.daysLate()).isEqualTo(3);
    }

    @Test
    void overdueIsCountedInCalendarDaysAndWordedAsTheLightsWordIt() {
        ReminderBoard board = new ReminderBoard(schedule, ReminderStates.NONE, CAL, BEIJING);
        org.luoshi.i18n.Messages.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            DueEntry late = entry(board.active(at(2023, 7, 3, 9, 0)), june);
            assertThat(DueText.urgency(late)).isEqualTo("已逾期 3 天");
            // 2023-06-30 → 2026-06-30 is 1096 days (29 Feb 2024), then 31+31+30+31+30+6 = 159: 1255,
            // written without a thousands separator.
            DueEntry long_ = entry(board.active(at(2026, 12, 6, 9, 0)), june);
            assertThat(long_.daysLate()).isEqualTo(1255);
            assertThat(DueText.urgency(long_)).isEqualTo("已逾期 1255 天");
            org.luoshi.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
            assertThat(DueText.urgency(late)).isEqualTo("overdue by 3 days");
        } finally {
            org.luoshi.i18n.Messages.setLocale(java.util.Locale.getDefault());
        }
    }

    @Test
    void aDismissedReminderStaysAwayUntilTheNextOneOfItsItem() {
        ReminderStates states = new ReminderStates(Map.of(june.key() + "@7",
                new ReminderState(june.key() + "@7", june.taskId(), ReminderState.Kind.DISMISSED, null,
                        at(2023, 6, 20, 10, 0))), Map.of());
        ReminderBoard board = new ReminderBoard(schedule, states, CAL, BEIJING);
        assertThat(keys(board.active(at(2023, 6, 26, 17, 0)))).doesNotContain(june.key());
        assertThat(entry(board.active(at(2023, 6, 27, 9, 0)), june).reminder().offset()).isEqualTo(3);
    }

    @Test
    void aSnoozedReminderComesBackWhenTheSnoozeRunsOut() {
        Instant until = at(2023, 6, 21, 9, 0);
        ReminderStates states = new ReminderStates(Map.of(june.key() + "@7",
                new ReminderState(june.key() + "@7", june.taskId(), ReminderState.Kind.SNOOZED, until,
                        at(2023, 6, 20, 10, 0))), Map.of());
        ReminderBoard board = new ReminderBoard(schedule, states, CAL, BEIJING);
        assertThat(keys(board.active(at(2023, 6, 20, 15, 0)))).doesNotContain(june.key());
        assertThat(keys(board.active(until))).contains(june.key());
        // It counts as coming due when the snooze ran out, not when it first fired.
        assertThat(keys(board.cameDue(at(2023, 6, 21, 8, 0), at(2023, 6, 21, 9, 30)))).contains(june.key());
        assertThat(board.nextChange(at(2023, 6, 20, 15, 0))).isEqualTo(until);
    }

    @Test
    void anItemMarkedDoneIsNeverShownAgain() {
        ReminderStates states = new ReminderStates(Map.of(), Map.of(june.key(), at(2023, 6, 20, 10, 0)));
        ReminderBoard board = new ReminderBoard(schedule, states, CAL, BEIJING);
        assertThat(keys(board.active(at(2023, 6, 29, 9, 0)))).doesNotContain(june.key());
        assertThat(keys(board.active(at(2023, 7, 29, 9, 0)))).doesNotContain(june.key());
    }

    @Test
    void theDigestListsWhatCameDueWhileTheAppWasClosed() {
        ReminderBoard board = new ReminderBoard(schedule, ReminderStates.NONE, CAL, BEIJING);
        Instant lastRun = at(2023, 6, 16, 18, 0);
        List<DueEntry> digest = board.cameDue(lastRun, at(2023, 6, 21, 10, 0));
        assertThat(keys(digest)).contains(june.key());
        // The March milestone is overdue, but nothing new about it happened since the last run.
        assertThat(digest).noneMatch(e -> e.item().date().equals(LocalDate.of(2023, 3, 31)));
        assertThat(keys(board.active(at(2023, 6, 21, 10, 0)))).anyMatch(k -> k.endsWith(":2023-03-31"));
        assertThat(board.cameDue(at(2023, 6, 21, 10, 0), at(2023, 6, 21, 11, 0))).isEmpty();
    }

    @Test
    void snoozeTimesFollowTheOfficeDay() {
        Instant wednesdayNoon = at(2023, 6, 21, 12, 0);
        assertThat(Snooze.ONE_HOUR.until(wednesdayNoon, BEIJING, CAL)).isEqualTo(at(2023, 6, 21, 13, 0));
        assertThat(Snooze.TOMORROW.until(wednesdayNoon, BEIJING, CAL)).isEqualTo(at(2023, 6, 22, 9, 0));
        // 22–24 June are holidays; Sunday the 25th is worked.
        assertThat(Snooze.NEXT_WORKING_DAY.until(wednesdayNoon, BEIJING, CAL)).isEqualTo(at(2023, 6, 25, 9, 0));
    }

    @Test
    void theAgendaListsOverdueDueAndRemindedItemsIgnoringSnoozes() {
        ReminderStates dismissed = new ReminderStates(Map.of(june.key() + "@7",
                new ReminderState(june.key() + "@7", june.taskId(), ReminderState.Kind.DISMISSED, null,
                        at(2023, 6, 20, 10, 0))), Map.of());
        List<DueEntry> agenda = DueAgenda.of(items, schedule, dismissed, CAL, LocalDate.of(2023, 6, 20), 0);
        DueEntry e = entry(agenda, june);
        assertThat(e.reminder().offset()).isEqualTo(7);
        assertThat(agenda).extracting(d -> d.item().date())
                .contains(LocalDate.of(2023, 3, 31)) // overdue
                .doesNotContain(LocalDate.of(2023, 12, 31)); // nothing about it until December
        // A day earlier nothing is said about the June milestone yet.
        assertThat(keys(DueAgenda.of(items, schedule, ReminderStates.NONE, CAL, LocalDate.of(2023, 6, 19), 0)))
                .doesNotContain(june.key());
        // Looking 11 days ahead from the 19th reaches the due date itself.
        assertThat(keys(DueAgenda.of(items, schedule, ReminderStates.NONE, CAL, LocalDate.of(2023, 6, 19), 11)))
                .contains(june.key());
        assertThat(keys(DueAgenda.of(items, schedule, new ReminderStates(Map.of(), Map.of(june.key(),
                at(2023, 6, 1, 9, 0))), CAL, LocalDate.of(2023, 6, 20), 30))).doesNotContain(june.key());
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BEIJING).toInstant();
    }

    static List<String> keys(List<DueEntry> entries) {
        return entries.stream().map(e -> e.item().key()).toList();
    }

    static DueEntry entry(List<DueEntry> entries, DueItem item) {
        return entries.stream().filter(e -> e.item().key().equals(item.key())).findFirst()
                .orElseThrow(() -> new AssertionError(item.key() + " not in " + keys(entries)));
    }
}
