package org.luoshi.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.luoshi.find.IndexedTask;
import org.luoshi.find.PlanRef;
import org.luoshi.find.RoleChoice;
import org.luoshi.find.SmartList;
import org.luoshi.find.TaskFacts;
import org.luoshi.find.TaskFilter;
import org.luoshi.find.TaskRows;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightColor;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.Task;

/**
 * The centre of the window: which view is on show, the filter over it, the rows that result, and
 * the selected task. Rows are worked out on the FX thread from data in memory, which is fast
 * enough for 10,000 tasks (see docs/PERFORMANCE.md).
 */
public final class TaskViewModel {
    private final MainViewModel main;
    private final ObjectProperty<ViewKey> view = new SimpleObjectProperty<>(this, "view");
    private final ObjectProperty<TaskFilter> filter = new SimpleObjectProperty<>(this, "filter", TaskFilter.NONE);
    private final ReadOnlyObjectWrapper<List<OutlineRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyObjectWrapper<TaskFacts> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary", Summary.EMPTY);
    private final ReadOnlyObjectWrapper<Map<SmartList, Integer>> smartCounts =
            new ReadOnlyObjectWrapper<>(this, "smartCounts", Map.of());
    private long selectedTaskId;
    private boolean refreshPending;
    private boolean smartCountsStale = true;
    /** The facts of every task row on show, to find the selected one again after a refresh. */
    private final java.util.Map<Long, TaskFacts> onShow = new java.util.HashMap<>();

    /** Counts of the rows on show, for the status bar. */
    public record Summary(int shown, int total, Map<LightColor, Integer> lights) {
        static final Summary EMPTY = new Summary(0, 0, Map.of());
    }

    public TaskViewModel(MainViewModel main) {
        this.main = main;
        view.addListener((obs, old, v) -> refresh());
        filter.addListener((obs, old, f) -> refresh());
        main.dataRevisionProperty().addListener((obs, old, r) -> {
            smartCountsStale = true;
            refreshSoon();
        });
        main.planProperty().addListener((obs, old, p) -> {
            ViewKey v = view.get();
            if (p != null && v instanceof ViewKey.PlanView pv && pv.planId() == p.id()) {
                refreshSoon();
            } else if (p != null && (v == null || v instanceof ViewKey.PlanView pv && !planExists(pv.planId()))) {
                // First start, or the plan on show was deleted: show the plan that is current now.
                view.set(new ViewKey.PlanView(p.id()));
            } else if (p == null && v instanceof ViewKey.PlanView) {
                refreshSoon();
            }
        });
        main.planRequestedProperty().addListener((obs, old, id) -> {
            if (id != null) {
                view.set(new ViewKey.PlanView(id));
            }
        });
        main.lastChangeProperty().addListener((obs, old, change) -> {
            if (change == null) {
                return;
            }
            if (change.planList() && change.focusPlan() != 0) {
                view.set(new ViewKey.PlanView(change.focusPlan()));
            }
            if (change.focusTask() != 0) {
                select(change.focusTask());
            }
        });
    }

