package org.luoshi.find;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.luoshi.lights.LightColor;

/** Which dates a deadline filter lets through: a task passes when one of its due points falls in the window. */
public enum DeadlineWindow {
    ANY, OVERDUE, DUE_SOON, NEXT_30_DAYS, THIS_WEEK, THIS_MONTH, THIS_QUARTER, THIS_YEAR, NO_DATE;

    /**
     * @param dueSoonDays the light threshold, which DUE_SOON follows
     */
    public boolean test(TaskFacts facts, LocalDate today, int dueSoonDays) {
        return switch (this) {
            case ANY -> true;
            case OVERDUE -> facts.light().color() == LightColor.RED;
            case NO_DATE -> facts.schedule().points().isEmpty();
            default -> {
                LocalDate[] range = range(today, dueSoonDays);
                yield facts.schedule().hasPointBetween(range[0], range[1]);
            }
        };
    }

    /** The window's first and last day, for the windows that are date ranges. */
    public LocalDate[] range(LocalDate today, int dueSoonDays) {
        return switch (this) {
            case DUE_SOON -> new LocalDate[] {today, today.plusDays(dueSoonDays)};
            case NEXT_30_DAYS -> new LocalDate[] {today, today.plusDays(30)};
            case THIS_WEEK -> week(today);
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth())};
            case THIS_QUARTER -> {
                LocalDate first = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
                yield new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            case THIS_YEAR -> new LocalDate[] {today.withDayOfYear(1), today.with(TemporalAdjusters.lastDayOfYear())};
            default -> throw new IllegalStateException(this + " is not a date range");
        };
    }

    /** Monday to Sunday of the week of {@code today} (the Chinese office week). */
    public static LocalDate[] week(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {monday, monday.plusDays(6)};
    }
}
