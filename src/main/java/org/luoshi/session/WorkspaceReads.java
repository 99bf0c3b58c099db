package org.luoshi.session;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.plan.UnitTaskCount;
import org.luoshi.storage.WorkspaceCheck;
import org.luoshi.storage.WorkspaceDamagedException;

/** What the window reads from the workspace besides edits: whole plans, the list of plans, the unit directory. */
public final class WorkspaceReads {
    /** The list of plans with the open tasks per unit and the directory with the workspace's aliases. */
    public record Overview(List<PlanSummary> plans, List<UnitTaskCount> unitCounts, UnitDirectory units) {
    }

    private WorkspaceReads() {
    }

    /**
     * Every plan of the workspace, whole, in plan order. In a damaged file a plan that cannot be
     * read is left out (the check of the file has said it is damaged): the others stay searchable.
     */
    public static List<Plan> allPlans(Session s, BackgroundTasks.Progress progress) {
        List<PlanSummary> list = s.workspace().plans().list();
        List<Plan> all = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            try {
                s.workspace().plans().load(list.get(i).id()).ifPresent(all::add);
            } catch (WorkspaceDamagedException e) {
                // Left out: choosing the plan in the window says it cannot be read.
            }
            progress.update(i + 1, list.size());
        }
        return all;
    }

    /** One whole plan, or null if the workspace has none with this id. */
    public static Plan plan(Session s, long id) {
        return s.workspace().plans().load(id).orElse(null);
    }

    public static Overview overview(Session s) {
        return new Overview(s.workspace().plans().list(), s.workspace().units().openTaskCounts(), units(s));
    }

    /** The built-in unit table with the workspace's own aliases (which win). */
    public static UnitDirectory units(Session s) {
        return UnitDirectory.builtIn().withAliases(s.workspace().units().aliases());
    }

    /**
     * The one check of the workspace file (reads every page): the window runs it on the I/O thread
     * right after opening, so that every edit queued after it waits for its answer.
     */
    public static WorkspaceCheck check(Session s) {
        return s.workspace().check();
    }
}
