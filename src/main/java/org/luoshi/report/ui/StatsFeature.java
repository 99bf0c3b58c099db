package org.luoshi.report.ui;

import org.luoshi.ui.DialogWindows;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;
import org.luoshi.ui.FxTimer;

/**
 * The 统计 window as the main window sees it: one action (视图 → 统计…, Ctrl+Shift+S). The app hands
 * it the owner window, the session (the overview is a use case of {@code report.workspace}), how to
 * make a dialog service for a window, the plans, the plan on show, the user's unit, a clock, the
 * status line, and how to show a task in the main window.
 */
public final class StatsFeature {
    private final Window owner;
    private final Session session;
    private final Function<Window, DialogService> dialogs;
    private final Supplier<List<PlanSummary>> plans;
    private final ObservableValue<Plan> planOnShow;
    private final Supplier<String> myUnit;
    private final Clock clock;
    private final Consumer<String> status;
    private final BiConsumer<Long, Long> jump;
    private final Supplier<List<Plan>> held;
    private final ObservableValue<?> revision;
    private FxTimer.Schedule schedule = FxTimer::after;
    /** Makes the first window ready before the click; null before the warm-up and after the first open. */
    private StatsWarmUp warm;
    private final javafx.beans.value.ChangeListener<Object> follow = (obs, old, now) -> {
        if (warm != null) {
            warm.changed();
        }
    };

    /**
     * @param held     every plan as the main window holds them in memory, or null while not all are
     * @param revision changes whenever the workspace's data changed: an open window counts again
     */
    public StatsFeature(Window owner, Session session, Function<Window, DialogService> dialogs,
            Supplier<List<PlanSummary>> plans, ObservableValue<Plan> planOnShow, Supplier<String> myUnit, Clock clock,
            Consumer<String> status, BiConsumer<Long, Long> jump, Supplier<List<Plan>> held,
            ObservableValue<?> revision) {
        this.held = Objects.requireNonNull(held, "held");
        this.revision = Objects.requireNonNull(revision, "revision");
        this.owner = owner;
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.planOnShow = Objects.requireNonNull(planOnShow, "planOnShow");
        this.myUnit = Objects.requireNonNull(myUnit, "myUnit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
        this.jump = Objects.requireNonNull(jump, "jump");
    }

    /** 视图 → 统计…: the overview of the plan on show (of every plan when none is on show). */
    public void show() {
        open();
    }

    /**
     * Once the main window has settled: makes the window the first click would open (the plan on show,
     * today) ready and keeps it unseen, following the workspace until that click ({@link StatsWarmUp}).
     */
    public void warmUp() {
        if (warm != null) {
            return;
        }
        warm = new StatsWarmUp(this::key, this::make, schedule);
        revision.addListener(follow);
        planOnShow.addListener(follow);
        warm.start();
    }

    /** What a window opened now shows. */
    private StatsWarmUp.Key key() {
        Plan shown = planOnShow.getValue();
        return new StatsWarmUp.Key(revision.getValue(), shown == null ? 0 : shown.id(), LocalDate.now(clock),
                plans.get(), myUnit.get(), org.luoshi.ui.WindowLook.of(owner));
    }

    /** A window for {@code k}, not counted yet and not shown. */
    private StatsWindow make(StatsWarmUp.Key k) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        StatsViewModel model = new StatsViewModel(session, dialogs.apply(stage), k.day(), status, held);
        StatsWindow window = new StatsWindow(stage, model, k.plans(), k.shown(), k.unit(), jump);
        new StatsExport(window);
        return window;
    }

    StatsWindow open() {
        StatsWarmUp.Key k = key();
        StatsWindow window = null;
        if (warm != null) {
            window = warm.take(k);
            revision.removeListener(follow);
            planOnShow.removeListener(follow);
            warm = null;
        }
        if (window == null) {
            window = make(k);
            // Counting starts first (on the I/O thread) and goes on while the window is made visible.
            window.load();
        }
        StatsWindow shown = window;
        // An edit or a collected round while the window is open: count again what is on show.
        javafx.beans.value.ChangeListener<Object> changed = (obs, old, now) -> shown.model.reload();
        revision.addListener(changed);
        shown.stage.setOnHidden(e -> revision.removeListener(changed));
        shown.stage.show();
        return shown;
    }

    /** The warm-up, for tests (null before {@link #warmUp}). */
    StatsWarmUp warm() {
        return warm;
    }

    /** How work is put off (tests run it at once). */
    void schedule(FxTimer.Schedule s) {
        schedule = Objects.requireNonNull(s, "schedule");
    }
}
