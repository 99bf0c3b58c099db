package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.i18n.Messages;
import org.luoshi.ui.ElidedText;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog the menus open shows all of its labels whole (no "（…", no "Not st…") on the headless
 * 1280×800 screen, in Chinese and in English, and sits on that screen.
 */
class DialogTextFitsUiTest {
    private static final List<AppAction> DIALOGS = List.of(AppAction.ABOUT, AppAction.USER_GUIDE, AppAction.NEW_PLAN,
            AppAction.UNIT_DIRECTORY, AppAction.SETTINGS, AppAction.REMINDER_CENTRE, AppAction.REMINDER_RULES,
            AppAction.WORKING_CALENDAR, AppAction.EXPORT_ICS, AppAction.EXPORT_SHEETS, AppAction.PROGRESS_ROUNDS);

    @TempDir
    Path dir;

    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.getDefault());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyDialogShowsItsTextWhole(String language) throws Exception {
        Messages.setLocale(Locale.forLanguageTag(language));
        FxToolkit.registerPrimaryStage();
        app = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace",
                RunningApp.withSamplePlan(dir.resolve("workspace.db")).toString(), "--today=2023-04-03");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(screen.getWidth()).isEqualTo(1280);
        closeOthers();

        List<String> problems = new ArrayList<>();
        for (AppAction action : DIALOGS) {
            Set<Window> before = Set.copyOf(Window.getWindows());
            Platform.runLater(() -> app.window().fire(action));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                    .anyMatch(w -> !before.contains(w) && w.isShowing()));
            WaitForAsyncUtils.waitForFxEvents();
            Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                    .findFirst().orElseThrow();
            WaitForAsyncUtils.asyncFx(() -> {
                for (String e : ElidedText.in(dialog.getScene().getRoot())) {
                    problems.add(action + ": " + e);
                }
                if (dialog.getX() < screen.getMinX() || dialog.getY() < screen.getMinY()
                        || dialog.getX() + dialog.getWidth() > screen.getMaxX()
                        || dialog.getY() + dialog.getHeight() > screen.getMaxY()) {
                    problems.add(action + ": off the screen at " + dialog.getX() + "," + dialog.getY() + " "
                            + dialog.getWidth() + "×" + dialog.getHeight());
                }
            }).get();
            closeOthers();
        }
        assertThat(problems).isEmpty();
    }

    private void closeOthers() throws Exception {
        Window main = app.window().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != main && w.isShowing()).forEach(Window::hide)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
