package org.luoshi.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.ui.UnitDirectoryDialog;

/** The Luoshi window. Started by {@link Launcher} (jar) or by {@code ./mvnw javafx:run}. */
public final class LuoshiApp extends Application {
    private MainViewModel model;
    private FxBackgroundTasks tasks;
    private MainWindow window;
    private ImportFlow imports;
    private TimelineFlow timeline;

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        tasks = new FxBackgroundTasks();
        model = new MainViewModel(tasks, options.workspace());
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
        window.onAction(AppAction.UNDO, model::undo);
        window.onAction(AppAction.REDO, model::redo);
        timeline = new TimelineFlow(stage, model, tasks, window);
        window.onAction(AppAction.UNIT_DIRECTORY,
                () -> new UnitDirectoryDialog(stage, new WorkspaceUnitDirectory(model)).show());
        window.onAction(AppAction.ABOUT, () -> AboutDialog.show(stage));

        stage.setTitle(Messages.get("app.title") + " — " + Messages.get("app.subtitle"));
        stage.setScene(scene);
        stage.show();
        model.open();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }

    /** The view model, for tests that drive the running app. */
    public MainViewModel model() {
        return model;
    }

    public ImportFlow imports() {
        return imports;
    }

    public TimelineFlow timeline() {
        return timeline;
    }

    public MainWindow window() {
        return window;
    }
}
