package org.luoshi.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Date ↔ x on the chart: day {@code origin} starts at x = 0 and every day is
 * {@code pixelsPerDay} wide (points on paper). A day's left edge is {@link #x}, its middle
 * {@link #centre} (where milestones sit), its right edge {@link #end} (where a deadline's bar stops).
 */
public record TimeScale(LocalDate origin, double pixelsPerDay) {

    public TimeScale {
        if (origin == null) {
            throw new IllegalArgumentException("origin");
        }
        if (!(pixelsPerDay > 0) || Double.isInfinite(pixelsPerDay)) {
            throw new IllegalArgumentException("pixels per day must be positive, was " + pixelsPerDay);
        }
    }

    public double x(LocalDate day) {
        return xOfEpochDay(day.toEpochDay());
    }

    public double xOfEpochDay(long epochDay) {
        return (epochDay - origin.toEpochDay()) * pixelsPerDay;
    }

    public double centre(LocalDate day) {
        return x(day) + pixelsPerDay / 2;
    }

    public double end(LocalDate day) {
        return x(day) + pixelsPerDay;
    }

    /** Days from the origin to {@code x}, with the fraction. */
    public double dayAt(double x) {
        return x / pixelsPerDay;
    }

    /** The day whose cell holds {@code x}. */
    public LocalDate dateAt(double x) {
        return origin.plusDays((long) Math.floor(x / pixelsPerDay));
    }

    /** Epoch day of the day whose cell holds {@code x}. */
    public long epochDayAt(double x) {
        return origin.toEpochDay() + (long) Math.floor(x / pixelsPerDay);
    }

    public Zoom zoom() {
        return Zoom.at(pixelsPerDay);
    }

    /** Width of the days {@code [from, toInclusive]}. */
    public double width(LocalDate from, LocalDate toInclusive) {
        return (toInclusive.toEpochDay() - from.toEpochDay() + 1) * pixelsPerDay;
    }

    public TimeScale withPixelsPerDay(double newPixelsPerDay) {
        return new TimeScale(origin, newPixelsPerDay);
    }

    /**
     * The cells of {@code step} that meet {@code [fromX, toX)}, left to right. Starts at the cell
     * under {@code fromX}: the cost follows the width asked for, not the length of the chart.
     */
    public List<TimeCell> cells(Step step, double fromX, double toX) {
        List<TimeCell> cells = new ArrayList<>();
        LocalDate start = step.floor(dateAt(fromX));
        while (true) {
            double x0 = x(start);
            if (x0 >= toX) {
                break;
            }
            LocalDate next = step.next(start);
            cells.add(new TimeCell(step, start, next, x0, x(next)));
            start = next;
        }
        return cells;
    }
}
