package org.luoshi.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
import org.luoshi.find.TaskFactsCache;
import org.luoshi.find.TaskIndex;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.session.BackgroundTasks;
import org.luoshi.session.PlanCache;
import org.luoshi.session.Session;
import org.luoshi.session.SessionChange;
import org.luoshi.session.SessionListener;
import org.luoshi.session.WorkspaceReads;
import org.luoshi.settings.SaveWorkspaceSettings;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.ui.Frames;

/**
 * The main window's state as FX properties over the {@link Session}: the plans, the plan on show,
 * the settings, the undo state and a revision that counts every change of the data on show. The
 * session does the work on its I/O thread; what it publishes lands here on the FX thread, in the
 * {@link PlanCache} and the {@link TaskFactsCache} that the views read.
 */
public final class MainViewModel implements SessionListener {
    private final Session session;
    private final Path workspaceFile;
    private final Clock clock;
    private final PlanCache cache = new PlanCache();
    private final TaskFactsCache facts;

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
    private final ReadOnlyObjectWrapper<EditHistory.State> editState =
            new ReadOnlyObjectWrapper<>(this, "editState", new EditHistory().state());
    private final ReadOnlyLongWrapper dataRevision = new ReadOnlyLongWrapper(this, "dataRevision", 0);
    private final ReadOnlyObjectWrapper<Change> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final ReadOnlyObjectWrapper<Long> planRequested = new ReadOnlyObjectWrapper<>(this, "planRequested");

    /** @param clock what "today" is for lights and date lists (tests fix it) */
    public MainViewModel(BackgroundTasks tasks, Path workspaceFile, Clock clock) {
        this.session = new Session(tasks);
        this.workspaceFile = workspaceFile;
        this.clock = clock;
        this.facts = new TaskFactsCache(new StatusLights(clock, WorkspaceSettings.DEFAULT.lights()));
        session.addListener(this);
    }

    /** Opens the workspace (on first start with the sample plan), shows the first plan, then indexes every task. */
    public void open() {
        status.set(Messages.get("app.loading"));
        // The file may already be opening (started by the launcher); read by now, it is shown in the first layout.
        CompletableFuture<WorkspaceOpening.Opened> early = WorkspaceOpening.take(workspaceFile);
        if (early != null && early.isDone() && !early.isCompletedExceptionally()) {
            session.attach(early.join().workspace());
            opened(early.join());
            return;
        }
        session.run(Messages.get("app.loading"), s -> {
            WorkspaceOpening.Opened o = early != null ? WorkspaceOpening.join(early) : WorkspaceOpening.open(workspaceFile);
            s.attach(o.workspace());
            return o;
        }, this::opened, this::failed);
    }

    private void opened(WorkspaceOpening.Opened o) {
        // The revision first: views that refresh "soon" on it then work their rows out once, for the plan below.
        bumpRevision();
        applySettings(o.settings());
        cache.useUnitCounts(o.unitCounts());
        cache.useUnits(o.units());
        if (o.first() != null) {
            cache.put(o.first());
        }
        plans.setAll(o.plans());
        plan.set(o.first());
        showStatus();
        loaded.set(true);
        // Indexed once the first screen is drawn: on two cores it would slow the very frame the user waits for.
        Frames.afterNextFrame(this::loadIndex);
    }

    private void loadIndex() {
        session.runWithProgress(Messages.get("app.indexing"), WorkspaceReads::allPlans, all -> {
            cache.indexed(all, TaskIndex.of(all));
            facts.clear();
            indexReady.set(true);
            bumpRevision();
        }, this::failed);
    }

    /** Shows {@code summary}'s plan in the window (read if it is not in memory yet). */
    public void select(PlanSummary summary) {
        if (summary != null) {
            showPlan(summary.id(), p -> {
                if (p != null) {
                    planRequested.set(null);
                    planRequested.set(p.id());
                }
            });
        }
    }

    /** Makes the plan with this id the plan on show; {@code then} gets it (null if there is none). */
    public void showPlan(long planId, Consumer<Plan> then) {
        Plan known = cache.plan(planId);
        if (known != null) {
            if (plan.get() != known) {
                plan.set(known);
            }
            then.accept(known);
            return;
        }
        session.run(Messages.get("app.loading"), s -> WorkspaceReads.plan(s, planId), p -> {
            if (p != null) {
                cache.put(p);
                plan.set(p);
            }
            then.accept(p);
        }, this::failed);
    }

