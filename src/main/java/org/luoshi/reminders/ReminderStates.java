package org.luoshi.reminders;

import java.time.Instant;
import java.util.Map;

/**
 * The user's answers to reminders, as the workspace keeps them.
 *
 * @param reminders snoozed or dismissed reminders by {@link Reminder#key()}
 * @param done      items marked done, by {@link DueItem#key()}, with when
 */
public record ReminderStates(Map<String, ReminderState> reminders, Map<String, Instant> done) {
    public static final ReminderStates NONE = new ReminderStates(Map.of(), Map.of());

    public ReminderStates {
        reminders = Map.copyOf(reminders);
        done = Map.copyOf(done);
    }

    public boolean isDone(DueItem item) {
        return done.containsKey(item.key());
    }
}
