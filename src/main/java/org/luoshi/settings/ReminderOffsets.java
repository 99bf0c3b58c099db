package org.luoshi.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.luoshi.i18n.Messages;

/**
 * Default reminder offsets: working days before a deadline or milestone (0 = on the day), written
 * "7, 3, 1, 0" (Chinese commas and 、 too). Stored and shown largest first, each once.
 */
public final class ReminderOffsets {
    public static final List<Integer> DEFAULT = List.of(7, 3, 1, 0);
    public static final int MAX = 365;

    private ReminderOffsets() {
    }

    /**
     * @throws IllegalArgumentException with a message for the user if a part is not a whole number
     *                                  of days from 0 to 365
     */
    public static List<Integer> parse(String text) {
        TreeSet<Integer> days = new TreeSet<>(Comparator.reverseOrder());
        for (String part : text.split("[,，、;；\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int value;
            try {
                value = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("settings.error.offsets", part, MAX), e);
            }
            if (value < 0 || value > MAX) {
                throw new IllegalArgumentException(Messages.get("settings.error.offsets", part, MAX));
            }
            days.add(value);
        }
        return new ArrayList<>(days);
    }

    public static String format(List<Integer> offsets) {
        return offsets.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
