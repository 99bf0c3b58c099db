package org.luoshi.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.luoshi.calendar.WorkingDayCalendar;

/**
 * What is due as {@code due} on the command line lists it, for a day and the days after it: every
 * open item already overdue, every item due in the window, and every item due later whose
 * reminder falls in the window, each with the next reminder to come in the window (else the last
 * that came). Unlike the reminder centre it ignores snoozes and dismissals:
 * they silence notifications, they do not change what is due.
 */
public final class DueAgenda {
    private DueAgenda() {
    }

    /**
     * @param withinDays calendar days after {@code today} the window reaches (0 is today only)
     */
    public static List<DueEntry> of(Collection<DueItem> items, ReminderSchedule schedule, ReminderStates states,
            WorkingDayCalendar calendar, LocalDate today, int withinDays) {
        LocalDate end = today.plusDays(withinDays);
        Map<String, List<Reminder>> reminders = schedule.byItem();
        List<DueEntry> out = new ArrayList<>();
        for (DueItem item : items) {
            if (states.isDone(item)) {
                continue;
            }
            List<Reminder> mine = reminders.getOrDefault(item.key(), List.of()); // latest first
            // The next reminder to come in the window, else the last one that came.
            Reminder next = mine.stream().filter(r -> !r.date().isBefore(today) && !r.date().isAfter(end))
                    .reduce((later, earlier) -> earlier).orElse(null);
            Reminder shown = next != null ? next
                    : mine.stream().filter(r -> r.date().isBefore(today)).findFirst().orElse(null);
            boolean listed = !item.date().isAfter(end) || next != null;
            if (listed) {
                out.add(ReminderBoard.entry(item, shown, today, calendar));
            }
        }
        out.sort(Comparator.comparing((DueEntry d) -> d.item().date()).thenComparing(d -> d.item().planId())
                .thenComparing(d -> d.item().key()));
        return out;
    }
}
