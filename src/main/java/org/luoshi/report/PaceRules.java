package org.luoshi.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskSchedule;
import org.luoshi.plan.TaskStatus;
import org.luoshi.plan.UsableDates;

/**
 * The rules of 序时进度: how much of a task's time is gone on a day, and what class that puts it in
 * beside its latest reported percent. In this order:
 * <ol>
 * <li><b>已完成</b> when its status is 已完成 or 已销号 (with or without a percent);</li>
 * <li><b>无时限</b> when it has no date to measure against: no dated deadline, no milestone, no
 * 起 / 期间 / recurring / ongoing limit (a “2个工作日内” alone is no date) — never silently on pace;</li>
 * <li><b>已逾期</b> when its final due date (the latest dated deadline, else its last milestone) is
 * before the day and the latest report is below 100 %;</li>
 * <li><b>未启动</b> when its status is 未开始 and no report above 0 % exists;</li>
 * <li>otherwise the latest percent against the share of time gone: more than {@code allowance}
 * points above it <b>超序时</b>, more than {@code allowance} points below it <b>欠序时</b>, else
 * <b>达序时</b>.</li>
 * </ol>
 * The time measured runs from the task's start (its own 起 or period start, else the plan's issue
 * date) to its final due date. Work without a final date — recurring (每季度) or ongoing (2023年起,
 * 长期坚持) — is measured over its current period: from the previous turn to the next one for
 * recurring work, the calendar year for ongoing work (never before the task's start). The share is
 * 0 before the start and 100 % from the due date on; a deadline today means all the time is gone.
 * A started task with a due date but no start date (its plan has no issue date) has no share to
 * lag: it is 达序时 until its due date passes.
 *
 * @param allowance points the reported percent may lag (or lead) the time share and still be 达序时, 0..100
 */
public record PaceRules(int allowance) {
    public static final int DEFAULT_ALLOWANCE = 5;
    public static final PaceRules DEFAULT = new PaceRules(DEFAULT_ALLOWANCE);

    public PaceRules {
        if (allowance < 0 || allowance > 100) {
            throw new IllegalArgumentException("pace allowance must be 0..100 percent, was " + allowance);
        }
    }

    /** The pace of {@code task} of a plan issued on {@code issuedOn} (may be null) on {@code today}. */
    public TaskPace of(Task task, LocalDate issuedOn, LocalDate today) {
        return of(task, TaskSchedule.of(task, issuedOn, today), today);
    }

    /**
     * The pace of {@code task} reckoned on the dates that count: {@code counted} is the same task with the
     * dates the office counts in place (an approved extension's adjusted date under the deadline rule
     * “approved”, issue 17), so its time share and 已逾期 follow them; the result names {@code task} itself,
     * which keeps its original dates.
     */
    public TaskPace of(Task task, Task counted, LocalDate issuedOn, LocalDate today) {
        TaskPace p = of(counted, issuedOn, today);
        return counted == task ? p : new TaskPace(task, p.start(), p.end(), p.gone(), p.span(), p.percent(), p.pace());
    }

    /** The pace from a schedule already worked out for {@code today}. */
    public TaskPace of(Task whole, TaskSchedule schedule, LocalDate today) {
        ProgressEntry latest = whole.latestProgress();
        int percent = latest == null ? -1 : latest.percent();
        Task task = UsableDates.of(whole);
        LocalDate start = schedule.start();
        LocalDate end = schedule.finalDue();
        boolean hasEnd = end != null;
        if (!hasEnd) {
            LocalDate[] period = currentPeriod(task, start, today);
            if (period != null) {
                start = period[0];
                end = period[1];
            }
        }
        long span = 0;
        long gone = 0;
        if (start != null && end != null) {
            span = Math.max(0, ChronoUnit.DAYS.between(start, end));
            if (today.isBefore(start)) {
                gone = 0;
            } else if (!today.isBefore(end)) {
                gone = span == 0 ? 1 : span;
            } else {
                gone = ChronoUnit.DAYS.between(start, today);
            }
        }
        PaceClass pace = classify(whole, start, end, hasEnd, gone, span, percent, today);
        return new TaskPace(whole, start, end, gone, span, percent, pace);
    }

    private PaceClass classify(Task task, LocalDate start, LocalDate end, boolean hasEnd, long gone, long span,
            int percent, LocalDate today) {
        if (task.isFinished()) {
            return PaceClass.DONE;
        }
        if (end == null) {
            return PaceClass.NO_DEADLINE;
        }
        if (hasEnd && today.isAfter(end) && percent < 100) {
            return PaceClass.OVERDUE;
        }
        if (task.status() == TaskStatus.NOT_STARTED && percent <= 0) {
            return PaceClass.NOT_STARTED;
        }
        int reported = Math.max(percent, 0);
        if (start == null) {
            return PaceClass.ON_PACE;
        }
        // reported - share, compared in exact fractions: reported * span vs gone * 100.
        long base = span == 0 ? 1 : span;
        long timeGone = span == 0 ? Math.min(gone, 1) : gone;
        long diff = reported * base - timeGone * 100;
        long band = (long) allowance * base;
        if (diff > band) {
            return PaceClass.AHEAD;
        }
        if (diff < -band) {
            return PaceClass.BEHIND;
        }
        return PaceClass.ON_PACE;
    }

    /**
     * Whether the reported percent (0 when nothing was reported) lags the share of time gone by more
     * than the allowance, whatever the class; false without a span to measure.
     */
    public boolean lagsTime(TaskPace p) {
        if (p.start() == null || p.end() == null) {
            return false;
        }
        long base = p.span() == 0 ? 1 : p.span();
        long timeGone = p.span() == 0 ? Math.min(p.gone(), 1) : p.gone();
        return p.reportedOrZero() * base - timeGone * 100 < -(long) allowance * base;
    }

    /** The period ongoing or recurring work is measured over on {@code today}, or null if it has none. */
    private static LocalDate[] currentPeriod(Task task, LocalDate start, LocalDate today) {
        LocalDate from = null;
        LocalDate to = null;
        boolean ongoing = false;
        for (Deadline d : task.deadlines()) {
            if (d.kind() == DeadlineKind.RECURRING) {
                LocalDate next = TaskSchedule.nextTurn(d, today);
                LocalDate previous = TaskSchedule.previousOccurrence(d, today);
                if (next != null && (to == null || next.isBefore(to))) {
                    to = next;
                    from = previous;
                }
            } else if (d.kind() == DeadlineKind.ONGOING || d.kind() == DeadlineKind.FROM
                    || d.kind() == DeadlineKind.PERIOD && d.end() == null) {
                ongoing = true;
            }
        }
        if (to == null && ongoing) {
            from = LocalDate.of(today.getYear(), 1, 1);
            to = LocalDate.of(today.getYear(), 12, 31);
        }
        if (to == null) {
            return null;
        }
        if (start != null && (from == null || start.isAfter(from))) {
            from = start;
            if (from.isAfter(to)) {
                to = LocalDate.of(from.getYear(), 12, 31);
            }
        }
        return new LocalDate[] {from, to};
    }
}
