package org.luoshi.reminders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;

/**
 * Every reminder of a set of due items, dated on the working-day calendar. A reminder that would
 * have to count working days through a year the calendar does not know is left out and counted in
 * {@link #missingYears()}, so the app can say which year's holiday file to load.
 *
 * @param reminders    by date, then item date
 * @param missingYears year without calendar data → number of reminders it kept from being dated
 * @param byItem       the reminders of each item, in item order of first reminder, each list latest
 *                     first: worked out once here, since the reminder centre looks at it every
 *                     minute and after every edit
 */
public record ReminderSchedule(List<Reminder> reminders, SortedMap<Integer, Integer> missingYears,
        Map<String, List<Reminder>> byItem) {

    public ReminderSchedule {
        reminders = List.copyOf(reminders);
        missingYears = Collections.unmodifiableSortedMap(new TreeMap<>(missingYears));
        byItem = group(reminders);
    }

    public ReminderSchedule(List<Reminder> reminders, SortedMap<Integer, Integer> missingYears) {
        this(reminders, missingYears, Map.of());
    }

    public static ReminderSchedule of(Collection<DueItem> items, ReminderRuleBook rules, WorkingDayCalendar calendar) {
        List<Reminder> reminders = new ArrayList<>();
        SortedMap<Integer, Integer> missing = new TreeMap<>();
        for (DueItem item : items) {
            for (int offset : rules.rulesFor(item).offsets()) {
                try {
                    reminders.add(new Reminder(item, offset, calendar.addWorkingDays(item.date(), -offset)));
                } catch (UnknownYearException e) {
                    missing.merge(e.year(), 1, Integer::sum);
                }
            }
        }
        reminders.sort(Comparator.comparing(Reminder::date).thenComparing(r -> r.item().date())
                .thenComparing(r -> r.item().key()));
        return new ReminderSchedule(reminders, missing);
    }

    private static Map<String, List<Reminder>> group(List<Reminder> reminders) {
        Map<String, List<Reminder>> map = new LinkedHashMap<>();
        for (Reminder r : reminders) {
            map.computeIfAbsent(r.item().key(), k -> new ArrayList<>()).add(r);
        }
        map.replaceAll((key, list) -> {
            list.sort(Comparator.comparing(Reminder::date).reversed());
            return List.copyOf(list);
        });
        return Collections.unmodifiableMap(map);
    }
}
