package org.luoshi.plan;

import java.util.List;
import org.luoshi.i18n.Messages;

/**
 * A task's units in a narrow column: the first unit and how many there are in all
 * ("省市场监管局等3家"), the whole list going into the tooltip. A list of seven departments cut to
 * "省优…" tells the reader nothing; the first name and a count do.
 */
public final class UnitListText {
    private UnitListText() {
    }

    /** The first unit, with the count when there are more; "" for none. */
    public static String shortText(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return Messages.get("column.units.more", names.get(0), names.size(), names.size() - 1);
    }

    /** Every unit, for the tooltip; null when the short text already says it all. */
    public static String fullText(List<String> names) {
        return names.size() <= 1 ? null : String.join("、", names);
    }
}
