package org.luoshi.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * The pace of every task of one plan on one day, in the plan's order.
 *
 * @param plan  the plan
 * @param today the day the pace is reckoned on
 * @param tasks one {@link TaskPace} per task, in plan order
 */
public record PlanPace(Plan plan, LocalDate today, List<TaskPace> tasks) {
    public PlanPace {
        tasks = List.copyOf(tasks);
    }

    /** Works out the pace of every task of {@code plan} on {@code today} under {@code rules}. */
    public static PlanPace of(Plan plan, LocalDate today, PaceRules rules) {
        return of(plan, today, rules, UnaryOperator.identity());
    }

    /**
     * The pace reckoned on the dates that count: {@code counting} gives each task with the dates the office
     * counts in place (approved extensions under its deadline rule); the tasks named keep their own dates.
     */
    public static PlanPace of(Plan plan, LocalDate today, PaceRules rules, UnaryOperator<Task> counting) {
        List<TaskPace> paces = new ArrayList<>(plan.tasks().size());
        for (Task t : plan.tasks()) {
            paces.add(rules.of(t, counting.apply(t), plan.issuedOn(), today));
        }
        return new PlanPace(plan, today, paces);
    }

    /** How many tasks are in each class; every class present, 0 where none. */
    public Map<PaceClass, Integer> counts() {
        Map<PaceClass, Integer> counts = new EnumMap<>(PaceClass.class);
        for (PaceClass c : PaceClass.values()) {
            counts.put(c, 0);
        }
        for (TaskPace p : tasks) {
            counts.merge(p.pace(), 1, Integer::sum);
        }
        return counts;
    }

    /** The tasks in {@code pace}, in plan order. */
    public List<TaskPace> in(PaceClass pace) {
        return tasks.stream().filter(p -> p.pace() == pace).toList();
    }
}
