package org.luoshi.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.find.PlanRef;
import org.luoshi.find.TaskFacts;
import org.luoshi.find.TaskIndex;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.Task;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.storage.UnitTaskCount;
import org.luoshi.storage.Workspace;

/**
 * State of the main window: the workspace's plans, every task in an index, the settings, and the
 * undo history. All workspace access runs through {@link BackgroundTasks}, so the workspace and
 * the edit history are touched by the I/O thread only; everything else here lives on the FX thread.
 *
 * <p>Opening shows the first plan as soon as it is read; the index of every task (for the lists
 * across plans and for search) follows in the background.
 */
public final class MainViewModel {
    private final BackgroundTasks tasks;
    private final Path workspaceFile;
    private final Clock clock;
    private Workspace workspace; // I/O thread only
    private final EditHistory history = new EditHistory(); // I/O thread only

    private final ReadOnlyListWrapper<PlanSummary> plans =
            new ReadOnlyListWrapper<>(this, "plans", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper indexReady = new ReadOnlyBooleanWrapper(this, "indexReady", false);
    private final ReadOnlyObjectWrapper<WorkspaceSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", WorkspaceSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<org.luoshi.settings.UserSettings> userSettings =
            new ReadOnlyObjectWrapper<>(this, "userSettings", org.luoshi.settings.UserSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<EditHistory.State> editState =
            new ReadOnlyObjectWrapper<>(this, "editState", history.state());
    /** Counts every change of the data on show (edits, undo, reloads); views refresh on it. */
    private final ReadOnlyLongWrapper dataRevision = new ReadOnlyLongWrapper(this, "dataRevision", 0);
    private final ReadOnlyObjectWrapper<Change> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final ReadOnlyObjectWrapper<Long> planRequested = new ReadOnlyObjectWrapper<>(this, "planRequested");

    /** Whole plans read so far, by id (all of them once the index is ready). FX thread. */
    private final Map<Long, Plan> plansById = new HashMap<>();
    private TaskIndex index = TaskIndex.of(List.of());
    private final Map<Long, TaskFacts> facts = new HashMap<>();
    private List<UnitTaskCount> storedUnitCounts = List.of();
    /** Read with the workspace (off the FX thread: the built-in table is parsed on first use). */
    private UnitDirectory unitDirectory;
    private StatusLights lights;

    public MainViewModel(BackgroundTasks tasks, Path workspaceFile) {
        this(tasks, workspaceFile, Clock.systemDefaultZone());
    }

    /** @param clock what "today" is for lights and date lists (tests fix it) */
    public MainViewModel(BackgroundTasks tasks, Path workspaceFile, Clock clock) {
        this.tasks = tasks;
        this.workspaceFile = workspaceFile;
        this.clock = clock;
        this.lights = new StatusLights(clock, WorkspaceSettings.DEFAULT.lights());
    }

    /** Opens the workspace; on first start imports the sample plan; shows the first plan, then indexes every task. */
    public void open() {
        status.set(Messages.get("app.loading"));
        // The file may already be opening (started by the launcher); else it starts now.
        java.util.concurrent.CompletableFuture<WorkspaceOpening.Opened> early = WorkspaceOpening.take(workspaceFile);
        if (early != null && early.isDone() && !early.isCompletedExceptionally()) {
            // Read already (while the window was built): shown in the window's very first layout.
            WorkspaceOpening.Opened o = early.join();
            workspace = o.workspace();
            opened(o);
            return;
        }
        tasks.run(Messages.get("app.loading"), () -> {
            WorkspaceOpening.Opened o = early != null ? WorkspaceOpening.join(early) : WorkspaceOpening.open(workspaceFile);
            workspace = o.workspace();
            return o;
        }, this::opened, this::fail);
    }

    private void opened(WorkspaceOpening.Opened result) {
        // The revision first: views that refresh "soon" on it then find the rows already worked
        // out by the change of plan below, instead of working them out twice.
        dataRevision.set(dataRevision.get() + 1);
        applySettings(result.settings());
        storedUnitCounts = result.unitCounts();
        unitDirectory = result.units();
        if (result.first() != null) {
            plansById.put(result.first().id(), result.first());
        }
        plans.setAll(result.plans());
        plan.set(result.first());
        showStatus();
        loaded.set(true);
        // The index of every task is built once the first screen is drawn: on two cores it would
        // otherwise slow the very frame the user is waiting for.
        Frames.afterNextFrame(this::loadIndex);
    }

    /** Reads every plan and builds the index of all tasks, off the FX thread. */
    private void loadIndex() {
        tasks.runWithProgress(Messages.get("app.indexing"), progress -> {
            List<PlanSummary> list = workspace.plans().list();
            List<Plan> all = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                workspace.plans().load(list.get(i).id()).ifPresent(all::add);
                progress.update(i + 1, list.size());
            }
            return new Indexed(all, TaskIndex.of(all));
        }, this::indexed, this::fail);
    }

    private void indexed(Indexed result) {
        for (Plan p : result.plans()) {
            plansById.put(p.id(), p);
        }
        index = result.index();
        facts.clear();
        indexReady.set(true);
        dataRevision.set(dataRevision.get() + 1);
    }

    /** Shows {@code summary}'s plan in the window (read if it is not in memory yet). */
    public void select(PlanSummary summary) {
        if (summary == null) {
            return;
        }
        showPlan(summary.id(), p -> {
            if (p != null) {
                planRequested.set(null);
                planRequested.set(p.id());
            }
        });
    }

    /** Makes the plan with this id the plan on show; {@code then} gets it (null if there is none). */
    public void showPlan(long planId, Consumer<Plan> then) {
        Plan known = plansById.get(planId);
        if (known != null) {
            if (plan.get() != known) {
                plan.set(known);
            }
            then.accept(known);
            return;
        }
        tasks.run(Messages.get("app.loading"), () -> workspace.plans().load(planId).orElse(null), p -> {
            if (p != null) {
                plansById.put(p.id(), p);
                plan.set(p);
            }
            then.accept(p);
        }, this::fail);
    }

    /** A whole plan already in memory, or null. */
    public Plan planById(long planId) {
        return plansById.get(planId);
    }

    /**
     * Runs {@code work} with the open workspace on the I/O thread; {@code onDone} gets its result on
     * the FX thread. Features use this instead of touching the workspace themselves.
     */
    public <T> void withWorkspace(String description, Function<Workspace, T> work, Consumer<T> onDone) {
        tasks.run(description, () -> work.apply(workspace), onDone, this::fail);
    }

    /** Reads everything again, after a change made elsewhere (another feature wrote to the workspace). */
    public void reload() {
        reload(() -> { });
    }

    /**
     * Reads everything again after a plan was written outside the edit history (an imported
     * document), then brings that plan on show as a new plan from an edit would be.
     */
    public void reloadAndShow(long planId) {
        reload(() -> lastChange.set(Change.planList(planId, planId)));
    }

    private void reload(Runnable then) {
        tasks.run(Messages.get("app.loading"), () -> new Reread(null, List.of(), List.of(), Map.of(),
                workspace.plans().list(), workspace.units().openTaskCounts(), history.state(),
                UnitDirectory.builtIn().withAliases(workspace.units().aliases())), r -> {
                    unitDirectory = r.units();
                    plans.setAll(r.planList());
                    storedUnitCounts = r.unitCounts();
                    long current = plan.get() == null ? -1 : plan.get().id();
                    plansById.clear();
                    indexReady.set(false);
                    if (r.planList().stream().anyMatch(p -> p.id() == current)) {
                        showPlan(current, p -> { });
                    } else {
                        plan.set(null);
                        if (!r.planList().isEmpty()) {
                            showPlan(r.planList().get(0).id(), p -> { });
                        }
                    }
                    showStatus();
                    loadIndex();
                    then.run();
                }, this::fail);
    }

    // --- edits ---

    /** Does the edit (one transaction), remembers it for undo, and shows the result. */
    public void perform(Edit edit) {
        perform(edit, change -> { });
    }

    /** As {@link #perform(Edit)}; {@code then} gets what changed, once it is on show. */
    public void perform(Edit edit, Consumer<Change> then) {
        tasks.run(edit.description(), () -> reread(history.perform(workspace, edit)), r -> {
            applyReread(r);
            then.accept(r.change());
        }, this::fail);
    }

    public void undo() {
        if (!editState.get().canUndo()) {
            return;
        }
        tasks.run(Messages.get("action.undo.named", editState.get().undoDescription()),
                () -> reread(history.undo(workspace)), this::applyReread, this::fail);
    }

    public void redo() {
        if (!editState.get().canRedo()) {
            return;
        }
        tasks.run(Messages.get("action.redo.named", editState.get().redoDescription()),
                () -> reread(history.redo(workspace)), this::applyReread, this::fail);
    }

    /** On the I/O thread: reads back what the change touched. */
    private Reread reread(Change change) {
        List<PlanTask> changedTasks = new ArrayList<>();
        List<Long> goneTasks = new ArrayList<>();
        for (long id : change.tasks()) {
            Optional<Task> t = workspace.tasks().load(id);
            if (t.isPresent()) {
                changedTasks.add(new PlanTask(workspace.tasks().planOf(id), t.get()));
            } else {
                goneTasks.add(id);
            }
        }
        Map<Long, Optional<Plan>> changedPlans = new LinkedHashMap<>();
        for (long id : change.plans()) {
            changedPlans.put(id, workspace.plans().load(id));
        }
        List<PlanSummary> list = change.planList() || !change.plans().isEmpty() ? workspace.plans().list() : null;
        boolean unitsChanged = !change.plans().isEmpty() || !change.tasks().isEmpty();
        return new Reread(change, changedTasks, goneTasks, changedPlans, list,
                unitsChanged ? workspace.units().openTaskCounts() : null, history.state(), null);
    }

    private void applyReread(Reread r) {
        for (PlanTask pt : r.tasks()) {
            Plan p = plansById.get(pt.planId());
            if (p != null) {
                plansById.put(p.id(), p.withTask(pt.task()));
            }
            index.putTask(pt.task());
            facts.remove(pt.task().id());
        }
        r.goneTasks().forEach(facts::remove);
        r.plans().forEach((id, loadedPlan) -> {
            if (loadedPlan.isPresent()) {
                plansById.put(id, loadedPlan.get());
                if (indexReady.get()) {
                    index.putPlan(loadedPlan.get());
                }
                loadedPlan.get().tasks().forEach(t -> facts.remove(t.id()));
            } else {
                plansById.remove(id);
                index.removePlan(id);
            }
        });
        if (r.planList() != null) {
            plans.setAll(r.planList());
        }
        if (r.unitCounts() != null) {
            storedUnitCounts = r.unitCounts();
        }
        Plan current = plan.get();
        if (current != null) {
            Plan now = plansById.get(current.id());
            if (now == null && r.plans().containsKey(current.id())) {
                // The plan on show was deleted: show the first one left.
                plan.set(null);
                if (!plans.isEmpty()) {
                    showPlan(plans.get(0).id(), p -> { });
                }
            } else if (now != null && now != current) {
                plan.set(now);
            }
        }
        editState.set(r.state());
        showStatus();
        if (r.change() != null) {
            lastChange.set(r.change());
        }
        dataRevision.set(dataRevision.get() + 1);
    }

    /**
     * Shows the plan {@code id} after it was stored by other means than an edit (an import): the
     * plan list, the counts and the index take it in, and the view moves to it.
     */
    public void showPlan(long id) {
        tasks.run(Messages.get("app.loading"), () -> reread(Change.planList(id, id)), this::applyReread, this::fail);
    }

    // --- settings ---

    /** Stores new workspace settings and shows the lights by them. */
    public void saveSettings(WorkspaceSettings changed) {
        tasks.run(Messages.get("settings.saving"), () -> {
            changed.save(workspace);
            return changed;
        }, s -> {
            applySettings(s);
            dataRevision.set(dataRevision.get() + 1);
        }, this::fail);
    }

    /** Remembers the unit of the "My unit" view in the workspace. */
    public void chooseMyUnit(String unit) {
        WorkspaceSettings changed = settings.get().withMyUnit(unit);
        if (changed.equals(settings.get())) {
            return;
        }
        settings.set(changed);
        tasks.run(Messages.get("settings.saving"), () -> {
            workspace.settings().put(WorkspaceSettings.MY_UNIT, changed.myUnit());
            return null;
        }, r -> dataRevision.set(dataRevision.get() + 1), this::fail);
    }

    private void applySettings(WorkspaceSettings s) {
        settings.set(s);
        lights = new StatusLights(clock, s.lights());
        facts.clear();
    }

    // --- what the views read ---

    /** The index of every task (empty until {@link #indexReadyProperty()} turns true). */
    public TaskIndex index() {
        return index;
    }

    public StatusLights lights() {
        return lights;
    }

    /** The task's dates and light for today, worked out once and kept until it changes. */
    public TaskFacts facts(Task task, PlanRef planRef) {
        TaskFacts f = facts.get(task.id());
        if (f == null || f.task() != task) {
            f = TaskFacts.of(task, planRef, lights);
            facts.put(task.id(), f);
        }
        return f;
    }

    /** Open tasks per unit: from the index once it is ready, from the workspace before. */
    public Map<String, Integer> openTaskCounts() {
        if (indexReady.get()) {
            Map<String, Integer> counts = new HashMap<>();
            storedUnitCounts.forEach(c -> counts.put(c.unit().name(), 0));
            counts.putAll(index.openTaskCounts());
            return counts;
        }
        Map<String, Integer> counts = new HashMap<>();
        storedUnitCounts.forEach(c -> counts.put(c.unit().name(), c.taskCount()));
        return counts;
    }

    /**
     * Every plan of the workspace as held in memory, or null while not all of them are (the index
     * not built yet, the plan list just read again): for work that would otherwise read them all.
     */
    public List<Plan> plansInMemory() {
        if (!indexReady.get() || plansById.size() != plans.size()) {
            return null;
        }
        for (PlanSummary s : plans) {
            if (!plansById.containsKey(s.id())) {
                return null;
            }
        }
        return List.copyOf(plansById.values());
    }

    /** Every unit of the directory, for completion and the navigator. */
    public List<String> unitNames() {
        return new ArrayList<>(openTaskCounts().keySet());
    }

    /**
     * The name the unit directory keeps for a typed unit name (省发改委 → 省发展改革委), with the
     * workspace's own aliases: what the detail pane assigns when a unit is typed.
     */
    public String canonicalUnit(String typed) {
        return unitDirectory == null ? typed.strip() : unitDirectory.canonical(typed);
    }

    /** The unit directory as the detail pane's unit field uses it: names to complete from, and typed names made canonical. */
    public org.luoshi.app.detail.UnitNames unitNamesForEditing() {
        return new org.luoshi.app.detail.UnitNames() {
            @Override
            public List<String> all() {
                return unitNames();
            }

            @Override
            public String canonical(String typed) {
                return canonicalUnit(typed);
            }
        };
    }

    /** Reads the workspace's unit aliases again (after one was added in the unit directory). */
    public void refreshUnitAliases() {
        withWorkspace(Messages.get("app.loading"), ws -> UnitDirectory.builtIn().withAliases(ws.units().aliases()),
                units -> unitDirectory = units);
    }

    private void showStatus() {
        int taskTotal = plans.stream().mapToInt(PlanSummary::taskCount).sum();
        status.set(plans.isEmpty() ? Messages.get("app.noPlans")
                : Messages.get("app.planCount", plans.size(), taskTotal));
    }

    private void fail(Throwable t) {
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            // A refused edit or file: the workspace is fine, the user is told why.
            notice.set(null);
            notice.set(message);
            status.set(message);
            return;
        }
        error.set(null);
        error.set(Messages.get("app.error.workspace", message));
        status.set(Messages.get("app.error.workspace", message));
    }

