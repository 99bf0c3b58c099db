package org.luoshi.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time limit as the plan prints it ({@code raw}) and as Luoshi resolves it. Which fields are set
 * depends on {@link #kind()}: BY and FROM use {@code date}; PERIOD uses {@code start} and
 * {@code end}; WITHIN uses {@code amount} and {@code spanUnit}; RECURRING uses {@code recurrence}
 * and, where the phrase names them, {@code month} and {@code day}; ONGOING uses none.
 */
public record Deadline(
        DeadlineKind kind,
        String raw,
        LocalDate date,
        LocalDate start,
        LocalDate end,
        Integer amount,
        SpanUnit spanUnit,
        Recurrence recurrence,
        Integer month,
        Integer day) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
    }

    public static Deadline by(String raw, LocalDate date) {
        return new Deadline(DeadlineKind.BY, raw, date, null, null, null, null, null, null, null);
    }

    public static Deadline from(String raw, LocalDate date) {
        return new Deadline(DeadlineKind.FROM, raw, date, null, null, null, null, null, null, null);
    }

    public static Deadline period(String raw, LocalDate start, LocalDate end) {
        return new Deadline(DeadlineKind.PERIOD, raw, null, start, end, null, null, null, null, null);
    }

    public static Deadline within(String raw, int amount, SpanUnit unit) {
        return new Deadline(DeadlineKind.WITHIN, raw, null, null, null, amount, unit, null, null, null);
    }

    public static Deadline recurring(String raw, Recurrence rule, Integer month, Integer day) {
        return new Deadline(DeadlineKind.RECURRING, raw, null, null, null, null, null, rule, month, day);
    }

    public static Deadline ongoing(String raw) {
        return new Deadline(DeadlineKind.ONGOING, raw, null, null, null, null, null, null, null, null);
    }

    /** The last day this deadline allows, where it has one (BY date, PERIOD end). */
    public LocalDate dueDate() {
        return switch (kind) {
            case BY -> date;
            case PERIOD -> end;
            default -> null;
        };
    }
}
