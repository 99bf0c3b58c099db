package org.luoshi.reminders.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.ReminderBoard;
import org.luoshi.reminders.Snooze;
import org.luoshi.reminders.Urgency;
import org.luoshi.reminders.workspace.ReminderActions;
import org.luoshi.reminders.workspace.WorkspaceReminders;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.ui.FxTimer;

/**
 * The reminders of the running app: loads them from the workspace, keeps the list of what is due
 * now, looks at the clock when something is to come due and says when it does, and carries out
 * snooze, dismiss and done (each one transaction). Every read and write is a use case of
 * {@code reminders.workspace} run through the session. Time comes from the injected clock only.
 *
 * <p>Between looks the app is at rest: no JavaFX animation plays (one would run the pulse, a frame
 * every 16 ms, all the time). A timer thread sleeps until the next reminder fires or a snooze runs
 * out, or until midnight (the days left change), at most {@link #LONGEST_SLEEP}, and only then
 * looks on the FX thread.
 */
public final class ReminderController {
    /**
     * The longest the clock goes unlooked at: the timer counts time the computer is awake, so after
     * a laptop sleeps (or the clock is set) a reminder is said at most this late.
     */
    static final Duration LONGEST_SLEEP = Duration.ofMinutes(15);
    /** Wakes this much after a reminder's moment, so the clock read then is past it. */
    static final Duration AFTER_THE_MOMENT = Duration.ofMillis(200);
    /** How often the last-run time is written while nothing comes due. */
    private static final Duration PERSIST_EVERY = Duration.ofMinutes(5);

    private final Session session;
    private final Clock clock;
    private final WorkingDayCalendar shipped;
    private final ObservableList<DueEntry> active = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    private final ReadOnlyObjectWrapper<SortedMap<Integer, Integer>> missingYears =
            new ReadOnlyObjectWrapper<>(this, "missingYears", new TreeMap<>());
    private final ReadOnlyObjectWrapper<WorkingDayCalendar> calendar;
    private FxTimer.Schedule schedule = FxTimer::after;
    private Runnable cancelWake = () -> { };
    private Instant nextWake;
    private boolean watching;

    private WorkspaceReminders.Snapshot snapshot;
    private LocalDate snapshotDay;
    private Instant lastCheck;
    private Instant lastPersisted;
    private boolean started;
    private Supplier<List<Plan>> plansInMemory = () -> null;
    private Consumer<List<DueEntry>> onDigest = list -> { };
    private Consumer<List<DueEntry>> onCameDue = list -> { };
    private Consumer<String> onError = message -> { };

    public ReminderController(Session session, Clock clock, WorkingDayCalendar shipped) {
        this.session = session;
        this.clock = clock;
        this.shipped = shipped;
        this.calendar = new ReadOnlyObjectWrapper<>(this, "calendar", shipped);
    }

    /** How the next look is scheduled ({@link FxTimer#after} unless a test records it); before {@link #start()}. */
    void setSchedule(FxTimer.Schedule schedule) {
        this.schedule = schedule;
    }

    /** What came due while the app was closed, once, after {@link #start()}. */
    public void setOnDigest(Consumer<List<DueEntry>> handler) {
        onDigest = handler;
    }

    /** What came due while the app runs, each time something does. */
    public void setOnCameDue(Consumer<List<DueEntry>> handler) {
        onCameDue = handler;
    }

    public void setOnError(Consumer<String> handler) {
        onError = handler;
    }

    /** Loads the reminders, reports the digest since the last run, and starts watching the clock. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        Instant now = clock.instant();
        LocalDate today = today(now);
        List<Plan> known = plansInMemory.get();
        session.run(Messages.get("reminders.loading"),
                WorkspaceReminders.sinceLastRun(shipped, known, today, clock.getZone()), s -> {
                    watching = true;
                    show(s, today);
                    List<DueEntry> digest = s.lastRun().map(last -> board().cameDue(last, now)).orElse(List.of());
                    lastCheck = now;
                    persistLastRun(now);
                    if (!digest.isEmpty()) {
                        onDigest.accept(digest);
                    }
                });
    }

    /** Reads the reminders again (after an import, an edit, a change of rules or calendar). */
    public void reload() {
        if (!started) {
            return;
        }
        LocalDate today = today(clock.instant());
        List<Plan> known = plansInMemory.get();
        session.run(Messages.get("reminders.loading"), WorkspaceReminders.read(shipped, known,
                WorkspaceReminders.aroundToday(today, today, 0)), s -> show(s, today));
    }

    /**
     * As {@link #reload()}, for a change nobody here waits on (another client's, a new list of plans):
     * nothing shown as busy in the status bar, and one reading for several asks made before it ran.
     */
    public void reloadQuietly() {
        if (!started) {
            return;
        }
        // The plans as held now (asked on the FX thread); a reading already queued takes these newest ones.
        quietHeld = java.util.Optional.ofNullable(plansInMemory.get());
        if (quietReloadQueued) {
            return;
        }
        quietReloadQueued = true;
        LocalDate today = today(clock.instant());
        session.runQuietly(s -> {
            return WorkspaceReminders.read(shipped, quietHeld.orElse(null), WorkspaceReminders.aroundToday(today, today, 0))
                    .run(s);
        }, s -> {
            quietReloadQueued = false;
            show(s, today);
        }, t -> quietReloadQueued = false);
    }