    /** Closes the workspace after any queued work; the undo history ends with it. */
    public void close() {
        tasks.run("close", () -> {
            if (workspace != null) {
                workspace.close();
                workspace = null;
            }
            return null;
        }, r -> { }, t -> { });
        tasks.shutdown();
    }

    public Path workspaceFile() {
        return workspaceFile;
    }

    public Clock clock() {
        return clock;
    }

    public ReadOnlyListProperty<PlanSummary> plansProperty() {
        return plans.getReadOnlyProperty();
    }

    /** The plan on show, or the plan last shown while a list across plans is on show. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A message for the user when the workspace cannot be used; null while all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why an edit or a file was refused (nothing was changed); set anew each time. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows a message in the status bar (an export finished, …). */
    public void say(String message) {
        status.set(message);
    }

    /** True once the first load finished (tests wait on it). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True once every task of the workspace is in the index (lists across plans, search). */
    public ReadOnlyBooleanProperty indexReadyProperty() {
        return indexReady.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /**
     * The person's settings (language, PDF font file) as read at start and changed in the settings
     * dialog; features that make PDFs read the font from here.
     */
    public ReadOnlyObjectProperty<org.luoshi.settings.UserSettings> userSettingsProperty() {
        return userSettings.getReadOnlyProperty();
    }

    void setUserSettings(org.luoshi.settings.UserSettings settings) {
        userSettings.set(settings);
    }

    /** Undo/redo descriptions and the history's revision. */
    public ReadOnlyObjectProperty<EditHistory.State> editStateProperty() {
        return editState.getReadOnlyProperty();
    }

    /** Increases whenever the data on show changed. */
    public ReadOnlyLongProperty dataRevisionProperty() {
        return dataRevision.getReadOnlyProperty();
    }

    /** A plan someone asked to see with {@link #select}: the window shows it. */
    public ReadOnlyObjectProperty<Long> planRequestedProperty() {
        return planRequested.getReadOnlyProperty();
    }

    /** The last change made by an edit, undo or redo (its focus tells where to look). */
    public ReadOnlyObjectProperty<Change> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    private record Indexed(List<Plan> plans, TaskIndex index) {
    }

    private record PlanTask(long planId, Task task) {
    }

    /** @param units the unit directory with the workspace's aliases when they were read again, else null */
    private record Reread(Change change, List<PlanTask> tasks, List<Long> goneTasks, Map<Long, Optional<Plan>> plans,
            List<PlanSummary> planList, List<UnitTaskCount> unitCounts, EditHistory.State state,
            UnitDirectory units) {
    }
}
