package org.luoshi.importer;

import org.luoshi.plan.Plan;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.storage.Workspace;

/** Saves an imported plan into a workspace with its unit names put through the unit directory. */
public final class PlanSaving {
    private PlanSaving() {
    }

    /** Normalises unit names (built-in table plus the workspace's aliases), then saves in one transaction. */
    public static Plan save(Workspace workspace, Plan plan) {
        return workspace.plans().save(normalise(workspace, plan));
    }

    /**
     * The plan with its units named as this workspace names them: a plan from another office (a
     * JSON file) then joins the units already here instead of adding their other names.
     */
    public static Plan normalise(Workspace workspace, Plan plan) {
        return UnitDirectory.builtIn().withAliases(workspace.units().aliases()).normalise(plan);
    }
}