    /** Reads everything again, after the unit directory changed under every plan (units merged). */
    public void reload() {
        session.run(Messages.get("app.loading"), WorkspaceReads::overview, o -> {
            cache.useUnits(o.units());
            cache.useUnitCounts(o.unitCounts());
            cache.forgetPlans();
            indexReady.set(false);
            plans.setAll(o.plans());
            long current = plan.get() == null ? -1 : plan.get().id();
            boolean stillThere = o.plans().stream().anyMatch(p -> p.id() == current);
            plan.set(null);
            if (stillThere || !o.plans().isEmpty()) {
                showPlan(stillThere ? current : o.plans().get(0).id(), p -> { });
            }
            showStatus();
            loadIndex();
        }, this::failed);
    }

    /** Reads the workspace's unit aliases again (one was added in the unit directory). */
    public void refreshUnitAliases() {
        session.run(Messages.get("app.loading"), WorkspaceReads::units, cache::useUnits);
    }

    // --- edits ---

    public void perform(Edit edit) {
        perform(edit, change -> { });
    }

    /** Does the edit (one transaction), remembers it for undo; {@code then} gets what changed, once it is on show. */
    public void perform(Edit edit, Consumer<Change> then) {
        session.run(edit.description(), s -> s.apply(edit), then, this::failed);
    }

    public void undo() {
        if (editState.get().canUndo()) {
            session.undo(Messages.get("action.undo.named", editState.get().undoDescription()));
        }
    }

    public void redo() {
        if (editState.get().canRedo()) {
            session.redo(Messages.get("action.redo.named", editState.get().redoDescription()));
        }
    }

    @Override
    public void changed(SessionChange c) {
        cache.apply(c.data());
        c.data().tasks().forEach(pt -> facts.forget(pt.task().id()));
        c.data().goneTasks().forEach(facts::forget);
        c.data().plans().values().forEach(p -> p.ifPresent(x -> x.tasks().forEach(t -> facts.forget(t.id()))));
        if (c.data().planList() != null) {
            plans.setAll(c.data().planList());
        }
        Plan current = plan.get();
        if (current != null) {
            Plan now = cache.plan(current.id());
            if (now == null && c.data().plans().containsKey(current.id())) {
                plan.set(null); // the plan on show was deleted: show the first one left
                if (!plans.isEmpty()) {
                    showPlan(plans.get(0).id(), p -> { });
                }
            } else if (now != null && now != current) {
                plan.set(now);
            }
        }
        editState.set(c.history());
        showStatus();
        lastChange.set(c.change());
        bumpRevision();
    }

    @Override
    public void failed(Throwable t) {
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

    // --- settings ---

    /** Stores new workspace settings and shows the lights by them. */
    public void saveSettings(WorkspaceSettings changed) {
        session.run(Messages.get("settings.saving"), SaveWorkspaceSettings.all(changed), s -> {
            applySettings(s);
            bumpRevision();
        }, this::failed);
    }

    /** Remembers the unit of the "My unit" view in the workspace. */
    public void chooseMyUnit(String unit) {
        WorkspaceSettings changed = settings.get().withMyUnit(unit);
        if (!changed.equals(settings.get())) {
            settings.set(changed);
            session.run(Messages.get("settings.saving"), SaveWorkspaceSettings.myUnit(changed), r -> bumpRevision(),
                    this::failed);
        }
    }

    private void applySettings(WorkspaceSettings s) {
        settings.set(s);
        facts.useLights(new StatusLights(clock, s.lights()));
    }

    private void showStatus() {
        int taskTotal = plans.stream().mapToInt(PlanSummary::taskCount).sum();
        status.set(plans.isEmpty() ? Messages.get("app.noPlans") : Messages.get("app.planCount", plans.size(), taskTotal));
    }

    private void bumpRevision() {
        dataRevision.set(dataRevision.get() + 1);
    }

    /** Closes the workspace after any queued work; the undo history ends with it. */
    public void close() {
        session.close();
    }

    // --- what the views read ---

    /** The open workspace's session: features run their use cases through it. */
    public Session session() {
        return session;
    }

    public PlanCache cache() {
        return cache;
    }

    public TaskFactsCache facts() {
        return facts;
    }

    public StatusLights lights() {
        return facts.lights();
    }

    /** Every plan of the workspace as held in memory, or null while not all of them are. */
    public List<Plan> plansInMemory() {
        return cache.all(plans);
    }

    /** Every unit of the directory, for completion and the navigator. */
    public List<String> unitNames() {
        return new ArrayList<>(cache.unitNames());
    }

    /** Shows a message in the status bar (an export finished, …). */
    public void say(String message) {
        status.set(message);
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
}
