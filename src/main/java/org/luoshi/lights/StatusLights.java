package org.luoshi.lights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.luoshi.plan.DatedPoint;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskSchedule;
import org.luoshi.plan.TaskStatus;
import org.luoshi.report.PaceClass;
import org.luoshi.report.PaceRules;
import org.luoshi.report.TaskPace;

/**
 * Computes a task's light against a clock, so tests can fix the day. The light follows the task's
 * pace class ({@link PaceRules}, with the thresholds' allowance), so the lights and the reports agree:
 * <ol>
 * <li>blue when the task is 已完成 (done or closed);</li>
 * <li>red when it is 已逾期 (its final due date has passed, less than 100 % reported); green with
 * the reason {@link LightReason#REPORTED_DONE} when 100 % was reported but it is not marked done;</li>
 * <li>yellow when a deadline or milestone falls within {@code dueSoonDays} from today;</li>
 * <li>yellow when it is 欠序时, or 未启动 while its time gone is already more than the allowance;</li>
 * <li>green otherwise (超序时, 达序时, 未启动 early on, 无时限).</li>
 * </ol>
 */
public final class StatusLights {
    private final Clock clock;
    private final LightThresholds thresholds;

    public StatusLights(Clock clock, LightThresholds thresholds) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LightThresholds thresholds() {
        return thresholds;
    }

    public Clock clock() {
        return clock;
    }

    /** The light of {@code task} in a plan issued on {@code planStart} (may be null). */
    public StatusLight of(Task task, LocalDate planStart) {
        LocalDate today = today();
        return of(task, TaskSchedule.of(task, planStart, today), today);
    }

    /** The light from a schedule already worked out for {@code today}. */
    public StatusLight of(Task task, TaskSchedule schedule, LocalDate today) {
        PaceRules rules = new PaceRules(thresholds.paceGracePercent());
        TaskPace pace = rules.of(task, schedule, today);
        int progress = pace.reportedOrZero();
        PaceClass cls = pace.pace();
        if (cls == PaceClass.DONE) {
            LightReason reason = task.status() == TaskStatus.CLOSED ? LightReason.CLOSED : LightReason.DONE;
            return new StatusLight(LightColor.BLUE, reason, null, "", 0, -1, progress, cls);
        }
        LocalDate due = schedule.finalDue();
        int elapsed = elapsedPercent(schedule.start(), due, today);
        if (due != null && today.isAfter(due)) {
            if (cls == PaceClass.OVERDUE) {
                return new StatusLight(LightColor.RED, LightReason.OVERDUE, due, schedule.finalPoint().what(),
                        ChronoUnit.DAYS.between(due, today), elapsed, progress, cls);
            }
            return new StatusLight(LightColor.GREEN, LightReason.REPORTED_DONE, due, schedule.finalPoint().what(),
                    ChronoUnit.DAYS.between(due, today), elapsed, progress, cls);
        }
        DatedPoint next = schedule.nextOnOrAfter(today);
        if (next != null) {
            long left = ChronoUnit.DAYS.between(today, next.date());
            if (left <= thresholds.dueSoonDays()) {
                return new StatusLight(LightColor.YELLOW, LightReason.DUE_SOON, next.date(), next.what(), left,
                        elapsed, progress, cls);
            }
        }
        if (cls == PaceClass.BEHIND || cls == PaceClass.NOT_STARTED && rules.lagsTime(pace)) {
            int share = pace.sharePercent();
            return new StatusLight(LightColor.YELLOW, LightReason.BEHIND_PACE, pace.end(), "", 0,
                    elapsed >= 0 ? elapsed : share, progress, cls);
        }
        if (next == null) {
            return new StatusLight(LightColor.GREEN, LightReason.NO_DATE, null, "", 0, elapsed, progress, cls);
        }
        return new StatusLight(LightColor.GREEN, LightReason.ON_TRACK, next.date(), next.what(),
                ChronoUnit.DAYS.between(today, next.date()), elapsed, progress, cls);
    }

    /**
     * The share of {@code [start, due]} gone by {@code today}, in whole percent (rounded down),
     * or -1 when the task has no such span or today is outside it.
     */
    static int elapsedPercent(LocalDate start, LocalDate due, LocalDate today) {
        if (start == null || due == null || !start.isBefore(due) || today.isBefore(start) || today.isAfter(due)) {
            return -1;
        }
        long span = ChronoUnit.DAYS.between(start, due);
        long gone = ChronoUnit.DAYS.between(start, today);
        return (int) (gone * 100 / span);
    }
}
