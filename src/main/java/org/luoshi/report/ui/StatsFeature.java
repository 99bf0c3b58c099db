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
     * Once the main window has settled: loads and first runs what the 统计 window needs, on a window
     * that is never shown, so that the person's first open is as quick as the later ones.
     */
    public void warmUp() {
        StatsWarmUp.start(stage -> new StatsWindow(stage,
                new StatsViewModel(session, dialogs.apply(stage), LocalDate.now(clock), said -> { }, () -> null),
                List.of(), 0, null, (plan, task) -> { }), () -> { });
    }

    StatsWindow open() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        StatsViewModel model = new StatsViewModel(session, dialogs.apply(stage), LocalDate.now(clock), status,
                held);
        Plan shown = planOnShow.getValue();
        StatsWindow window = new StatsWindow(stage, model, plans.get(), shown == null ? 0 : shown.id(), myUnit.get(),
                jump);
        new StatsExport(window);
        // An edit or a collected round while the window is open: count again what is on show.
        javafx.beans.value.ChangeListener<Object> changed = (obs, old, now) -> model.reload();
        revision.addListener(changed);
        stage.setOnHidden(e -> revision.removeListener(changed));
        // Counting starts first (on the I/O thread) and goes on while the window is made visible.
        window.load();
        stage.show();
        return window;
    }
}
