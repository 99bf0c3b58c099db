package org.luoshi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.luoshi.i18n.Dates;

/**
 * Working days the way Chinese offices count them: Monday to Friday, less the statutory holidays,
 * plus the weekend days the State Council makes working days (调休). Immutable.
 *
 * <p>Only years with data are known. Asking about a day of any other year throws
 * {@link UnknownYearException}: a year whose notice has not been loaded is not a year without
 * holidays.
 */
public final class WorkingDayCalendar {
    private final Map<LocalDate, HolidayDay> days;
    private final SortedSet<Integer> knownYears;
    /**
     * Working days counted from 1 January of the first known year: entry {@code i} is the number
     * in the {@code i} days before {@code firstDay + i}. Made on first use, so that counting
     * between two dates takes two look-ups, not a walk over every day (the reminder centre counts
     * for thousands of tasks at once).
     */
    private volatile int[] counted;

    private WorkingDayCalendar(Map<LocalDate, HolidayDay> days, SortedSet<Integer> knownYears) {
        this.days = days;
        this.knownYears = knownYears;
    }

    /**
     * A calendar of the given listed days, knowing exactly {@code knownYears}. Days in other years
     * are kept (a December day listed with the next year's notice) but do not make their year known.
     */
    public static WorkingDayCalendar of(Collection<HolidayDay> listed, Set<Integer> knownYears) {
        Map<LocalDate, HolidayDay> map = new HashMap<>();
        for (HolidayDay d : listed) {
            if (Dates.canShow(d.date())) {
                map.put(d.date(), d);
            }
        }
        return new WorkingDayCalendar(Collections.unmodifiableMap(map),
                Collections.unmodifiableSortedSet(usableYears(knownYears)));
    }

    /**
     * The years of {@link Dates#FIRST} … {@link Dates#LAST} among {@code years}. A workspace may
     * hold another (damaged, or written by hand); it is not made known, for counting working days
     * from the first known year to year 999999999 would not end.
     */
    private static SortedSet<Integer> usableYears(Collection<Integer> years) {
        SortedSet<Integer> usable = new TreeSet<>();
        for (Integer y : years) {
            if (y != null && y >= Dates.FIRST.getYear() && y <= Dates.LAST.getYear()) {
                usable.add(y);
            }
        }
        return usable;
    }

    /** The calendar shipped with the app (2020–2026), see {@link BundledHolidays}. */
    public static WorkingDayCalendar bundled() {
        return BundledHolidays.calendar();
    }

    /**
     * This calendar with the user's changes on top: a loaded year's file replaces what this calendar
     * had for that year, and each edited day wins over everything.
     */
    public WorkingDayCalendar with(CalendarAdjustments adjustments) {
        Map<LocalDate, HolidayDay> map = new HashMap<>();
        for (HolidayDay d : days.values()) {
            if (!adjustments.loadedYears().contains(d.date().getYear())) {
                map.put(d.date(), d);
            }
        }
        for (HolidayDay d : adjustments.loadedDays()) {
            if (Dates.canShow(d.date())) {
                map.put(d.date(), d);
            }
        }
        for (HolidayDay d : adjustments.edits()) {
            if (Dates.canShow(d.date())) {
                map.put(d.date(), d);
            }
        }
        SortedSet<Integer> known = new TreeSet<>(knownYears);
        known.addAll(usableYears(adjustments.loadedYears()));
        return new WorkingDayCalendar(Collections.unmodifiableMap(map), Collections.unmodifiableSortedSet(known));
    }

    /** The years this calendar has data for, ascending. */
    public SortedSet<Integer> knownYears() {
        return knownYears;
    }

    public boolean isKnown(int year) {
        return knownYears.contains(year);
    }

    /**
     * Whether people work on {@code date}.
     *
     * @throws UnknownYearException if the calendar has no data for the date's year
     */
    public boolean isWorkingDay(LocalDate date) {
        requireKnown(date.getYear());
        HolidayDay listed = days.get(date);
        if (listed != null) {
            return listed.kind() == DayKind.WORK;
        }
        return !isWeekend(date);
    }

    /** The holiday or make-up working day listed for {@code date}, if any (whatever its year). */
    public Optional<HolidayDay> listed(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /**
     * The day {@code n} working days after {@code from} ({@code n > 0}) or before it
     * ({@code n < 0}); {@code from} itself is not counted, so the result is always a working day
     * (for {@code n = 0}: {@code from}). 7 working days before 2023-06-30 is 2023-06-20: the
     * Dragon Boat holidays of 22–24 June are skipped and Sunday 25 June counts.
     *
     * @throws UnknownYearException if the count walks into a year without data
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days from {@code from} to {@code to}: those in {@code (from, to]}, or minus those in
     * {@code (to, from]} when {@code to} comes first. For a working day {@code to},
     * {@code addWorkingDays(from, workingDaysBetween(from, to))} is {@code to}.
     *
     * @throws UnknownYearException if a day in between lies in a year without data
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (to.equals(from)) {
            return 0;
        }
        for (int year = from.plusDays(1).getYear(); year <= to.getYear(); year++) {
            requireKnown(year);
        }
        // Every day in (from, to] lies in a known year, so from is at most one day before the table.
        int[] c = counted();
        LocalDate firstDay = LocalDate.of(knownYears.first(), 1, 1);
        return c[(int) (to.toEpochDay() - firstDay.toEpochDay()) + 1] - c[(int) (from.toEpochDay() - firstDay.toEpochDay()) + 1];
    }

    private int[] counted() {
        int[] c = counted;
        if (c == null) {
            LocalDate firstDay = LocalDate.of(knownYears.first(), 1, 1);
            LocalDate lastDay = LocalDate.of(knownYears.last(), 12, 31);
            c = new int[(int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 2];
            LocalDate day = firstDay;
            for (int i = 1; i < c.length; i++, day = day.plusDays(1)) {
                HolidayDay listed = days.get(day);
                boolean working = listed != null ? listed.kind() == DayKind.WORK : !isWeekend(day);
                c[i] = c[i - 1] + (working ? 1 : 0);
            }
            counted = c;
        }
        return c;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private void requireKnown(int year) {
        if (!knownYears.contains(year)) {
            throw new UnknownYearException(year);
        }
    }
}
