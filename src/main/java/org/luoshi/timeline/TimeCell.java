package org.luoshi.timeline;

import java.time.LocalDate;

/** One cell of a header tier: days {@code [start, end)} at x {@code [x0, x1)} of the chart. */
public record TimeCell(Step step, LocalDate start, LocalDate end, double x0, double x1) {
}
