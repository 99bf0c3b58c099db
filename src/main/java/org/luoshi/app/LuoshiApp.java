package org.luoshi.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.luoshi.i18n.Messages;
import org.luoshi.sheets.ui.SheetsDialog;

/** The Luoshi window. Started by {@link Launcher} (jar) or by {@code ./mvnw javafx:run}. */
public final class LuoshiApp extends Application {
    private MainViewModel model;
    private FxBackgroundTasks tasks;
    private MainWindow window;

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

        window.onAction(AppAction.EXIT, stage::close);
        window.onAction(AppAction.ABOUT, () -> AboutDialog.show(stage));
        window.onAction(AppAction.EXPORT_SHEETS, () -> SheetsDialog.open(stage, model, tasks, false));
        window.onAction(AppAction.PRINT_SHEET, () -> SheetsDialog.open(stage, model, tasks, true));

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

    public MainWindow window() {
        return window;
    }
}
