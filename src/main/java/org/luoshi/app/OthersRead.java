package org.luoshi.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.plan.UnitTaskCount;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.storage.Workspace;

/**
 * What a window on a server reads after another client committed something: the stamps of the plans
 * (which changed), then those of the plans it holds whose stamp moved — and of those only the ones
 * that really differ from what it holds —, the list of plans, the open tasks per unit, the unit
 * directory and the workspace's settings. A handful of small queries and only the plans that changed:
 * an import of 1,000 tasks by someone else reads that one plan again, not the other 9,000 tasks.
 *
 * @param stamps   the plan stamps read first (a commit after them is seen on the next reading)
 * @param plans    the plans held that changed (empty: deleted), in no particular order
 */
record OthersRead(Map<Long, String> stamps, Map<Long, Optional<Plan>> plans, List<PlanSummary> list,
        List<UnitTaskCount> unitCounts, UnitDirectory units, WorkspaceSettings settings) {

    /**
     * @param known the stamps of the last reading (null: none yet — every plan held is read and compared)
     * @param held  the plans the window holds in memory, by id (immutable records, safe to hand over)
     */
    static UseCase<OthersRead> read(Map<Long, String> known, Map<Long, Plan> held) {
        return s -> read(s, known, held);
    }

    private static OthersRead read(Session s, Map<Long, String> known, Map<Long, Plan> held) {
        Workspace ws = s.workspace();
        Map<Long, String> stamps = ws.planStamps();
        Map<Long, Optional<Plan>> changed = new LinkedHashMap<>();
        for (Map.Entry<Long, Plan> h : held.entrySet()) {
            long id = h.getKey();
            String now = stamps.get(id);
            if (now == null) {
                changed.put(id, Optional.empty()); // every plan has its own row: no stamp, no plan
            } else if (known == null || !now.equals(known.get(id))) {
                Optional<Plan> read = ws.plans().load(id);
                if (read.isEmpty() || !read.get().equals(h.getValue())) {
                    changed.put(id, read);
                }
            }
        }
        return new OthersRead(stamps, changed, ws.plans().list(), ws.units().openTaskCounts(),
                UnitDirectory.builtIn().withAliases(ws.units().aliases()), WorkspaceSettings.load(ws));
    }
}
