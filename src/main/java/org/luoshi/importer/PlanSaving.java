package org.luoshi.importer;

import org.luoshi.edit.Change;
import org.luoshi.edit.PlanEdits;
import org.luoshi.plan.Plan;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** Stores a plan that came from outside (a document, a JSON file) with its unit names put through the unit directory. */
public final class PlanSaving {
    private PlanSaving() {
    }

    /** Names the plan's units as the workspace does, then saves it in one transaction (not as an edit: the sample plan on first start). */
    public static Plan save(Workspace workspace, Plan plan) {
        return workspace.plans().save(normalise(workspace, plan));
    }

    /**
     * Names the plan's units as this workspace names them, then stores it as one undoable edit;
     * gives the plan as stored, with its ids. Inside a use case.
     */
    public static Plan storeAsEdit(Session session, Plan plan) {
        Plan named = normalise(session.workspace(), plan);
        Change change = session.apply(PlanEdits.importPlan(named));
        return session.workspace().plans().load(change.focusPlan()).orElseThrow();
    }

    /**
     * The plan with its units named as this workspace names them (built-in table plus the
     * workspace's aliases): a plan from another office then joins the units already here instead of
     * adding their other names.
     */
    public static Plan normalise(Workspace workspace, Plan plan) {
        return UnitDirectory.builtIn().withAliases(workspace.units().aliases()).normalise(plan);
    }
}
