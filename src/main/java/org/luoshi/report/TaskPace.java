package org.luoshi.report;

import java.time.LocalDate;
import org.luoshi.plan.Task;

/**
 * One task's pace on a day.
 *
 * @param task     the task
 * @param start    the first day of the time measured (its own start, the plan's issue date, or the
 *                 start of the current round of recurring work), or null
 * @param end      the last day of the time measured (its final deadline, or the end of the current
 *                 period for recurring and ongoing work), or null
 * @param gone     days of {@code [start, end]} gone by the day (0 before the start, all after the end)
 * @param span     days from {@code start} to {@code end}; 0 when there is no such span
 * @param percent  the latest reported percent, or -1 when nothing was reported
 * @param pace     the class
 */
public record TaskPace(Task task, LocalDate start, LocalDate end, long gone, long span, int percent,
        PaceClass pace) {

    /** The share of the time gone, in whole percent rounded down (0..100), or -1 without a span. */
    public int sharePercent() {
        if (span <= 0) {
            return start == null || end == null ? -1 : (gone > 0 ? 100 : 0);
        }
        return (int) (gone * 100 / span);
    }

    /** The latest reported percent, 0 when nothing was reported. */
    public int reportedOrZero() {
        return Math.max(percent, 0);
    }
}
