package org.luoshi.calendar;

import org.luoshi.i18n.Messages;

/**
 * The calendar has no holiday data for a year, so it cannot tell working days there. Thrown
 * instead of guessing "no holidays", which would put reminders on Spring Festival.
 */
public class UnknownYearException extends RuntimeException {
    private final int year;

    public UnknownYearException(int year) {
        super(Messages.get("calendar.error.unknownYear", String.valueOf(year)));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
