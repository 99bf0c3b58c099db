package org.luoshi.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One reminder of a due item: {@code offset} working days before its date, on {@code date} at
 * {@link #FIRE_AT}, when the office day starts.
 */
public record Reminder(DueItem item, int offset, LocalDate date) {
    public static final LocalTime FIRE_AT = LocalTime.of(9, 0);

    public Reminder {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(date, "date");
    }

    /** Stable name in the workspace: the item's key and the offset, {@code m12:2023-06-30@7}. */
    public String key() {
        return item.key() + "@" + offset;
    }

    public LocalDateTime at() {
        return date.atTime(FIRE_AT);
    }
}
