package org.luoshi.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dates of one task as the lights and the date filters read them: when its time starts, when
 * it is finally due, and what falls due next.
 *
 * <ul>
 * <li>Start: the earliest PERIOD start or FROM date of its own, else the plan's issue date.</li>
 * <li>Final due date: the latest BY date or PERIOD end; a task with none of those but with
 * milestones is due at its last milestone.</li>
 * <li>Due points: every deadline date, every milestone, and the next turn of each recurring
 * deadline on or after today.</li>
 * </ul>
 */
public final class TaskSchedule {
    private final LocalDate start;
    private final LocalDate finalDue;
    private final DatedPoint finalPoint;
    private final List<DatedPoint> points;

    private TaskSchedule(LocalDate start, DatedPoint finalPoint, List<DatedPoint> points) {
        this.start = start;
        this.finalPoint = finalPoint;
        this.finalDue = finalPoint == null ? null : finalPoint.date();
        this.points = List.copyOf(points);
    }

    /**
     * @param issuedOn  the plan's issue date, or null
     * @param today     the day "next" is counted from (recurring deadlines)
     */
    public static TaskSchedule of(Task whole, LocalDate issuedOn, LocalDate today) {
        // A stored date no view can show is left out here, not reckoned with (it is flagged where shown).
        Task task = UsableDates.of(whole);
        LocalDate planStart = UsableDates.of(issuedOn);
        LocalDate ownStart = null;
        DatedPoint last = null;
        List<DatedPoint> points = new ArrayList<>();
        for (Deadline d : task.deadlines()) {
            LocalDate begins = switch (d.kind()) {
                case PERIOD -> d.start();
                case FROM -> d.date();
                default -> null;
            };
            if (begins != null && (ownStart == null || begins.isBefore(ownStart))) {
                ownStart = begins;
            }
            LocalDate due = d.dueDate();
            if (due != null) {
                DatedPoint p = new DatedPoint(due, DatedPoint.Kind.DEADLINE, d.raw());
                points.add(p);
                if (last == null || due.isAfter(last.date())) {
                    last = p;
                }
            }
            if (d.kind() == org.luoshi.plan.DeadlineKind.RECURRING) {
                LocalDate next = nextOccurrence(d, today);
                if (next != null) {
                    points.add(new DatedPoint(next, DatedPoint.Kind.RECURRING, d.raw()));
                }
            }
        }
        DatedPoint lastMilestone = null;
        for (Milestone m : task.milestones()) {
            DatedPoint p = new DatedPoint(m.date(), DatedPoint.Kind.MILESTONE, m.label());
            points.add(p);
            if (lastMilestone == null || m.date().isAfter(lastMilestone.date())) {
                lastMilestone = p;
            }
        }
        if (last == null) {
            last = lastMilestone;
        }
        points.sort(Comparator.comparing(DatedPoint::date));
        return new TaskSchedule(ownStart != null ? ownStart : planStart, last, points);
    }

    /** When the task's time starts, or null if neither it nor its plan says. */
    public LocalDate start() {
        return start;
    }

    /** The date by which all of it is due, or null (ongoing, recurring or undated work). */
    public LocalDate finalDue() {
        return finalDue;
    }

    /** The deadline or milestone that sets {@link #finalDue()}, or null. */
    public DatedPoint finalPoint() {
        return finalPoint;
    }

    /** Every due point, by date. */
    public List<DatedPoint> points() {
        return points;
    }

    /** The first due point on or after {@code day}, or null. */
    public DatedPoint nextOnOrAfter(LocalDate day) {
        for (DatedPoint p : points) {
            if (!p.date().isBefore(day)) {
                return p;
            }
        }
        return null;
    }

    /** Whether any due point falls in {@code [from, to]}. */
    public boolean hasPointBetween(LocalDate from, LocalDate to) {
        for (DatedPoint p : points) {
            if (!p.date().isBefore(from) && !p.date().isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next turn of a recurring deadline on or after {@code today}: 每年2月底前 → Feb 28 of this
     * year or the next; 每季度 → the end of the quarter (or the named day of its last month);
     * 每半年 likewise; 每月28日前 → the 28th of this month or the next.
     */
    static LocalDate nextOccurrence(Deadline d, LocalDate today) {
        if (d.recurrence() == null) {
            return null;
        }
        return switch (d.recurrence()) {
            case YEARLY -> {
                int month = d.month() == null ? 12 : d.month();
                LocalDate thisYear = dayOf(YearMonth.of(today.getYear(), month), d.day());
                yield thisYear.isBefore(today) ? dayOf(YearMonth.of(today.getYear() + 1, month), d.day()) : thisYear;
            }
            case MONTHLY -> {
                LocalDate thisMonth = dayOf(YearMonth.from(today), d.day());
                yield thisMonth.isBefore(today) ? dayOf(YearMonth.from(today).plusMonths(1), d.day()) : thisMonth;
            }
            case QUARTERLY -> periodEnd(today, 3, d.day());
            case HALF_YEARLY -> periodEnd(today, 6, d.day());
        };
    }

    /**
     * The turn of a recurring deadline before the one on or after {@code today} (the start of the
     * current round of recurring work), or null.
     */
    public static LocalDate previousOccurrence(Deadline d, LocalDate today) {
        LocalDate next = nextOccurrence(d, today);
        if (next == null) {
            return null;
        }
        return switch (d.recurrence()) {
            case YEARLY -> dayOf(YearMonth.from(next).minusYears(1), d.day());
            case MONTHLY -> dayOf(YearMonth.from(next).minusMonths(1), d.day());
            case QUARTERLY -> dayOf(YearMonth.from(next).minusMonths(3), d.day());
            case HALF_YEARLY -> dayOf(YearMonth.from(next).minusMonths(6), d.day());
        };
    }

    /** {@link #nextOccurrence} for other packages. */
    public static LocalDate nextTurn(Deadline d, LocalDate today) {
        return nextOccurrence(d, today);
    }

    private static LocalDate periodEnd(LocalDate today, int months, Integer day) {
        int lastMonth = ((today.getMonthValue() - 1) / months + 1) * months;
        LocalDate end = dayOf(YearMonth.of(today.getYear(), lastMonth), day);
        return end.isBefore(today) ? dayOf(YearMonth.of(today.getYear(), lastMonth).plusMonths(months), day) : end;
    }

    /** The named day of the month, or its last day; a day past the month's end is its last day. */
    private static LocalDate dayOf(YearMonth month, Integer day) {
        return day == null || day > month.lengthOfMonth() ? month.atEndOfMonth() : month.atDay(day);
    }
}
