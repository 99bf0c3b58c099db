package org.luoshi.rounds;

import java.time.LocalDate;
import org.luoshi.calendar.WorkingDayCalendar;

/** The due day of a round: a date as typed, or a number of working days after the period ends. */
public record RoundDue(LocalDate date, String rule) {

    /** A due day typed as a date. */
    public static RoundDue on(LocalDate date) {
        return new RoundDue(date, "");
    }

    /**
     * The {@code workingDays}-th working day after {@code periodEnd} on {@code calendar} (0: the
     * period's last day itself, or the next working day if that is a day off).
     *
     * @throws org.luoshi.calendar.UnknownYearException if the calendar has no data for the days counted
     */
    public static RoundDue workingDaysAfter(LocalDate periodEnd, int workingDays, WorkingDayCalendar calendar) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative, was " + workingDays);
        }
        LocalDate due = workingDays == 0 ? calendar.nextWorkingDay(periodEnd.minusDays(1))
                : calendar.addWorkingDays(periodEnd, workingDays);
        return new RoundDue(due, periodEnd + "+" + workingDays + "wd");
    }
}
