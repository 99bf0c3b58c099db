package org.luoshi.app;

import java.nio.file.Path;
import java.time.Clock;
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
    private final StatusLine statusLine = new StatusLine();
    private final PlanOnShow planOnShow;

    private final ReadOnlyListWrapper<PlanSummary> plans =
            new ReadOnlyListWrapper<>(this, "plans", FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper indexReady = new ReadOnlyBooleanWrapper(this, "indexReady", false);
    private final ReadOnlyObjectWrapper<WorkspaceSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", WorkspaceSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<EditHistory.State> editState =
            new ReadOnlyObjectWrapper<>(this, "editState", new EditHistory().state());
    private final ReadOnlyLongWrapper dataRevision = new ReadOnlyLongWrapper(this, "dataRevision", 0);
    private final ReadOnlyObjectWrapper<Change> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");

    /** @param clock what "today" is for lights and date lists (tests fix it) */
    public MainViewModel(BackgroundTasks tasks, Path workspaceFile, Clock clock) {
        this.session = new Session(tasks);
        this.workspaceFile = workspaceFile;
        this.clock = clock;
        this.facts = new TaskFactsCache(new StatusLights(clock, WorkspaceSettings.DEFAULT.lights()));
        this.planOnShow = new PlanOnShow(session, cache, this::failed);
        session.addListener(this);
    }

    /** Opens the workspace (on first start with the sample plan), shows the first plan, then indexes every task. */
    public void open() {
        statusLine.say(Messages.get("app.loading"));
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
        planOnShow.set(o.first());
        showCounts();
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

    /** Reads everything again, after the unit directory changed under every plan (units merged). */
    public void reload() {
        session.run(Messages.get("app.loading"), WorkspaceReads::overview, o -> {
            cache.useUnits(o.units());
            cache.useUnitCounts(o.unitCounts());
            cache.forgetPlans();
            indexReady.set(false);
            plans.setAll(o.plans());
            Plan current = planOnShow.property().get();
            boolean stillThere = current != null && o.plans().stream().anyMatch(p -> p.id() == current.id());
            planOnShow.set(null);
            if (stillThere || !o.plans().isEmpty()) {
                showPlan(stillThere ? current.id() : o.plans().get(0).id(), p -> { });
            }
            showCounts();
            loadIndex();
        }, this::failed);
    }

    /** Reads the workspace's unit aliases again (one was added in the unit directory). */
    public void refreshUnitAliases() {
        session.run(Messages.get("app.loading"), WorkspaceReads::units, cache::useUnits);
    }

    /** Shows {@code summary}'s plan in the window (read if it is not in memory yet). */
    public void select(PlanSummary summary) {
        planOnShow.select(summary);
    }

    /** Makes the plan with this id the plan on show; {@code then} gets it (null if there is none). */
    public void showPlan(long planId, Consumer<Plan> then) {
        planOnShow.show(planId, then);
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
        cache.apply(c.data()).forEach(facts::forget);
        if (c.data().planList() != null) {
            plans.setAll(c.data().planList());
        }
        Plan current = planOnShow.property().get();
        planOnShow.follow(plans, current != null && c.data().plans().containsKey(current.id()));
        editState.set(c.history());
        showCounts();
        lastChange.set(c.change());
        bumpRevision();
    }

    @Override
    public void failed(Throwable t) {
        statusLine.failed(t);
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

    private void showCounts() {
        int taskTotal = plans.stream().mapToInt(PlanSummary::taskCount).sum();
        say(plans.isEmpty() ? Messages.get("app.noPlans") : Messages.get("app.planCount", plans.size(), taskTotal));
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

    public List<String> unitNames() {
        return cache.unitNames();
    }

    /** Shows a message in the status bar (an export finished, …). */
    public void say(String message) {
        statusLine.say(message);
    }

    /** The status bar's line, refusals and errors. */
    public StatusLine statusLine() {
        return statusLine;
    }

    public Path workspaceFile() {
        return workspaceFile;
    }

    public ReadOnlyListProperty<PlanSummary> plansProperty() {
        return plans.getReadOnlyProperty();
    }

    /** The plan on show, or the plan last shown while a list across plans is on show. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return planOnShow.property();
    }

    /** A plan someone asked to see with {@link #select}: the window shows it. */
    public ReadOnlyObjectProperty<Long> planRequestedProperty() {
        return planOnShow.requestedProperty();
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

    /** The last change made by an edit, undo or redo (its focus tells where to look). */
    public ReadOnlyObjectProperty<Change> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }
}
