package org.luoshi.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.Deadline;

/**
 * The turns of a recurring deadline within a range, read the way the status lights read the next
 * turn: 每年2月底前 → the end of February each year; 每季度 → the end of March, June, September and
 * December (or the named day of those months); 每半年 → June and December; 每月28日前 → the 28th.
 */
public final class Recurrences {
    /** More turns than this are not drawn: a monthly rule over 40 years is noise, not information. */
    static final int LIMIT = 480;

    private Recurrences() {
    }

    /** The turns of {@code d} on days {@code [from, to]}, in order; none if {@code d} is not recurring. */
    public static List<LocalDate> between(Deadline d, LocalDate from, LocalDate to) {
        List<LocalDate> turns = new ArrayList<>();
        if (d.recurrence() == null || to.isBefore(from)) {
            return turns;
        }
        YearMonth last = YearMonth.from(to);
        for (YearMonth m = YearMonth.from(from); !m.isAfter(last) && turns.size() < LIMIT; m = m.plusMonths(1)) {
            if (!recursIn(d, m.getMonthValue())) {
                continue;
            }
            LocalDate turn = dayOf(m, d.day());
            if (!turn.isBefore(from) && !turn.isAfter(to)) {
                turns.add(turn);
            }
        }
        return turns;
    }

    private static boolean recursIn(Deadline d, int month) {
        return switch (d.recurrence()) {
            case YEARLY -> month == (d.month() == null ? 12 : d.month());
            case HALF_YEARLY -> month % 6 == 0;
            case QUARTERLY -> month % 3 == 0;
            case MONTHLY -> true;
        };
    }

    /** The named day of the month, or its last day; a day past the month's end is its last day. */
    private static LocalDate dayOf(YearMonth month, Integer day) {
        return day == null || day > month.lengthOfMonth() ? month.atEndOfMonth() : month.atDay(day);
    }
}
