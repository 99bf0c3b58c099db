package org.luoshi.edit;

import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/** Gives a plan a new title. */
final class RenamePlan implements Edit {
    private final String description;
    private final long planId;
    private final String seen;
    private final String title;
    private String old;

    /** @param seen the plan's own title the person saw (null: none) */
    RenamePlan(String description, long planId, String seen, String title) {
        this.description = description;
        this.planId = planId;
        this.seen = seen == null ? "" : seen;
        this.title = title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        old = claim(ws, EditConflict.Step.EDIT, seen, title);
        ws.plans().rename(planId, title);
        return Change.planList(planId, planId);
    }

    @Override
    public Change undo(Workspace ws) {
        claim(ws, EditConflict.Step.UNDO, title, old);
        ws.plans().rename(planId, old);
        return Change.planList(planId, planId);
    }

    @Override
    public Change redo(Workspace ws) {
        claim(ws, EditConflict.Step.REDO, old, title);
        ws.plans().rename(planId, title);
        return Change.planList(planId, planId);
    }

    private String claim(Workspace ws, EditConflict.Step step, String expected, String attempted) {
        return RowGuard.claim(ws, Row.PLAN, planId, step, description, expected,
                () -> java.util.Optional.of(java.util.Objects.toString(ws.plans().title(planId), "")), t -> t, attempted);
    }
}
