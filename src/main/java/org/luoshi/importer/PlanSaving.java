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
        UnitDirectory directory = UnitDirectory.builtIn().withAliases(workspace.units().aliases());
        return workspace.plans().save(directory.normalise(plan));
    }
}
