package org.luoshi.app;

import java.time.Clock;
import java.io.IOException;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.ui.UnitDirectoryDialog;
import org.luoshi.reminders.ui.RemindersFeature;
import org.luoshi.sheets.ui.SheetsDialog;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import org.luoshi.storage.WorkspaceLock;

/** The Luoshi window. Started by {@link Launcher} (jar) or by {@code ./mvnw javafx:run}. */
public final class LuoshiApp extends Application {
    private MainViewModel model;
    private FxBackgroundTasks tasks;
    private MainWindow window;
    private ImportFlow imports;
    private RemindersFeature reminders;
    private WorkspaceLock lock;
    private FirstWindow firstWindow;

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        if (!lockWorkspace(options)) {
            return;
        }
        answerSecondStarts(options, stage);
        tasks = new FxBackgroundTasks();
        model = new MainViewModel(tasks, options.workspace());
        model.open(); // the workspace is read on the I/O thread while the window is built and shown
        window = new MainWindow(model, tasks);

        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                LuoshiApp.class.getResource("/org/luoshi/app/luoshi.css")).toExternalForm());
        CjkFonts.pick(Font.getFamilies()).ifPresent(family ->
                window.setStyle("-fx-font-family: \"" + family + "\";"));

        model.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText(Messages.get("app.error.title"));
                alert.initOwner(stage);
                alert.show();
            }
        });

        imports = new ImportFlow(stage, model, tasks);
        imports.acceptDrops(scene);
        window.onAction(AppAction.IMPORT_FILE, imports::chooseFile);
        window.onAction(AppAction.IMPORT_CLIPBOARD, imports::importClipboard);
        window.onAction(AppAction.EXIT, stage::close);
        window.onAction(AppAction.UNIT_DIRECTORY,
                () -> new UnitDirectoryDialog(stage, new WorkspaceUnitDirectory(model)).show());
        window.onAction(AppAction.ABOUT, () -> AboutDialog.show(stage));
        reminders = new RemindersFeature(stage, model::withWorkspace, Clock.systemDefaultZone(),
                model.planProperty()::get, planId -> model.plansProperty().stream().filter(p -> p.id() == planId)
                        .findFirst().ifPresent(model::select));
        window.onAction(AppAction.REMINDER_CENTRE, reminders::showCentre);
        window.onAction(AppAction.REMINDER_RULES, reminders::editRules);
        window.onAction(AppAction.WORKING_CALENDAR, reminders::showCalendar);
        window.onAction(AppAction.EXPORT_ICS, reminders::exportIcs);
        window.addStatusItem(reminders.badge());
        window.onAction(AppAction.EXPORT_SHEETS, () -> SheetsDialog.open(stage, model, tasks, false));
        window.onAction(AppAction.PRINT_SHEET, () -> SheetsDialog.open(stage, model, tasks, true));

        stage.setTitle(Messages.get("app.title") + " — " + Messages.get("app.subtitle"));
        stage.setScene(scene);
        AppIcons.addTo(stage);
        if (options.smokeTest()) {
            SmokeTest.watch(scene, model, window);
        } else {
            ClassDataArchive.makeLaterIfMissing();
        }
        stage.show();
        reminders.startWhenLoaded(model.loadedProperty(), model.plansProperty());
    }

    /** One window per workspace: false (and the user told) if another window has it open. */
    private boolean lockWorkspace(AppOptions options) {
        try {
            lock = WorkspaceLock.acquire(options.workspace());
            return true;
        } catch (WorkspaceInUseException e) {
            WorkspaceInUse.refuse(e.workspace(), options.smokeTest());
            return false;
        } catch (WorkspaceException e) {
            // A folder where files cannot be locked (some network shares): SQLite still keeps the
            // file consistent, so open it unguarded rather than not at all.
            System.err.println(e.getMessage());
            return true;
        }
    }

    /** A second start on this workspace brings this window to the front (see {@link FirstWindow}). */
    private void answerSecondStarts(AppOptions options, Stage stage) {
        try {
            firstWindow = FirstWindow.listen(options.workspace(), () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (IOException e) {
            // No loopback port: a second start then says the workspace is open elsewhere.
            System.err.println(e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (reminders != null) {
            reminders.stop();
        }
        if (model != null) {
            model.close();
        }
        if (firstWindow != null) {
            firstWindow.close();
            firstWindow = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /** The view model, for tests that drive the running app. */
    public MainViewModel model() {
        return model;
    }

    public ImportFlow imports() {
        return imports;
    }

    public MainWindow window() {
        return window;
    }

    public RemindersFeature reminders() {
        return reminders;
    }
}
