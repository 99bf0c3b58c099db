package org.luoshi.sheets.ui;

import org.luoshi.ui.DialogWindows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.print.PrinterJob;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * The task sheets (分工表) as the main window sees them: File → 分工表… and File → 打印分工表… open
 * the sheets window on the plan on show. The app hands it its window, the session, the dialogs a
 * window asks its questions with, the plan on show, whether the workspace has been read, a clock
 * (the sheets' 制表日期) and the status line (told what a save came to).
 */
public final class SheetsFeature {
    private final Window owner;
    private final Session session;
    private final Function<Window, DialogService> dialogs;
    private final ObservableValue<Plan> planOnShow;
    private final ObservableBooleanValue loaded;
    private final Clock clock;
    private final Consumer<String> status;
    private final Supplier<PrinterJob> printerJobs = PrinterJob::createPrinterJob;

    /**
     * @param dialogs the dialogs owned by a window ({@code FxDialogService::new}): the sheets window
     *                asks for files and folders with its own, so they show in front of it
     * @param loaded  true once the workspace has been read (before that, "no plan" means "not yet")
     */
    public SheetsFeature(Window owner, Session session, Function<Window, DialogService> dialogs,
            ObservableValue<Plan> planOnShow, ObservableBooleanValue loaded, Clock clock, Consumer<String> status) {
        this.owner = owner;
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.planOnShow = Objects.requireNonNull(planOnShow, "planOnShow");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    private java.util.function.Supplier<String> unitOnShow = () -> null;

    /** The unit whose view is on show in the main window (null if none): its sheet is chosen first. */
    public void setUnitOnShow(java.util.function.Supplier<String> unit) {
        this.unitOnShow = Objects.requireNonNull(unit, "unit");
    }

    /** File → 分工表…: the sheets of the plan on show, to look at, print or save. */
    public void exportSheets() {
        open(false);
    }

    /** File → 打印分工表…: the same window, 打印 its default button. */
    public void printSheet() {
        open(true);
    }

    /**
     * Opens the sheets window for the plan on show, loading the plan afresh and finding the PDF
     * font in the background; without a plan, says why. Gives the window, if it opened.
     */
    Optional<SheetsDialog> open(boolean printFirst) {
        Plan shown = planOnShow.getValue();
        if (shown == null) {
            // Before the first load there may well be plans: say that the workspace is still opening.
            String why = loaded.get() ? Messages.get("sheets.ui.noPlan") : Messages.get("app.loading");
            dialogs.apply(owner).inform(Messages.get("sheets.ui.title"), why);
            return Optional.empty();
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogWindows.fit(stage);
        SheetsViewModel model = new SheetsViewModel(session, dialogs.apply(stage), LocalDate.now(clock), status,
                Platform::runLater);
        SheetsDialog dialog = new SheetsDialog(stage, model, printerJobs);
        dialog.printFirst(printFirst);
        model.preselect(unitOnShow.get());
        stage.show();
        model.load(shown);
        session.run(Messages.get("sheets.ui.loading"), s -> PreviewFont.find(), model::useFont,
                t -> model.useFont(PreviewFont.fallback(t.getMessage())));
        return Optional.of(dialog);
    }
}
