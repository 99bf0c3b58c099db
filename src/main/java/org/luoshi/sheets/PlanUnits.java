package org.luoshi.sheets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/** The units a plan gives tasks to, in the order the plan first names them. */
public final class PlanUnits {
    private PlanUnits() {
    }

    public static List<UnitRoles> of(Plan plan) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Task task : plan.tasks()) {
            for (String unit : unitsOf(task)) {
                Role role = roleOf(task, unit).orElseThrow();
                counts.computeIfAbsent(unit, k -> new int[Role.values().length])[role.ordinal()]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new UnitRoles(e.getKey(), e.getValue()[Role.LEAD.ordinal()],
                        e.getValue()[Role.RESPONSIBLE.ordinal()], e.getValue()[Role.COOPERATING.ordinal()]))
                .toList();
    }

    /** The plan's unit with this name (spaces around it ignored), if the plan names it. */
    public static Optional<String> find(Plan plan, String name) {
        String wanted = name == null ? "" : name.strip();
        return of(plan).stream().map(UnitRoles::unit).filter(u -> u.equals(wanted)).findFirst();
    }

    /**
     * The role {@code unit} plays in {@code task}: the strongest one if the clause names it twice
     * (lead over responsible over cooperating), empty if it plays none.
     */
    public static Optional<Role> roleOf(Task task, String unit) {
        Role best = null;
        for (Assignment a : task.assignments()) {
            if (a.unit().name().equals(unit) && (best == null || a.role().ordinal() < best.ordinal())) {
                best = a.role();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> unitsOf(Task task) {
        return task.assignments().stream().map(a -> a.unit().name()).distinct().toList();
    }
}
