package org.luoshi.calendar;

import java.util.Locale;
import java.util.Optional;

/** What a listed day is: a day off (statutory holiday) or a weekend day made a working day (调休). */
public enum DayKind {
    /** 休: no work, even on a weekday. */
    OFF,
    /** 班: a Saturday or Sunday worked to make up for a holiday. */
    WORK;

    /** Reads {@code off}/{@code work} as the data file writes them, or 休/班 as a person might. */
    public static Optional<DayKind> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "off", "休" -> Optional.of(OFF);
            case "work", "班" -> Optional.of(WORK);
            default -> Optional.empty();
        };
    }

    /** The word the data file uses: off or work. */
    public String fileWord() {
        return name().toLowerCase(Locale.ROOT);
    }
}