    /**
     * Refreshes once after a burst of changes (an edit changes the plan, the counts and the
     * revision together); what the user asks for directly (a view, a filter) refreshes at once.
     */
    private void refreshSoon() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        javafx.application.Platform.runLater(() -> {
            if (refreshPending) {
                refresh();
            }
        });
    }

    /** Works out the rows of the view on show again. */
    public void refresh() {
        refreshPending = false;
        if (smartCountsStale) {
            smartCountsStale = false;
            refreshSmartCounts();
        }
        ViewKey v = view.get();
        onShow.clear();
        placeholder.set("");
        List<OutlineRow> result;
        if (v == null) {
            result = List.of();
            title.set(main.plansProperty().isEmpty() && main.loadedProperty().get() ? Messages.get("app.noPlans") : "");
            subtitle.set("");
        } else if (v instanceof ViewKey.PlanView pv) {
            result = planRows(pv.planId());
        } else if (!main.indexReadyProperty().get()) {
            result = List.of();
            placeholder.set(Messages.get("app.indexing"));
            title.set(viewTitle(v));
            subtitle.set("");
        } else {
            result = listRows(v);
        }
        rows.set(result);
        Map<LightColor, Integer> lights = new EnumMap<>(LightColor.class);
        for (TaskFacts f : onShow.values()) {
            lights.merge(f.light().color(), 1, Integer::sum);
        }
        summary.set(new Summary(onShow.size(), totalOf(v), lights));
        TaskFacts again = onShow.get(selectedTaskId);
        selected.set(again);
    }

    private boolean planExists(long planId) {
        return main.plansProperty().stream().anyMatch(s -> s.id() == planId);
    }

    private List<OutlineRow> planRows(long planId) {
        Plan p = main.cache().plan(planId);
        if (p == null && !planExists(planId)) {
            title.set(main.loadedProperty().get() ? Messages.get("app.noPlans") : "");
            subtitle.set("");
            return List.of();
        }
        if (p == null) {
            title.set("");
            subtitle.set("");
            placeholder.set(Messages.get("app.loading"));
            main.showPlan(planId, loaded -> {
                if (loaded != null && view.get() instanceof ViewKey.PlanView pv && pv.planId() == planId) {
                    refresh();
                }
            });
            return List.of();
        }
        if (main.planProperty().get() == null || main.planProperty().get().id() != planId) {
            main.showPlan(planId, loaded -> { });
        }
        title.set(p.displayTitle());
        subtitle.set(planSubtitle(p));
        PlanRef ref = PlanRef.of(p);
        Predicate<Task> keep = t -> {
            TaskFacts f = main.facts().of(t, ref);
            if (!passes(f)) {
                return false;
            }
            onShow.put(t.id(), f);
            return true;
        };
        List<OutlineRow> result = PlanOutline.of(p, Messages.get("plan.others"), keep);
        if (result.isEmpty()) {
            placeholder.set(p.tasks().isEmpty() ? Messages.get("app.plan.empty") : Messages.get("app.filter.nothing"));
        }
        return result;
    }

    private List<OutlineRow> listRows(ViewKey v) {
        List<IndexedTask> source;
        if (v instanceof ViewKey.UnitView u) {
            source = main.cache().index().ofUnit(u.unit());
        } else if (v instanceof ViewKey.MyUnitView) {
            source = myUnit() == null ? List.of() : main.cache().index().ofUnit(myUnit());
        } else if (v instanceof ViewKey.SearchView s) {
            source = main.cache().index().search(s.query());
        } else {
            source = main.cache().index().all();
        }
        LocalDate today = main.lights().today();
        int soon = main.lights().thresholds().dueSoonDays();
        List<TaskFacts> kept = new ArrayList<>();
        Set<Long> plansSeen = new HashSet<>();
        for (IndexedTask it : source) {
            TaskFacts f = main.facts().of(it.task(), it.plan());
            if (v instanceof ViewKey.SmartView s && !s.list().test(f, today, soon)) {
                continue;
            }
            if (passes(f)) {
                kept.add(f);
                onShow.put(it.task().id(), f);
                plansSeen.add(it.plan().id());
            }
        }
        title.set(viewTitle(v));
        subtitle.set(Messages.get("app.view.count", kept.size(), plansSeen.size()));
        List<OutlineRow> result;
        if (v instanceof ViewKey.UnitView u) {
            result = TaskRows.byRole(kept, u.unit());
        } else if (v instanceof ViewKey.MyUnitView) {
            result = myUnit() == null ? List.of() : TaskRows.byRole(kept, myUnit());
        } else if (v instanceof ViewKey.SmartView s && s.list() == SmartList.MILESTONES) {
            result = TaskRows.byMilestoneMonth(kept);
        } else {
            result = TaskRows.byPlan(kept);
        }
        if (result.isEmpty()) {
            placeholder.set(v instanceof ViewKey.MyUnitView && myUnit() == null ? Messages.get("app.myUnit.choose")
                    : Messages.get("app.filter.nothing"));
        }
        return result;
    }

    private boolean passes(TaskFacts f) {
        TaskFilter current = effectiveFilter();
        return current.isEmpty() || current.test(f, main.lights().today(), main.lights().thresholds().dueSoonDays());
    }

    /**
     * The filter as it applies to the view: in a unit's view a role chosen without a unit means
     * that unit's role (its tasks where it leads, say).
     */
    private TaskFilter effectiveFilter() {
        TaskFilter f = filter.get();
        String unit = viewUnit();
        if (f.unit() == null && f.role() != RoleChoice.ANY && unit != null) {
            return f.withUnit(unit, f.role());
        }
        return f;
    }

    /** The unit whose tasks are on show (a unit's view or "my unit"), or null. */
    public String viewUnit() {
        ViewKey v = view.get();
        if (v instanceof ViewKey.UnitView u) {
            return u.unit();
        }
        return v instanceof ViewKey.MyUnitView ? myUnit() : null;
    }

    private int totalOf(ViewKey v) {
        if (v instanceof ViewKey.PlanView pv) {
            Plan p = main.cache().plan(pv.planId());
            return p == null ? 0 : p.tasks().size();
        }
        return effectiveFilter().isEmpty() ? onShow.size() : -1;
    }

    private String myUnit() {
        return main.settingsProperty().get().myUnit();
    }

    /** The name of a view as the header and navigator show it. */
    String viewTitle(ViewKey v) {
        if (v instanceof ViewKey.PlanView p) {
            return main.cache().plan(p.planId()) == null ? "" : main.cache().plan(p.planId()).displayTitle();
        } else if (v instanceof ViewKey.UnitView u) {
            return u.unit();
        } else if (v instanceof ViewKey.MyUnitView) {
            return myUnit() == null ? Messages.get("nav.myUnit") : Messages.get("app.myUnit.title", myUnit());
        } else if (v instanceof ViewKey.SmartView s) {
            return smartListName(s.list(), main.lights().thresholds().dueSoonDays());
        }
        return Messages.get("app.search.title", ((ViewKey.SearchView) v).query());
    }

    static String smartListName(SmartList list, int dueSoonDays) {
        return Messages.get("smart." + list.name(), dueSoonDays);
    }

    static String planSubtitle(Plan p) {
        StringBuilder sub = new StringBuilder();
        if (p.docNumber() != null) {
            sub.append(p.docNumber());
        }
        if (p.issuer() != null || p.issuedOn() != null) {
            if (sub.length() > 0) {
                sub.append("　·　");
            }
            sub.append(Messages.get("app.plan.issued", p.issuer() == null ? "" : p.issuer(),
                    Dates.format(p.issuedOn())).strip());
        }
        return sub.toString();
    }

    private void refreshSmartCounts() {
        if (!main.indexReadyProperty().get()) {
            smartCounts.set(Map.of());
            return;
        }
        LocalDate today = main.lights().today();
        int soon = main.lights().thresholds().dueSoonDays();
        Map<SmartList, Integer> counts = new EnumMap<>(SmartList.class);
        for (SmartList s : SmartList.values()) {
            counts.put(s, 0);
        }
        for (IndexedTask it : main.cache().index().all()) {
            TaskFacts f = main.facts().of(it.task(), it.plan());
            for (SmartList s : SmartList.values()) {
                if (s.test(f, today, soon)) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
        }
        smartCounts.set(counts);
    }

    /** Selects the task with this id (0: none); the detail pane shows it. */
    public void select(long taskId) {
        selectedTaskId = taskId;
        selected.set(onShow.get(taskId));
    }

    /** The facts of a task on show, or null. */
    public TaskFacts onShow(long taskId) {
        return onShow.get(taskId);
    }

    public ObjectProperty<ViewKey> viewProperty() {
        return view;
    }

    public ObjectProperty<TaskFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<OutlineRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** What the table says when it has no rows. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskFacts> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<SmartList, Integer>> smartCountsProperty() {
        return smartCounts.getReadOnlyProperty();
    }

    public MainViewModel main() {
        return main;
    }
}
