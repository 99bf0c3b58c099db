package org.luoshi.settings;

import java.util.List;
import org.luoshi.reminders.ReminderRules;

/**
 * The workspace's default reminder offsets: working days before a deadline or milestone (0 = on
 * the day), written "7, 3, 1, 0" (Chinese commas and 、 too), read and checked as the reminder
 * rules read them, largest first, each once.
 */
public final class ReminderOffsets {
    public static final List<Integer> DEFAULT = ReminderRules.DEFAULT.offsets();
    public static final int MAX = ReminderRules.MAX_OFFSET;

    private ReminderOffsets() {
    }

    /**
     * @throws IllegalArgumentException with a message for the user if a part is not a whole number
     *                                  of working days from 0 to {@link #MAX}
     */
    public static List<Integer> parse(String text) {
        return ReminderRules.parse(text).offsets();
    }

    public static String format(List<Integer> offsets) {
        return String.join(", ", offsets.stream().map(String::valueOf).toList());
    }
}
