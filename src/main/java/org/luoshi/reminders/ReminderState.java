package org.luoshi.reminders;

import java.time.Instant;
import java.util.Objects;

/**
 * What the user did with one reminder: snoozed it until a time, or dismissed it.
 *
 * @param snoozedUntil set for SNOOZED, null for DISMISSED
 */
public record ReminderState(String reminderKey, long taskId, Kind kind, Instant snoozedUntil, Instant changedAt) {
    public enum Kind { SNOOZED, DISMISSED }

    public ReminderState {
        Objects.requireNonNull(reminderKey, "reminderKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedAt, "changedAt");
        if ((kind == Kind.SNOOZED) != (snoozedUntil != null)) {
            throw new IllegalArgumentException("a snoozed reminder needs a time, a dismissed one none");
        }
    }
}
