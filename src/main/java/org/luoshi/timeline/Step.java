package org.luoshi.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A unit of the time header: the cells one tier of the header is cut into. */
public enum Step {
    YEAR, QUARTER, MONTH, WEEK, DAY;

    /** The first day of the cell holding {@code day} (weeks start on Monday, as in China). */
    public LocalDate floor(LocalDate day) {
        return switch (this) {
            case YEAR -> day.withDayOfYear(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> day.withDayOfMonth(1);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY -> day;
        };
    }

    /** The first day of the cell after the one starting on {@code cellStart}. */
    public LocalDate next(LocalDate cellStart) {
        return switch (this) {
            case YEAR -> cellStart.plusYears(1);
            case QUARTER -> cellStart.plusMonths(3);
            case MONTH -> cellStart.plusMonths(1);
            case WEEK -> cellStart.plusWeeks(1);
            case DAY -> cellStart.plusDays(1);
        };
    }
}
