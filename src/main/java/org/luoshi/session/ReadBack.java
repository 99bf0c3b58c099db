package org.luoshi.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.edit.Change;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.Task;
import org.luoshi.plan.UnitTaskCount;
import org.luoshi.storage.Workspace;

/**
 * What a change touched, read back from the workspace right after it: the tasks changed in place,
 * the tasks gone, the whole plans added, changed or deleted (empty), and — when they may have
 * changed — the list of plans and the open tasks per unit (else null).
 */
public record ReadBack(List<PlanTask> tasks, List<Long> goneTasks, Map<Long, Optional<Plan>> plans,
        List<PlanSummary> planList, List<UnitTaskCount> unitCounts) {

    /** A task as stored now, with the plan it belongs to. */
    public record PlanTask(long planId, Task task) {
    }

    /** Reads back what {@code change} touched. On the I/O thread. */
    static ReadBack of(Workspace ws, Change change) {
        List<PlanTask> changedTasks = new ArrayList<>();
        List<Long> goneTasks = new ArrayList<>();
        for (long id : change.tasks()) {
            Optional<Task> t = ws.tasks().load(id);
            if (t.isPresent()) {
                changedTasks.add(new PlanTask(ws.tasks().planOf(id), t.get()));
            } else {
                goneTasks.add(id);
            }
        }
        Map<Long, Optional<Plan>> changedPlans = new LinkedHashMap<>();
        for (long id : change.plans()) {
            changedPlans.put(id, ws.plans().load(id));
        }
        List<PlanSummary> list = change.planList() || !change.plans().isEmpty() ? ws.plans().list() : null;
        boolean unitsChanged = !change.plans().isEmpty() || !change.tasks().isEmpty();
        return new ReadBack(changedTasks, goneTasks, changedPlans, list,
                unitsChanged ? ws.units().openTaskCounts() : null);
    }
}