    private boolean quietReloadQueued;
    private volatile java.util.Optional<List<Plan>> quietHeld = java.util.Optional.empty();

    /**
     * Where to take the plans from without reading them: every plan of the workspace as the window
     * holds it, or null when it does not hold them all (then they are read from the workspace).
     * Asked on the FX thread.
     */
    public void setPlansInMemory(Supplier<List<Plan>> plans) {
        this.plansInMemory = plans;
    }

    /** Looks at the clock: refreshes the list and reports what came due since the last look. */
    public void tick() {
        if (snapshot == null) {
            return;
        }
        Instant now = clock.instant();
        if (!today(now).equals(snapshotDay)) {
            // A new day: recurring dates move on; read them again, then look.
            LocalDate today = today(now);
            List<Plan> known = plansInMemory.get();
            session.run(Messages.get("reminders.loading"), WorkspaceReminders.read(shipped, known,
                    WorkspaceReminders.aroundToday(today, snapshotDay, 0)), s -> {
                        show(s, today);
                        look(now);
                    });
            return;
        }
        look(now);
    }

    private void look(Instant now) {
        List<DueEntry> came = lastCheck == null ? List.of() : board().cameDue(lastCheck, now);
        lastCheck = now;
        refresh(now);
        if (!came.isEmpty() || lastPersisted == null || Duration.between(lastPersisted, now).compareTo(PERSIST_EVERY) >= 0) {
            persistLastRun(now);
        }
        if (!came.isEmpty()) {
            onCameDue.accept(came);
        }
    }

    public void snooze(DueEntry entry, Snooze how) {
        Instant now = clock.instant();
        Instant until;
        try {
            until = how.until(now, clock.getZone(), calendar.get());
        } catch (UnknownYearException e) {
            onError.accept(e.getMessage());
            return;
        }
        change(Messages.get("reminders.snoozing"), ReminderActions.snooze(entry, until, now));
    }

    public void dismiss(DueEntry entry) {
        Instant now = clock.instant();
        change(Messages.get("reminders.dismissing"), ReminderActions.dismiss(entry, now));
    }

    public void markDone(DueEntry entry) {
        Instant now = clock.instant();
        change(Messages.get("reminders.markingDone"), ReminderActions.markDone(entry, now));
    }

    private void change(String description, UseCase<Void> action) {
        session.run(description, action, done -> reload());
    }

    /** Stops watching and notes the time, so the next start's digest begins here. */
    public void stop() {
        watching = false;
        cancelWake.run();
        nextWake = null;
        if (snapshot != null) {
            persistLastRun(clock.instant());
        }
    }

    private void persistLastRun(Instant now) {
        lastPersisted = now;
        session.run(Messages.get("reminders.saving"), ReminderActions.setLastRun(now), done -> { });
    }

    private void show(WorkspaceReminders.Snapshot s, LocalDate day) {
        snapshot = s;
        snapshotDay = day;
        calendar.set(s.calendar());
        missingYears.set(s.schedule().missingYears());
        refresh(clock.instant());
    }

    private void refresh(Instant now) {
        List<DueEntry> list = board().active(now);
        active.setAll(list);
        pending.set(list.size());
        overdue.set((int) list.stream().filter(e -> e.urgency() == Urgency.OVERDUE).count());
        planNextLook(now);
    }

    /** Sets the timer for the next look (replacing the one set before), while watching. */
    private void planNextLook(Instant now) {
        cancelWake.run();
        if (!watching) {
            nextWake = null;
            return;
        }
        nextWake = nextLook(now, board().nextChange(now));
        cancelWake = schedule.after(Duration.between(now, nextWake), this::tick);
    }

    /**
     * When to look next after {@code now}: just after the board's next change ({@code change}, null
     * if none), just after midnight, or {@link #LONGEST_SLEEP} from now, whichever comes first.
     */
    Instant nextLook(Instant now, Instant change) {
        Instant midnight = today(now).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant next = now.plus(LONGEST_SLEEP);
        for (Instant moment : new Instant[] {change, midnight}) {
            if (moment != null && moment.plus(AFTER_THE_MOMENT).isBefore(next)) {
                next = moment.plus(AFTER_THE_MOMENT);
            }
        }
        return next;
    }

    /** When the timer will look next, or null when it is not watching (for tests). */
    Instant nextWake() {
        return nextWake;
    }

    private ReminderBoard board() {
        return new ReminderBoard(snapshot.schedule(), snapshot.states(), snapshot.calendar(), clock.getZone());
    }

    private LocalDate today(Instant now) {
        return now.atZone(clock.getZone()).toLocalDate();
    }

    public LocalDate today() {
        return today(clock.instant());
    }

    public Clock clock() {
        return clock;
    }

    /** Due items to act on now, overdue first. */
    public ObservableList<DueEntry> active() {
        return FXCollections.unmodifiableObservableList(active);
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** Years without holiday data → reminders that could not be dated for lack of them. */
    public ReadOnlyObjectProperty<SortedMap<Integer, Integer>> missingYearsProperty() {
        return missingYears.getReadOnlyProperty();
    }

    /** The calendar in use: shipped data with the user's loaded years and edits. */
    public ReadOnlyObjectProperty<WorkingDayCalendar> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    /** The last snapshot read, or null before the first load. */
    public WorkspaceReminders.Snapshot snapshot() {
        return snapshot;
    }

    public WorkingDayCalendar shipped() {
        return shipped;
    }
}
