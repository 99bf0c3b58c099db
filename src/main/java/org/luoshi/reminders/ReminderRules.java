package org.luoshi.reminders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.luoshi.i18n.Messages;

/**
 * When to remind of a due date: a set of offsets in working days before it, 0 being the day
 * itself. The default is 7, 3 and 1 working days before, and on the day. An empty set means no
 * reminders.
 *
 * @param offsets distinct, largest first
 */
public record ReminderRules(List<Integer> offsets) {
    /** The longest lead a rule may have: six working weeks. */
    public static final int MAX_OFFSET = 30;

    public static final ReminderRules DEFAULT = of(7, 3, 1, 0);
    public static final ReminderRules NONE = new ReminderRules(List.of());

    public ReminderRules {
        TreeSet<Integer> sorted = new TreeSet<>(Comparator.reverseOrder());
        for (Integer o : offsets) {
            if (o == null || o < 0 || o > MAX_OFFSET) {
                throw new IllegalArgumentException(Messages.get("reminders.rules.outOfRange", String.valueOf(o),
                        MAX_OFFSET));
            }
            sorted.add(o);
        }
        offsets = List.copyOf(sorted);
    }

    public static ReminderRules of(int... offsets) {
        List<Integer> list = new ArrayList<>();
        for (int o : offsets) {
            list.add(o);
        }
        return new ReminderRules(list);
    }

    /**
     * Reads offsets as a person types them: {@code 7,3,1,0}, {@code 7、3、1、0}, {@code 7 3 1 0}
     * (full-width digits and commas too). Blank means no reminders.
     *
     * @throws IllegalArgumentException with a message for the user if a part is not a whole number
     *                                  from 0 to {@link #MAX_OFFSET}
     */
    public static ReminderRules parse(String text) {
        String t = text == null ? "" : toHalfWidth(text).strip();
        if (t.isEmpty()) {
            return NONE;
        }
        List<Integer> list = new ArrayList<>();
        for (String part : t.split("[,、;；\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                list.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("reminders.rules.notANumber", part, MAX_OFFSET), e);
            }
        }
        return new ReminderRules(list);
    }

    /** As stored and shown for editing: {@code 7,3,1,0}; empty for none. */
    public String format() {
        return offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public boolean isEmpty() {
        return offsets.isEmpty();
    }

    private static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            if (ch >= '０' && ch <= '９') {
                b.append((char) ('0' + (ch - '０')));
            } else if (ch == '，') {
                b.append(',');
            } else if (ch == '\u3000') {
                b.append(' ');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
