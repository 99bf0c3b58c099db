package org.luoshi.rounds.ui;

import org.luoshi.ui.DialogWindows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * Progress rounds as the main window sees them: one action (工具 → 进展报送…) opening the rounds
 * window of the plan on show. The app hands it the owner window, the session (every read and write
 * is a use case of {@code rounds.workspace}), how to make a dialog service for a window, the plan on
 * show, whether the workspace is loaded, a clock and the status line.
 */
public final class RoundsFeature {
    private final Window owner;
    private final Session session;
    private final Function<Window, DialogService> dialogs;
    private final ObservableValue<Plan> planOnShow;
    private final ObservableBooleanValue loaded;
    private final Clock clock;
    private final Consumer<String> status;

    public RoundsFeature(Window owner, Session session, Function<Window, DialogService> dialogs,
            ObservableValue<Plan> planOnShow, ObservableBooleanValue loaded, Clock clock, Consumer<String> status) {
        this.owner = owner;
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.planOnShow = Objects.requireNonNull(planOnShow, "planOnShow");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** 工具 → 进展报送…: the rounds of the plan on show; without a plan, says why. */
    public void show() {
        open();
    }

    Optional<RoundsWindow> open() {
        Plan shown = planOnShow.getValue();
        if (shown == null) {
            String why = loaded.get() ? Messages.get("rounds.ui.noPlan") : Messages.get("app.loading");
            dialogs.apply(owner).inform(Messages.get("rounds.ui.title"), why);
            return Optional.empty();
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        RoundsViewModel model = new RoundsViewModel(session, dialogs.apply(stage), LocalDate.now(clock), status);
        RoundsWindow window = new RoundsWindow(stage, model);
        stage.show();
        model.load(shown, 0);
        return Optional.of(window);
    }
}
