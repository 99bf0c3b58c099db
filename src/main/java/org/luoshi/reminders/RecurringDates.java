package org.luoshi.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Recurrence;

/**
 * The dates a RECURRING deadline falls on. 每月28日前 is the 28th of every month (the month's last
 * day where it has fewer); 每月 without a day is the month's end; 每季度 the end of each quarter;
 * 每半年 the end of June and of December; 每年2月底前 the end of February each year.
 */
public final class RecurringDates {
    private RecurringDates() {
    }

    /** The occurrences in {@code [from, to]}, ascending. Empty for a deadline that does not recur. */
    public static List<LocalDate> between(Deadline d, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        if (d.kind() != DeadlineKind.RECURRING || d.recurrence() == null || to.isBefore(from)) {
            return out;
        }
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            occurrenceIn(d, m).filter(date -> !date.isBefore(from) && !date.isAfter(to)).ifPresent(out::add);
        }
        return out;
    }

    /** The last occurrence before {@code day}, looking back at most two years. */
    public static Optional<LocalDate> previous(Deadline d, LocalDate day) {
        List<LocalDate> dates = between(d, day.minusYears(2), day.minusDays(1));
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }

    private static Optional<LocalDate> occurrenceIn(Deadline d, YearMonth m) {
        Recurrence r = d.recurrence();
        int month = m.getMonthValue();
        boolean due = switch (r) {
            case MONTHLY -> true;
            case QUARTERLY -> month % 3 == 0;
            case HALF_YEARLY -> month == 6 || month == 12;
            case YEARLY -> month == (d.month() != null ? d.month() : 12);
        };
        if (!due) {
            return Optional.empty();
        }
        // A day is used only where the phrase names one (每月28日前, 每年3月15日前); quarters and
        // half-years end with their month.
        Integer day = r == Recurrence.MONTHLY || r == Recurrence.YEARLY ? d.day() : null;
        int dom = day == null ? m.lengthOfMonth() : Math.min(day, m.lengthOfMonth());
        return Optional.of(m.atDay(dom));
    }
}
