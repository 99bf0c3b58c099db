package org.luoshi.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;

/**
 * What the reminder centre shows at a moment: for each due item not marked done, its latest
 * reminder that has come due, unless the user dismissed that reminder or snoozed it past now.
 * When the next reminder of the item comes due it shows again. Pure: the caller passes the time.
 */
public final class ReminderBoard {
    private final ReminderSchedule schedule;
    private final ReminderStates states;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public ReminderBoard(ReminderSchedule schedule, ReminderStates states, WorkingDayCalendar calendar, ZoneId zone) {
        this.schedule = schedule;
        this.states = states;
        this.calendar = calendar;
        this.zone = zone;
    }

    /** Items to act on now, overdue first, then by due date. */
    public List<DueEntry> active(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<DueEntry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Reminder>> e : schedule.byItem().entrySet()) {
            DueItem item = e.getValue().get(0).item();
            if (states.isDone(item)) {
                continue;
            }
            Reminder latest = e.getValue().stream().filter(r -> !fireTime(r).isAfter(now)).findFirst().orElse(null);
            if (latest == null) {
                continue;
            }
            ReminderState state = states.reminders().get(latest.key());
            if (state != null && (state.kind() == ReminderState.Kind.DISMISSED || state.snoozedUntil().isAfter(now))) {
                continue;
            }
            entries.add(entry(item, latest, today, calendar));
        }
        entries.sort(Comparator.comparing((DueEntry d) -> d.item().date()).thenComparing(d -> d.item().key()));
        return entries;
    }

    /**
     * Items that came due in {@code (after, now]}: a reminder fired or a snooze ran out in that
     * time and is still to be acted on. With {@code after} the last run of the app this is the
     * start-up digest; with the last check it is what to notify.
     */
    public List<DueEntry> cameDue(Instant after, Instant now) {
        return active(now).stream().filter(e -> becameActive(e.reminder()).isAfter(after)).toList();
    }

    /** When a reminder shown now came up: when its snooze ran out, else when it fired. */
    private Instant becameActive(Reminder r) {
        ReminderState state = states.reminders().get(r.key());
        return state != null && state.kind() == ReminderState.Kind.SNOOZED ? state.snoozedUntil() : fireTime(r);
    }

    public Instant fireTime(Reminder r) {
        return r.at().atZone(zone).toInstant();
    }

    /** The next time anything on the board changes by itself after {@code now}, or null. */
    public Instant nextChange(Instant now) {
        Instant next = null;
        for (Reminder r : schedule.reminders()) {
            Instant t = fireTime(r);
            if (t.isAfter(now) && (next == null || t.isBefore(next))) {
                next = t;
            }
        }
        for (ReminderState s : states.reminders().values()) {
            if (s.kind() == ReminderState.Kind.SNOOZED && s.snoozedUntil().isAfter(now)
                    && (next == null || s.snoozedUntil().isBefore(next))) {
                next = s.snoozedUntil();
            }
        }
        return next;
    }

    static DueEntry entry(DueItem item, Reminder reminder, LocalDate today, WorkingDayCalendar calendar) {
        Urgency urgency = item.date().isBefore(today) ? Urgency.OVERDUE
                : item.date().isEqual(today) ? Urgency.TODAY : Urgency.UPCOMING;
        Integer left;
        try {
            left = calendar.workingDaysBetween(today, item.date());
        } catch (UnknownYearException e) {
            left = null;
        }
        long late = urgency == Urgency.OVERDUE ? java.time.temporal.ChronoUnit.DAYS.between(item.date(), today) : 0;
        return new DueEntry(item, reminder, urgency, left, late);
    }
}
