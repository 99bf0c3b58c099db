package org.luoshi.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.Task;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.plan.UnitTaskCount;
import org.luoshi.session.ReadBack;
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
 * @param plans    the plans held that changed as a whole (tasks added, removed or moved, headings changed;
 *                 empty: deleted)
 * @param tasks    the tasks changed in place in plans held otherwise unchanged (the window then works out
 *                 just those again, as after an edit of its own)
 */
record OthersRead(Map<Long, String> stamps, Map<Long, Optional<Plan>> plans, List<ReadBack.PlanTask> tasks,
        List<PlanSummary> list, List<UnitTaskCount> unitCounts, UnitDirectory units, WorkspaceSettings settings) {

    /**
     * @param known the stamps of the last reading (null: none yet — every plan held is read and compared)
     * @param held  the plans the window holds in memory, by id (immutable records, safe to hand over)
     */
    static UseCase<OthersRead> read(Map<Long, String> known, Map<Long, Plan> held) {
        return s -> read(s, known, held);
    }

    /**
     * The tasks of {@code now} that differ from {@code held}'s when nothing else does (the same tasks in the
     * same order, the same headings and plan fields), or null when the plan changed otherwise.
     */
    static List<Task> changedInPlace(Plan held, Plan now) {
        if (held.tasks().size() != now.tasks().size()) {
            return null;
        }
        List<Task> changed = new ArrayList<>();
        Plan patched = held;
        for (int i = 0; i < now.tasks().size(); i++) {
            Task was = held.tasks().get(i);
            Task is = now.tasks().get(i);
            if (was.id() != is.id()) {
                return null;
            }
            if (!was.equals(is)) {
                changed.add(is);
                patched = patched.withTask(is);
            }
        }
        return patched.equals(now) ? changed : null;
    }

    private static OthersRead read(Session s, Map<Long, String> known, Map<Long, Plan> held) {
        Workspace ws = s.workspace();
        Map<Long, String> stamps = ws.planStamps();
        Map<Long, Optional<Plan>> changed = new LinkedHashMap<>();
        List<ReadBack.PlanTask> tasks = new ArrayList<>();
        for (Map.Entry<Long, Plan> h : held.entrySet()) {
            long id = h.getKey();
            String now = stamps.get(id);
            if (now == null) {
                changed.put(id, Optional.empty()); // every plan has its own row: no stamp, no plan
            } else if (known == null || !now.equals(known.get(id))) {
                Optional<Plan> read = ws.plans().load(id);
                if (read.isEmpty()) {
                    changed.put(id, read);
                } else if (!read.get().equals(h.getValue())) {
                    List<Task> inPlace = changedInPlace(h.getValue(), read.get());
                    if (inPlace == null) {
                        changed.put(id, read);
                    } else {
                        inPlace.forEach(t -> tasks.add(new ReadBack.PlanTask(id, t)));
                    }
                }
            }
        }
        return new OthersRead(stamps, changed, tasks, ws.plans().list(), ws.units().openTaskCounts(),
                UnitDirectory.builtIn().withAliases(ws.units().aliases()), WorkspaceSettings.load(ws));
    }
}
