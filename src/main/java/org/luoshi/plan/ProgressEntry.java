package org.luoshi.plan;

import java.time.LocalDate;
import java.util.Objects;

/** One dated line of a task's progress history (进展情况). */
public record ProgressEntry(long id, LocalDate date, int percent, String text) {
    public ProgressEntry {
        Objects.requireNonNull(date, "date");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0..100, was " + percent);
        }
        text = text == null ? "" : text;
    }

    public static ProgressEntry of(LocalDate date, int percent, String text) {
        return new ProgressEntry(0, date, percent, text);
    }
}
