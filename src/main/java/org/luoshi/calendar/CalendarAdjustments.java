package org.luoshi.calendar;

import java.util.List;
import java.util.Set;

/**
 * What the user changed about the shipped calendar, as the workspace keeps it.
 *
 * @param loadedYears years whose data came from a file the user loaded; it replaces the shipped data
 * @param loadedDays  the days of those files (with December days they list for the year before)
 * @param edits       days set by hand; each wins over every file
 */
public record CalendarAdjustments(Set<Integer> loadedYears, List<HolidayDay> loadedDays, List<HolidayDay> edits) {
    public static final CalendarAdjustments NONE = new CalendarAdjustments(Set.of(), List.of(), List.of());

    public CalendarAdjustments {
        loadedYears = Set.copyOf(loadedYears);
        loadedDays = List.copyOf(loadedDays);
        edits = List.copyOf(edits);
    }
}
