package org.luoshi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that differs from the plain Monday–Friday week: a holiday, or a weekend working day.
 *
 * @param name the festival (春节, 国庆节、中秋节) or, for a day the user edited, their note; may be empty
 */
public record HolidayDay(LocalDate date, DayKind kind, String name) {
    public HolidayDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }
}
