package org.luoshi.report.ledger.ui;

import org.luoshi.ui.DialogWindows;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * The ledger as the main window sees it: one action (工具 → 工作台账…) opening the ledger dialog for
 * the plan on show (or all plans when none is shown).
 */
public final class LedgerFeature {
    private final Window owner;
    private final Session session;
    private final Function<Window, DialogService> dialogs;
    private final ObservableValue<Plan> planOnShow;
    private final Clock clock;
    private final Consumer<String> status;

    public LedgerFeature(Window owner, Session session, Function<Window, DialogService> dialogs,
            ObservableValue<Plan> planOnShow, Clock clock, Consumer<String> status) {
        this.owner = owner;
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.planOnShow = Objects.requireNonNull(planOnShow, "planOnShow");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    public void show() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        LedgerViewModel model = new LedgerViewModel(session, dialogs.apply(stage), LocalDate.now(clock),
                planOnShow.getValue(), status);
        new LedgerWindow(stage, model);
        stage.show();
        model.load();
    }
}
