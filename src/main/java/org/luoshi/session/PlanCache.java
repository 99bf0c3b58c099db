package org.luoshi.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.find.TaskIndex;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.plan.UnitTaskCount;

/**
 * The workspace as the window holds it in memory: the whole plans read so far, the index of every
 * task once all are read, the open tasks per unit and the unit directory. Kept up to date from the
 * session's {@link ReadBack}s. Not thread-safe: the window keeps it on the FX thread.
 */
public final class PlanCache {
    private final Map<Long, Plan> plansById = new HashMap<>();
    private TaskIndex index = TaskIndex.of(List.of());
    private boolean indexReady;
    private List<UnitTaskCount> storedUnitCounts = List.of();
    private UnitDirectory units;

    /** A whole plan read, or null. */
    public Plan plan(long id) {
        return plansById.get(id);
    }

    public void put(Plan plan) {
        plansById.put(plan.id(), plan);
    }

    /** Every plan was read and indexed: lists across plans and search can start. */
    public void indexed(List<Plan> all, TaskIndex built) {
        all.forEach(this::put);
        index = built;
        indexReady = true;
    }

    /** Everything is to be read again (the units were merged): plans are forgotten until then. */
    public void forgetPlans() {
        plansById.clear();
        indexReady = false;
    }

    /** The index of every task (empty until {@link #indexReady()}). */
    public TaskIndex index() {
        return index;
    }

    public boolean indexReady() {
        return indexReady;
    }

    /** Takes in what a change touched; gives the ids of the tasks touched (their facts are stale). */
    public Set<Long> apply(ReadBack r) {
        Set<Long> touched = new HashSet<>(r.goneTasks());
        for (ReadBack.PlanTask pt : r.tasks()) {
            touched.add(pt.task().id());
            Plan p = plansById.get(pt.planId());
            if (p != null) {
                plansById.put(p.id(), p.withTask(pt.task()));
            }
            index.putTask(pt.task());
        }
        r.plans().forEach((id, loaded) -> {
            if (loaded.isPresent()) {
                loaded.get().tasks().forEach(t -> touched.add(t.id()));
                plansById.put(id, loaded.get());
                if (indexReady) {
                    index.putPlan(loaded.get());
                }
            } else {
                plansById.remove(id);
                index.removePlan(id);
            }
        });
        if (r.unitCounts() != null) {
            storedUnitCounts = r.unitCounts();
        }
        return touched;
    }

    /** The open tasks per unit as last read from the workspace. */
    public List<UnitTaskCount> storedUnitCounts() {
        return storedUnitCounts;
    }

    public void useUnitCounts(List<UnitTaskCount> counts) {
        storedUnitCounts = List.copyOf(counts);
    }

    public void useUnits(UnitDirectory directory) {
        units = directory;
    }

    /** Open tasks per unit: from the index once it is ready, from the workspace's counts before. */
    public Map<String, Integer> openTaskCounts() {
        Map<String, Integer> counts = new HashMap<>();
        if (indexReady) {
            storedUnitCounts.forEach(c -> counts.put(c.unit().name(), 0));
            counts.putAll(index.openTaskCounts());
        } else {
            storedUnitCounts.forEach(c -> counts.put(c.unit().name(), c.taskCount()));
        }
        return counts;
    }

    /** Every unit of the directory, for completion and the navigator. */
    public List<String> unitNames() {
        return new ArrayList<>(openTaskCounts().keySet());
    }

    /** The name the directory keeps for a typed unit name (省发改委 → 省发展改革委), with the workspace's aliases. */
    public String canonicalUnit(String typed) {
        return units == null ? typed.strip() : units.canonical(typed);
    }

    /**
     * Every plan of {@code listed} as held in memory, or null while not all of them are (the index
     * not built yet, the plan list just read again): for work that would otherwise read them all.
     */
    public List<Plan> all(List<PlanSummary> listed) {
        if (!indexReady || plansById.size() != listed.size()) {
            return null;
        }
        for (PlanSummary s : listed) {
            if (!plansById.containsKey(s.id())) {
                return null;
            }
        }
        return List.copyOf(plansById.values());
    }
}
