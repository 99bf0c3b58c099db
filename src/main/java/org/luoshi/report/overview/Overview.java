package org.luoshi.report.overview;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.report.PaceClass;

/**
 * The 统计 of a plan, a set of plans or one unit on a day: counts per pace class, the same per unit,
 * the late reporters of the latest rounds and the completion trend across rounds.
 *
 * @param title  what it is about (a plan's title, "3 个方案", a unit's name)
 * @param unit   the unit it is restricted to, or null
 * @param tasks  every task counted, in plan order
 * @param counts the counts of {@code tasks} per class
 * @param units  one row per unit holding a counted task, the most tasks first
 */
public record Overview(String title, String unit, LocalDate today, int allowance, List<OverviewTask> tasks,
        PaceCounts counts, List<UnitRow> units, List<LateReporter> late, List<TrendPoint> trend) {

    public Overview {
        tasks = List.copyOf(tasks);
        units = List.copyOf(units);
        late = List.copyOf(late);
        trend = List.copyOf(trend);
    }

    /** The tasks behind a count of the whole: those in {@code pace} (null: all), in plan order. */
    public List<OverviewTask> tasksIn(PaceClass pace) {
        return tasks.stream().filter(t -> pace == null || t.pace().pace() == pace).toList();
    }

    /** The tasks behind a unit's count: {@code unit}'s tasks in {@code scope} and {@code pace} (null: all). */
    public List<OverviewTask> tasksOf(String unitName, RoleScope scope, PaceClass pace) {
        return tasks.stream()
                .filter(t -> scope.takes(t.pace().task().roleOf(unitName)))
                .filter(t -> pace == null || t.pace().pace() == pace)
                .toList();
    }
}
