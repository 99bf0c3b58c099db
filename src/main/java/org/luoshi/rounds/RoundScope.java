package org.luoshi.rounds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * Who is asked about what in a round: its tasks (those it names, else every task of the plan not
 * closed), its units (those it names, else every unit holding one of those tasks, in plan order), and
 * each unit's tasks grouped by its role: 牵头, then 责任, then 配合.
 */
public final class RoundScope {
    private final Plan plan;
    private final List<Task> tasks;
    private final List<String> units;

    private RoundScope(Plan plan, List<Task> tasks, List<String> units) {
        this.plan = plan;
        this.tasks = tasks;
        this.units = units;
    }

    public static RoundScope of(Plan plan, Round round) {
        Set<Long> asked = new HashSet<>(round.taskIds());
        List<Task> tasks = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (asked.isEmpty() ? t.status() != TaskStatus.CLOSED : asked.contains(t.id())) {
                tasks.add(t);
            }
        }
        Set<String> units = new LinkedHashSet<>();
        if (round.units().isEmpty()) {
            for (Role role : Role.values()) {
                for (Task t : tasks) {
                    t.unitNames(role).forEach(units::add);
                }
            }
        } else {
            units.addAll(round.units());
        }
        return new RoundScope(plan, List.copyOf(tasks), List.copyOf(units));
    }

    public Plan plan() {
        return plan;
    }

    /** The round's tasks, in plan order. */
    public List<Task> tasks() {
        return tasks;
    }

    /** The round's units. */
    public List<String> units() {
        return units;
    }

    /** {@code unit}'s tasks in the round by its role, each group in plan order; roles without tasks left out. */
    public Map<Role, List<Task>> tasksOf(String unit) {
        Map<Role, List<Task>> byRole = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (Task t : tasks) {
                if (t.roleOf(unit) == role) {
                    byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(t);
                }
            }
        }
        return byRole;
    }

    /** The ids of {@code unit}'s tasks in the round, in form order. */
    public List<Long> taskIdsOf(String unit) {
        List<Long> ids = new ArrayList<>();
        tasksOf(unit).values().forEach(list -> list.forEach(t -> ids.add(t.id())));
        return ids;
    }

    /**
     * The ids of each unit's tasks in the round (the same tasks as {@link #taskIdsOf}, as a set),
     * worked out in one pass over the tasks: what a board of many units reads.
     */
    public Map<String, Set<Long>> taskIdSets() {
        Map<String, Set<Long>> sets = new HashMap<>();
        for (Task t : tasks) {
            for (Assignment a : t.assignments()) {
                sets.computeIfAbsent(a.unit().name(), u -> new HashSet<>()).add(t.id());
            }
        }
        return sets;
    }

    /** The cooperating units of a task. */
    public static List<String> cooperating(Task task) {
        return task.assignments().stream().filter(a -> a.role() == Role.COOPERATING)
                .map(Assignment::unit).map(u -> u.name()).toList();
    }
}
