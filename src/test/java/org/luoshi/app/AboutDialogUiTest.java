package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About names the app and its version, with the icon; the window carries the icon too. */
class AboutDialogUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @BeforeEach
    void start() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        FxToolkit.registerPrimaryStage();
        app = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace",
                RunningApp.withSamplePlan(dir.resolve("workspace.db")).toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aboutShowsNameVersionAndRuntime() throws Exception {
        robot.interact(() -> app.window().fire(AppAction.ABOUT));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> about().isPresent());
        DialogPane pane = about().orElseThrow();
        // Run from target/classes there is no jar manifest, so the version reads "dev".
        assertThat(pane.getHeaderText()).isEqualTo("落实 " + AboutDialog.version());
        assertThat(pane.getContentText()).contains("任务分工方案")
                .contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX " + System.getProperty("javafx.runtime.version"));
        assertThat(pane.getGraphic()).isInstanceOf(ImageView.class);
        assertThat(((ImageView) pane.getGraphic()).getImage().getWidth()).isEqualTo(64);
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void theMainWindowCarriesTheIconAtEverySize() {
        Stage stage = (Stage) app.window().getScene().getWindow();
        assertThat(stage.getIcons()).extracting(i -> (int) i.getWidth())
                .containsExactlyElementsOf(AppIcons.SIZES);
    }

    private static Optional<DialogPane> about() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#about"))
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }
}
