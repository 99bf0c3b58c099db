package org.luoshi.find;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * Every task of the workspace in memory, plan by plan in plan order, for the lists across plans
 * (my unit, smart lists) and for search. Search is a scan of pre-normalized text: with 10,000
 * tasks that is a few milliseconds, and it finds any Chinese substring, which a word index would
 * not. Not thread-safe: the window keeps it on the FX thread.
 */
public final class TaskIndex {
    private final Map<Long, List<IndexedTask>> byPlan = new LinkedHashMap<>();
    private final Map<Long, IndexedTask> byTask = new HashMap<>();
    private List<IndexedTask> all;

    public static TaskIndex of(List<Plan> plans) {
        TaskIndex index = new TaskIndex();
        for (Plan p : plans) {
            index.putPlan(p);
        }
        return index;
    }

    /** Adds the plan, or replaces every task of it. */
    public void putPlan(Plan plan) {
        removePlan(plan.id());
        PlanRef ref = PlanRef.of(plan);
        List<IndexedTask> tasks = new ArrayList<>(plan.tasks().size());
        for (Task t : plan.tasks()) {
            IndexedTask it = IndexedTask.of(t, ref);
            tasks.add(it);
            byTask.put(t.id(), it);
        }
        byPlan.put(plan.id(), tasks);
        all = null;
    }

    public void removePlan(long planId) {
        List<IndexedTask> old = byPlan.remove(planId);
        if (old != null) {
            old.forEach(it -> byTask.remove(it.task().id()));
            all = null;
        }
    }

    /** Replaces one task (after an edit of it); a task the index does not hold is ignored. */
    public void putTask(Task task) {
        IndexedTask old = byTask.get(task.id());
        if (old == null) {
            return;
        }
        IndexedTask now = IndexedTask.of(task, old.plan());
        List<IndexedTask> tasks = byPlan.get(old.plan().id());
        tasks.set(tasks.indexOf(old), now);
        byTask.put(task.id(), now);
        all = null;
    }

    public IndexedTask get(long taskId) {
        return byTask.get(taskId);
    }

    public int size() {
        return byTask.size();
    }

    /** Every task, plan by plan, each plan's in order. */
    public List<IndexedTask> all() {
        if (all == null) {
            List<IndexedTask> list = new ArrayList<>(byTask.size());
            byPlan.values().forEach(list::addAll);
            all = Collections.unmodifiableList(list);
        }
        return all;
    }

    /** The tasks whose text, units, dates, progress, contact or notes contain every term of {@code query}. */
    public List<IndexedTask> search(String query) {
        List<String> terms = SearchText.terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<IndexedTask> hits = new ArrayList<>();
        for (IndexedTask it : all()) {
            if (SearchText.matches(it.haystack(), terms)) {
                hits.add(it);
            }
        }
        return hits;
    }

    /** The tasks in which {@code unitName} holds any role. */
    public List<IndexedTask> ofUnit(String unitName) {
        List<IndexedTask> hits = new ArrayList<>();
        for (IndexedTask it : all()) {
            for (Assignment a : it.task().assignments()) {
                if (a.unit().name().equals(unitName)) {
                    hits.add(it);
                    break;
                }
            }
        }
        return hits;
    }

    /** The names of every unit that holds a task, sorted. */
    public List<String> unitNames() {
        TreeSet<String> names = new TreeSet<>();
        for (IndexedTask it : all()) {
            it.task().assignments().forEach(a -> names.add(a.unit().name()));
        }
        return List.copyOf(names);
    }

    /** Open tasks (not done, not closed) per unit name. */
    public Map<String, Integer> openTaskCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (IndexedTask it : all()) {
            if (it.task().isFinished()) {
                continue;
            }
            it.task().assignments().stream().map(a -> a.unit().name()).distinct()
                    .forEach(name -> counts.merge(name, 1, Integer::sum));
        }
        return counts;
    }
}
