package org.luoshi.edit;

import org.luoshi.plan.Plan;
import org.luoshi.storage.Workspace;

/**
 * Stores a new plan: one made by hand, a copy of another, or one received as JSON. Undo deletes
 * it; redo puts it back under the same ids, so the edits made in it afterwards redo too.
 */
final class CreatePlan implements Edit {
    private final String description;
    private final PlanSource source;
    private Plan stored;

    /** Gives the plan to store when the edit first runs (a copy reads its original then). */
    @FunctionalInterface
    interface PlanSource {
        Plan plan(Workspace ws);
    }

    CreatePlan(String description, PlanSource source) {
        this.description = description;
        this.source = source;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        stored = ws.plans().save(source.plan(ws));
        return Change.planList(stored.id(), stored.id());
    }

    @Override
    public Change undo(Workspace ws) {
        ws.plans().delete(stored.id());
        return Change.planList(stored.id(), 0);
    }

    @Override
    public Change redo(Workspace ws) {
        ws.plans().restore(stored);
        return Change.planList(stored.id(), stored.id());
    }

    /** The plan as stored by the last run, or null before the first. */
    Plan stored() {
        return stored;
    }
}
