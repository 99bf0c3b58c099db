package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** At the first start a hint points to import, "my unit" and the guide; Help → 使用说明 opens the guide. */
class FirstRunHintUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theFirstStartShowsTheHintAndClosingItWritesTheSettings() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path settings = dir.resolve("settings.properties");
        FxToolkit.registerPrimaryStage();
        app = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace",
                RunningApp.withSamplePlan(dir.resolve("workspace.db")).toString(), "--settings", settings.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var hint = app.window().lookup("#firstRunHint");
        assertThat(hint.isVisible()).isTrue();
        assertThat(((Button) hint.lookup("#hintImport")).getText()).isEqualTo("导入方案…");
        assertThat(((Button) hint.lookup("#hintMyUnit")).getText()).isEqualTo("选定我的单位");

        // 使用说明 opens the guide in Chinese, with its pictures; Esc closes it.
        robot.interact(() -> ((Button) hint.lookup("#hintGuide")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Window guide = Window.getWindows().stream().filter(w -> w.getScene().lookup("#userGuide") != null)
                .findFirst().orElseThrow();
        assertThat(((javafx.stage.Stage) guide).getTitle()).isEqualTo("使用说明");
        assertThat(guide.getScene().getRoot().lookupAll(".image-view")).hasSize(5);
        robot.interact(() -> guide.getScene().getRoot().lookup("#guideClose").fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guide.isShowing()).isFalse();

        robot.interact(() -> ((Button) hint.lookup("#hintClose")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(settings));
        assertThat(hint.isVisible()).isFalse();
    }
}
