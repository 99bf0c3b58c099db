package org.luoshi.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.luoshi.calendar.WorkingDayCalendar;

/** How long to put a reminder off. */
public enum Snooze {
    ONE_HOUR("reminders.snooze.hour"),
    TOMORROW("reminders.snooze.tomorrow"),
    NEXT_WORKING_DAY("reminders.snooze.nextWorkingDay");

    private final String textKey;

    Snooze(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }

    /**
     * When the reminder comes back: in an hour, or at the start of the office day tomorrow or on
     * the next working day.
     *
     * @throws org.luoshi.calendar.UnknownYearException for NEXT_WORKING_DAY when the calendar lacks
     *                                                  the year it falls in
     */
    public Instant until(Instant now, ZoneId zone, WorkingDayCalendar calendar) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (this) {
            case ONE_HOUR -> now.plus(Duration.ofHours(1));
            case TOMORROW -> today.plusDays(1).atTime(Reminder.FIRE_AT).atZone(zone).toInstant();
            case NEXT_WORKING_DAY -> calendar.nextWorkingDay(today).atTime(Reminder.FIRE_AT).atZone(zone).toInstant();
        };
    }
}
