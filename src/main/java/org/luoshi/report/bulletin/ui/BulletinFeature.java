package org.luoshi.report.bulletin.ui;

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
 * The bulletin as the main window sees it: one action (工具 → 督查通报…) opening the bulletin window of
 * the plan on show; without a plan, says why.
 */
public final class BulletinFeature {
    private final Window owner;
    private final Session session;
    private final Function<Window, DialogService> dialogs;
    private final ObservableValue<Plan> planOnShow;
    private final ObservableBooleanValue loaded;
    private final Clock clock;
    private final Consumer<String> status;

    public BulletinFeature(Window owner, Session session, Function<Window, DialogService> dialogs,
            ObservableValue<Plan> planOnShow, ObservableBooleanValue loaded, Clock clock, Consumer<String> status) {
        this.owner = owner;
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.planOnShow = Objects.requireNonNull(planOnShow, "planOnShow");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    public void show() {
        open();
    }

    Optional<BulletinViewModel> open() {
        Plan shown = planOnShow.getValue();
        if (shown == null) {
            String why = loaded.get() ? Messages.get("bulletin.ui.noPlan") : Messages.get("app.loading");
            dialogs.apply(owner).inform(Messages.get("bulletin.ui.title"), why);
            return Optional.empty();
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        BulletinViewModel model = new BulletinViewModel(session, dialogs.apply(stage), LocalDate.now(clock), shown, status);
        new BulletinWindow(stage, model);
        stage.show();
        model.load();
        return Optional.of(model);
    }
}
