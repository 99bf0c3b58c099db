package org.luoshi.lights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * Computes a task's light against a clock, so tests can fix the day:
 * <ol>
 * <li>blue when the task is done (已完成) or closed (已销号);</li>
 * <li>red when its final due date has passed;</li>
 * <li>yellow when a deadline or milestone falls within {@code dueSoonDays} from today;</li>
 * <li>yellow when it is behind pace: the latest progress percent (plus the grace) is below the
 * share of the time from its start to its final due date already gone, in whole percent;</li>
 * <li>green otherwise.</li>
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
        ProgressEntry latest = task.latestProgress();
        int progress = latest == null ? 0 : latest.percent();
        if (task.isFinished()) {
            LightReason reason = task.status() == TaskStatus.CLOSED ? LightReason.CLOSED : LightReason.DONE;
            return new StatusLight(LightColor.BLUE, reason, null, "", 0, -1, progress);
        }
        LocalDate due = schedule.finalDue();
        int elapsed = elapsedPercent(schedule.start(), due, today);
        if (due != null && today.isAfter(due)) {
            return new StatusLight(LightColor.RED, LightReason.OVERDUE, due, schedule.finalPoint().what(),
                    ChronoUnit.DAYS.between(due, today), elapsed, progress);
        }
        DatedPoint next = schedule.nextOnOrAfter(today);
        if (next != null) {
            long left = ChronoUnit.DAYS.between(today, next.date());
            if (left <= thresholds.dueSoonDays()) {
                return new StatusLight(LightColor.YELLOW, LightReason.DUE_SOON, next.date(), next.what(), left,
                        elapsed, progress);
            }
        }
        if (elapsed >= 0 && progress + thresholds.paceGracePercent() < elapsed) {
            return new StatusLight(LightColor.YELLOW, LightReason.BEHIND_PACE, due, "", 0, elapsed, progress);
        }
        if (next == null) {
            return new StatusLight(LightColor.GREEN, LightReason.NO_DATE, null, "", 0, elapsed, progress);
        }
        return new StatusLight(LightColor.GREEN, LightReason.ON_TRACK, next.date(), next.what(),
                ChronoUnit.DAYS.between(today, next.date()), elapsed, progress);
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
