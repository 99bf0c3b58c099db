package org.luoshi.edit;

import org.luoshi.plan.Plan;
import org.luoshi.storage.Removed;
import org.luoshi.storage.Workspace;

/**
 * Deletes a plan with all its tasks. The plan stays in this edit, in memory, with its reminder
 * rules, snoozes and done marks, so undo puts it back whole, under the same ids, for as long as
 * the window is open.
 */
final class DeletePlan implements Edit {
    private final String description;
    private final long planId;
    private Removed<Plan> removed;

    DeletePlan(String description, long planId) {
        this.description = description;
        this.planId = planId;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        removed = ws.plans().remove(planId);
        return Change.planList(planId, 0);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.plans().restore(removed);
        return Change.planList(planId, planId);
    }
}
