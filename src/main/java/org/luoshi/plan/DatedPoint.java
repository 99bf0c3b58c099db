package org.luoshi.plan;

import java.time.LocalDate;

/**
 * A date by which something of a task is due: a deadline (BY date, PERIOD end), a milestone, or
 * the next turn of a recurring deadline.
 *
 * @param what the deadline's phrase or the milestone's label
 */
public record DatedPoint(LocalDate date, Kind kind, String what) {
    public enum Kind { DEADLINE, MILESTONE, RECURRING }
}
