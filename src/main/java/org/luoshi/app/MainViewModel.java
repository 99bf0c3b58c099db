package org.luoshi.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.find.TaskFactsCache;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.requests.workspace.Requests;
import org.luoshi.session.BackgroundTasks;
import org.luoshi.session.PlanCache;
import org.luoshi.session.Session;
import org.luoshi.session.SessionChange;
import org.luoshi.session.SessionListener;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.ui.Frames;

/**
 * The main window's state as FX properties over the {@link Session}: the plans, the plan on show,
 * the settings, the undo state and a revision that counts every change of the data on show. The
 * session does the work on its I/O thread; what it publishes lands here on the FX thread, in the
 * {@link PlanCache} and the {@link TaskFactsCache} that the views read.
 */
public final class MainViewModel {
    private final Session session;
    private final WorkspacePlace place;
    private final PlanCache cache = new PlanCache();
    private final TaskFactsCache facts;
    private final StatusLine statusLine = new StatusLine();
    private final WorkspaceHealth health;
    private final PlanOnShow planOnShow;
    private final SettingsOnShow settings;
    private final PlanList planList;

    private final ReadOnlyObjectWrapper<EditHistory.State> editState =
            new ReadOnlyObjectWrapper<>(this, "editState", new EditHistory().state());
    private final ReadOnlyLongWrapper dataRevision = new ReadOnlyLongWrapper(this, "dataRevision", 0);
    private final ReadOnlyObjectWrapper<Change> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final javafx.beans.property.ReadOnlyBooleanWrapper readOnly =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "readOnly");
    private final javafx.beans.property.ReadOnlyBooleanWrapper offline =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "offline");
    /** Told when the server went away (starts the retries); null for a file. */
    private Runnable onOffline;
    /** Other clients' changes into the window, and the idle heartbeat; used only on a server. */
    private final LiveRefresh live;
    /** Runs work once the next frame is drawn (tests: at once). */
    private final Executor afterFrame;
    private final ReadOnlyLongWrapper othersRevision = new ReadOnlyLongWrapper(this, "othersRevision", 0);

    /** @param clock what "today" is for lights and date lists (tests fix it) */
    public MainViewModel(BackgroundTasks tasks, Path workspaceFile, Clock clock) {
        this(tasks, WorkspacePlace.of(workspaceFile), clock, Frames::afterNextFrame);
    }

    /**
     * A model of a workspace named by where it is: a file's path, or a server's address
     * ({@code postgresql://host/db?user=NAME}).
     */
    public MainViewModel(BackgroundTasks tasks, String location, Clock clock) {
        this(tasks, WorkspacePlace.of(location), clock, Frames::afterNextFrame);
    }

    /** A window's model on a workspace file or a server's. */
    MainViewModel(BackgroundTasks tasks, WorkspacePlace place, Clock clock) {
        this(tasks, place, clock, Frames::afterNextFrame);
    }

    /** @param afterFirstFrame runs the indexing of every task once the first screen is drawn (tests: at once) */
    MainViewModel(BackgroundTasks tasks, Path workspaceFile, Clock clock, Executor afterFirstFrame) {
        this(tasks, WorkspacePlace.of(workspaceFile), clock, afterFirstFrame);
    }

    MainViewModel(BackgroundTasks tasks, WorkspacePlace place, Clock clock, Executor afterFirstFrame) {
        this.afterFrame = afterFirstFrame;
        this.session = new Session(tasks);
        this.health = new WorkspaceHealth(session, statusLine);
        this.place = place;
        this.facts = new TaskFactsCache(new StatusLights(clock, WorkspaceSettings.DEFAULT.lights()));
        this.planOnShow = new PlanOnShow(session, cache, this::failed);
        this.settings = new SettingsOnShow(session, facts, clock, this::bumpRevision, this::failed);
        this.planList = new PlanList(session, cache, facts, planOnShow, this::say, this::bumpRevision, this::failed,
                afterFirstFrame);
        this.live = new LiveRefresh(session, this::heldPlans, this::othersChanged, this::failedInBackground,
                this::serverAway);
        // Failures of work queued without a handler of its own (the reminders noting their last run,
        // undo) are told in the status bar; a damaged file is then told by the banner, not a dialog each time.
        session.addListener(SessionListener.of(this::changed, this::failedInBackground));
    }

    /** Opens the workspace (a new default one with the sample plan), shows the first plan, then indexes every task. */
    public void open() {
        say(Messages.get("app.loading"));
        WorkspaceOpening.into(session, place, this::opened, t -> {
            if (openingFailed != null) {
                openingFailed.accept(t);
            } else {
                failed(t);
            }
        });
    }

    private Consumer<Throwable> openingFailed;

    /** What to do when the workspace cannot be opened (a server asking for a password: the connect dialog) instead of the error message. */
    void onOpeningFailed(Consumer<Throwable> handler) {
        openingFailed = handler;
    }

    private void opened(WorkspaceOpening.Opened o) {
        readOnly.set(o.workspace().readOnly());
        // The revision first: views that refresh "soon" on it then work their rows out once, for the plan below.
        bumpRevision();
        settings.use(o.settings());
        health.checkAfterOpening();
        planList.opened(o.plans(), o.first(), o.unitCounts(), o.units());
        refreshDeadlines();
        live.start(o.workspace(), o.stamps());
    }

    /**
     * Reads the dates that count (approved extensions under the office's rule, issue 17) for the lights; a
     * change works every light out again. After opening and after every change of the data (a decision on an
     * extension, its undo, a changed rule): one small query.
     */
    private void refreshDeadlines() {
        session.run(Messages.get("requests.reading"), Requests.effectiveDeadlines(), this::useDeadlines,
                this::failedInBackground);
    }

    private void useDeadlines(org.luoshi.requests.EffectiveDeadlines deadlines) {
        if (facts.useDeadlines(deadlines)) {
            bumpRevision();
        }
    }

    /**
     * Another client committed something and {@link LiveRefresh} read what changed: it goes into the
     * window as an edit's read-back does (the views keep scroll, selection and filter), without touching
     * this window's undo history, and with nothing shown as busy. Nothing changed: nothing is redrawn.
     */
    void othersChanged(OthersRead r) {
        boolean listChanged = !r.list().equals(planList.plansProperty());
        WorkspaceSettings now = settings.property().get();
        // The settings are the workspace's; the unit of 我的单位 stays this window's choice.
        WorkspaceSettings stored = r.settings().withMyUnit(now.myUnit());
        boolean settingsChanged = !stored.equals(now);
        if (r.plans().isEmpty() && r.tasks().isEmpty() && !listChanged && !settingsChanged
                && r.unitCounts().equals(cache.storedUnitCounts())) {
            return;
        }
        cache.useUnits(r.units());
        cache.apply(new org.luoshi.session.ReadBack(r.tasks(), List.of(), r.plans(), listChanged ? r.list() : null,
                r.unitCounts())).forEach(facts::forget);
        if (listChanged) {
            planList.take(r.list());
        }
        Plan current = planOnShow.property().get();
        planOnShow.follow(planList.plansProperty(), current != null && r.plans().containsKey(current.id())
                && r.plans().get(current.id()).isEmpty());
        if (settingsChanged) {
            settings.use(stored);
        }
        bumpRevision();
        // What follows from the change but is not in the task table (the extensions' dates, the reminders that
        // follow othersRevision) is read once the table's new frame is drawn: not competing with it for the CPU.
        afterFrame.execute(() -> {
            othersRevision.set(othersRevision.get() + 1);
            session.runQuietly(Requests.effectiveDeadlines(), this::useDeadlines, this::failedInBackground);
        });
    }

    /** The whole plans the window holds now, by id: what a reading of others' changes compares with. */
    private java.util.Map<Long, Plan> heldPlans() {
        java.util.Map<Long, Plan> held = new java.util.HashMap<>();
        for (PlanSummary s : planList.plansProperty()) {
            Plan p = cache.plan(s.id());
            if (p != null) {
                held.put(s.id(), p);
            }
        }
        Plan current = planOnShow.property().get();
        if (current != null) {
            held.putIfAbsent(current.id(), cache.plan(current.id()) != null ? cache.plan(current.id()) : current);
        }
        return held;
    }

    /** The watch's connection broke while the window was idle: offline, the banner, the retries. */
    private void serverAway(org.luoshi.storage.WorkspaceOfflineException why) {
        if (!offline.get()) {
            wentOffline();
            statusLine.say(Messages.get("app.offline.banner", place.display()));
        }
    }

    /** Counts the readings of other clients' changes that changed what the window holds (other windows follow it). */
    public ReadOnlyLongProperty othersRevisionProperty() {
        return othersRevision.getReadOnlyProperty();
    }

    /** The live refresh of a window on a server (tests). */
    LiveRefresh live() {
        return live;
    }

    /** Reads everything again, after the unit directory changed under every plan (units merged). */
    public void reload() {
        planList.reload();
    }

    public void refreshUnitAliases() {
        planList.refreshUnitAliases();
    }

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
        if (refusedReadOnly()) {
            return;
        }
        session.run(edit.description(), s -> s.apply(edit), then, this::failed);
    }

    /**
     * As {@link #perform(Edit, Consumer)}, for an edit typed in the detail pane: if the server goes away
     * before it is stored, {@code heldOffline} keeps it to store once the server is back.
     */
    public void perform(Edit edit, Consumer<Change> then, Consumer<Edit> heldOffline) {
        perform(edit, then, heldOffline, conflict -> { });
    }

    /**
     * As {@link #perform(Edit, Consumer, Consumer)}; an edit refused because someone else changed the same
     * thing since ({@link org.luoshi.edit.EditConflict}) also goes to {@code refused}, which shows it where
     * the person typed (the status bar says it as well).
     */
    public void perform(Edit edit, Consumer<Change> then, Consumer<Edit> heldOffline,
            Consumer<org.luoshi.edit.EditConflict> refused) {
        if (readOnly.get()) {
            refusedReadOnly();
            return;
        }
        if (offline.get()) {
            heldOffline.accept(edit);
            return;
        }
        session.run(edit.description(), s -> s.apply(edit), then, t -> {
            if (t instanceof org.luoshi.storage.WorkspaceOfflineException) {
                heldOffline.accept(edit);
            }
            if (t instanceof org.luoshi.edit.EditConflict conflict) {
                // Said where the person typed, and in the status bar; no dialog over the field.
                refused.accept(conflict);
                statusLine.say(conflict.getMessage());
                return;
            }
            failed(t);
        });
    }

    /**
     * True (and the person told why) if no edit can be made now: the workspace is open read-only, or
     * its server is away. The edit is not even tried, so nothing is reported saved.
     */
    public boolean refusedReadOnly() {
        if (readOnly.get()) {
            statusLine.refuse(readOnlyRefusal());
            return true;
        }
        if (offline.get()) {
            statusLine.refuse(Messages.get("app.offline.refused", place.display()));
            return true;
        }
        return false;
    }

    /** Whether the workspace's server went away: the window shows what it has, refuses edits and tries again. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** What to do when the server goes away (the retries in the background). */
    void onOffline(Runnable retry) {
        onOffline = retry;
    }

    /** The server went away (work failed with it): offline, and the retries start. */
    private void wentOffline() {
        if (!offline.get()) {
            offline.set(true);
            if (onOffline != null) {
                onOffline.run();
            }
        }
    }

    /**
     * The server answers again and the session works on {@code ws}, the new connection: everything is read
     * again, and the watch of others' changes listens again on a connection of its own.
     */
    void backOnline(org.luoshi.storage.Workspace ws) {
        offline.set(false);
        say(Messages.get("app.offline.back", place.display()));
        // Not reload(): that empties the plan on show for a moment (the selection and scroll go). The watch,
        // listening again, compares the plans' stamps with those seen before the server went and reads what
        // moved meanwhile, as for any other client's change.
        live.start(ws, null);
    }

    /** Why nothing can be changed: the role the server gave may only read. */
    String readOnlyRefusal() {
        return Messages.get("app.readOnly.refused", place.onServer() ? place.server().user() : "");
    }

    /** Whether the workspace is open read-only (a server role that may only read): the window offers no edit. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Marks the workspace read-only (tests; and a write the server refused as read-only). */
    void markReadOnly() {
        readOnly.set(true);
    }

    public void undo() {
        if (refusedReadOnly()) {
            return;
        }
        if (editState.get().canUndo()) {
            session.undo(Messages.get("action.undo.named", editState.get().undoDescription()));
        }
    }

    public void redo() {
        if (refusedReadOnly()) {
            return;
        }
        if (editState.get().canRedo()) {
            session.redo(Messages.get("action.redo.named", editState.get().redoDescription()));
        }
    }

    private void changed(SessionChange c) {
        cache.apply(c.data()).forEach(facts::forget);
        planList.take(c.data().planList());
        Plan current = planOnShow.property().get();
        planOnShow.follow(planList.plansProperty(), current != null && c.data().plans().containsKey(current.id()));
        editState.set(c.history());
        lastChange.set(c.change());
        bumpRevision();
        refreshDeadlines();
    }

    /** Tells what went wrong with work the person asked for (a damaged file: a notice and the banner). */
    public void failed(Throwable t) {
        if (t instanceof org.luoshi.storage.WorkspaceOfflineException) {
            wentOffline();
            statusLine.refuse(Messages.get("app.offline.notSaved", place.display()));
        } else if (t instanceof org.luoshi.storage.WorkspaceReadOnlyException) {
            markReadOnly();
            statusLine.refuse(readOnlyRefusal());
        } else if (!health.refused(t)) {
            statusLine.failed(t);
        }
    }

    /** As {@link #failed}, for work nobody is waiting on: a damaged file goes to the banner and the status bar only. */
    private void failedInBackground(Throwable t) {
        if (t instanceof org.luoshi.storage.WorkspaceOfflineException) {
            wentOffline();
            statusLine.say(Messages.get("app.offline.banner", place.display()));
        } else if (t instanceof org.luoshi.storage.WorkspaceReadOnlyException) {
            // Work nobody asked for (the reminders noting their last run): the banner says it all.
            markReadOnly();
        } else if (!health.toldInBackground(t)) {
            statusLine.failed(t);
        }
    }

    public void saveSettings(WorkspaceSettings changed) {
        settings.save(changed);
    }

    /** Remembers the unit of the "My unit" view in the workspace. */
    public void chooseMyUnit(String unit) {
        settings.chooseMyUnit(unit);
    }

    private void bumpRevision() {
        dataRevision.set(dataRevision.get() + 1);
    }

    /** Closes the workspace after any queued work; the undo history ends with it. */
    public void close() {
        live.close();
        session.close();
    }

    // --- what the views read ---

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
        return cache.all(planList.plansProperty());
    }

    /** Shows a message in the status bar (an export finished, …). */
    public void say(String message) {
        statusLine.say(message);
    }

    PlanOnShow planOnShow() {
        return planOnShow;
    }

    /** Whether the workspace file is sound (a damaged one is read-only, with a banner). */
    public WorkspaceHealth health() {
        return health;
    }

    public StatusLine statusLine() {
        return statusLine;
    }

    /** The workspace file; null for a workspace on a server. */
    public Path workspaceFile() {
        return place.file();
    }

    /** What to call the workspace: the file's path, or the server's address (never a password). */
    public String workspaceName() {
        return place.display();
    }

    /** Where the workspace is, file or server. */
    WorkspacePlace place() {
        return place;
    }

    public ReadOnlyListProperty<PlanSummary> plansProperty() {
        return planList.plansProperty();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return planOnShow.property();
    }

    public ReadOnlyObjectProperty<Long> planRequestedProperty() {
        return planOnShow.requestedProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return planList.loadedProperty();
    }

    public ReadOnlyBooleanProperty indexReadyProperty() {
        return planList.indexReadyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceSettings> settingsProperty() {
        return settings.property();
    }

    public ReadOnlyObjectProperty<EditHistory.State> editStateProperty() {
        return editState.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty dataRevisionProperty() {
        return dataRevision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Change> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }
}
