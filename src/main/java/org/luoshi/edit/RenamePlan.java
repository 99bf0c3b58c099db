package org.luoshi.edit;

import org.luoshi.storage.Workspace;

/** Gives a plan a new title. */
final class RenamePlan implements Edit {
    private final String description;
    private final long planId;
    private final String title;
    private String old;

    RenamePlan(String description, long planId, String title) {
        this.description = description;
        this.planId = planId;
        this.title = title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        old = ws.plans().title(planId);
        ws.plans().rename(planId, title);
        return Change.planList(planId, planId);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.plans().rename(planId, old);
        return Change.planList(planId, planId);
    }
}
