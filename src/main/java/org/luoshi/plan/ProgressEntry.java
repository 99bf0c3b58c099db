package org.luoshi.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated line of a task's progress history (进展情况).
 *
 * @param unit    the unit that reported it in a progress round, or null (typed by the office)
 * @param roundId the progress round it was reported in, 0 for none
 */
public record ProgressEntry(long id, LocalDate date, int percent, String text, String unit, long roundId) {
    public ProgressEntry {
        Objects.requireNonNull(date, "date");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0..100, was " + percent);
        }
        text = text == null ? "" : text;
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    /** An entry the office typed: no reporting unit, no round. */
    public ProgressEntry(long id, LocalDate date, int percent, String text) {
        this(id, date, percent, text, null, 0);
    }

    public static ProgressEntry of(LocalDate date, int percent, String text) {
        return new ProgressEntry(0, date, percent, text);
    }

    /** An entry {@code unit} reported in round {@code roundId}. */
    public static ProgressEntry reported(LocalDate date, int percent, String text, String unit, long roundId) {
        return new ProgressEntry(0, date, percent, text, unit, roundId);
    }

    /** The same entry under another id. */
    public ProgressEntry withId(long newId) {
        return new ProgressEntry(newId, date, percent, text, unit, roundId);
    }
}
