package org.luoshi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/** Pace never goes backwards: more reported never lowers the class, and time never runs backwards. */
class PaceProperties {
    private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

    private static int rank(PaceClass c) {
        return switch (c) {
            case OVERDUE -> 0;
            case BEHIND -> 1;
            case ON_PACE -> 2;
            case AHEAD -> 3;
            default -> throw new AssertionError("a started, dated, open task is never " + c);
        };
    }

    private static Task task(int dueDay, int percent) {
        return new Task(1, 1, "1", null, null, "任务", List.of(), false,
                List.of(Deadline.by("限期", BASE.plusDays(dueDay))), List.of(),
                List.of(ProgressEntry.of(BASE, percent, "")), TaskStatus.IN_PROGRESS, 0);
    }

    @Property
    void moreReportedNeverLowersTheClass(@ForAll @IntRange(min = 0, max = 800) int dueDay,
            @ForAll @IntRange(min = -50, max = 900) int todayDay, @ForAll @IntRange(max = 100) int low,
            @ForAll @IntRange(max = 100) int high, @ForAll @IntRange(max = 30) int allowance) {
        int a = Math.min(low, high);
        int b = Math.max(low, high);
        PaceRules rules = new PaceRules(allowance);
        LocalDate today = BASE.plusDays(todayDay);
        TaskPace lower = rules.of(task(dueDay, a), BASE, today);
        TaskPace higher = rules.of(task(dueDay, b), BASE, today);
        assertThat(rank(lower.pace())).isLessThanOrEqualTo(rank(higher.pace()));
        assertThat(lower.sharePercent()).isBetween(0, 100).isEqualTo(higher.sharePercent());
    }

    @Property
    void theShareOfTimeNeverShrinks(@ForAll @IntRange(min = 0, max = 800) int dueDay,
            @ForAll @IntRange(min = -50, max = 900) int day, @ForAll @IntRange(min = 0, max = 60) int later) {
        PaceRules rules = PaceRules.DEFAULT;
        Task t = task(dueDay, 50);
        TaskPace before = rules.of(t, BASE, BASE.plusDays(day));
        TaskPace after = rules.of(t, BASE, BASE.plusDays(day + later));
        assertThat(after.sharePercent()).isGreaterThanOrEqualTo(before.sharePercent());
        assertThat(rank(after.pace())).isLessThanOrEqualTo(rank(before.pace()));
    }
}
