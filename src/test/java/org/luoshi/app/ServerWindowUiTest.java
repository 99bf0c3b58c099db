package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.app.AppHarness.fx;
import static org.luoshi.app.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.PlanEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a workspace on a real PostgreSQL server (the embedded one of the storage tests):
 * reached through File → 连接办公室服务器… with a role whose password the server asks for (typed in
 * the dialog, never written anywhere), and opened with a role that may only read — the banner, the
 * title, every editing action greyed out, its key saying why, the detail pane locked, nothing written.
 */
class ServerWindowUiTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
        Messages.setLocale(Locale.getDefault());
    }

    /** A database on the embedded server holding the sample plan (47 tasks), made by its owner. */
    private static String url(ServerAddress server, String user) {
        return "postgresql://" + user + "@localhost:" + server.port() + "/" + server.database() + "?sslmode=disable";
    }

    @Test
    void aReadOnlyRoleSeesTheWorkspaceButNoEditAndNothingIsWritten() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ServerAddress server = ServerWindows.withSamplePlan();
        String reader = "reader_" + server.database();
        EmbeddedServer.sql(server.database(), "CREATE ROLE " + reader + " LOGIN",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);

        FxToolkit.registerPrimaryStage();
        app = (LuoshiApp) FxToolkit.setupApplication(() -> new LuoshiApp(AppHarness.clockAt(LocalDate.of(2023, 3, 28)),
                "--workspace=" + url(server, reader), "--settings=" + dir.resolve("settings.properties")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get());
        waitUntil(() -> app.model().readOnlyProperty().get());

        assertThat(app.window().tree().taskRowCount()).isEqualTo(47);
        Label banner = (Label) app.window().lookup("#readonly-banner");
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("此工作区以只读方式打开：用户 " + reader + " 在服务器上只能查看");
        Stage stage = (Stage) app.window().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("落实 — postgresql://" + reader + "@localhost:" + server.port() + "/"
                + server.database() + "（只读）");
        for (AppAction edit : new AppAction[] {AppAction.NEW_PLAN, AppAction.IMPORT_FILE, AppAction.ADD_TASK,
                AppAction.RENAME_PLAN, AppAction.DELETE_PLAN, AppAction.UNDO}) {
            assertThat(app.window().isActionDisabled(edit)).as(edit.name()).isTrue();
        }
        assertThat(app.window().isActionDisabled(AppAction.TIMELINE_SHOW)).as("looking is not editing").isFalse();
        assertThat(app.window().isActionDisabled(AppAction.EXPORT_SHEETS)).isFalse();

        // Ctrl+Shift+N (add a task) says why nothing happens.
        fx(() -> app.window().tree().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        String refused = "未修改：此工作区以只读方式打开（用户 " + reader + " 只能查看）。";
        waitUntil(() -> refused.equals(app.model().statusLine().statusProperty().get()));
        DialogPane told = message();
        assertThat(told.getContentText()).isEqualTo(refused);

        // An edit reaching the model anyway is refused before it is tried.
        fx(() -> app.model().perform(PlanEdits.rename(app.model().planProperty().get(), "改名")));
        fx(() -> app.window().tree().selectTask(app.model().planProperty().get().tasks().get(0).id()));
        waitUntil(() -> app.window().detail().shown() != null);
        assertThat(app.window().detail().lookupAll(".text-input")).isNotEmpty()
                .allMatch(n -> !((TextInputControl) n).isEditable() || n.isDisabled());
        message();

        try (Workspace owner = Workspace.openServer(server, null)) {
            assertThat(owner.plans().list()).singleElement().satisfies(p -> assertThat(p.title()).doesNotContain("改名"));
        }
    }

    @Test
    void theConnectDialogAsksThePasswordTheServerWantsAndTheWindowMovesThere() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ServerAddress server = ServerWindows.withSamplePlan();
        String role = EmbeddedServer.PASSWORD_ROLE;
        EmbeddedServer.sql(server.database(), "GRANT ALL ON SCHEMA public TO " + role,
                "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role,
                "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + role);
        Path settings = dir.resolve("settings.properties");
        UserSettingsFile.save(settings, org.luoshi.settings.UserSettings.DEFAULT);
        app = AppHarness.start(dir.resolve("laptop.db"), settings, AppHarness.clockAt(LocalDate.of(2023, 3, 28)));

        Platform.runLater(() -> app.window().fire(AppAction.CONNECT_SERVER));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        fx(() -> {
            ((TextInputControl) pane.lookup("#connect-host")).setText("127.0.0.1");
            ((TextInputControl) pane.lookup("#connect-port")).setText(String.valueOf(server.port()));
            ((TextInputControl) pane.lookup("#connect-database")).setText(server.database());
            ((TextInputControl) pane.lookup("#connect-user")).setText(role);
        });
        fx(() -> ((javafx.scene.control.Button) pane.lookup("#connect-button")).fire());
        Label problem = (Label) pane.lookup("#connect-problem");
        String display = "postgresql://" + role + "@127.0.0.1:" + server.port() + "/" + server.database();
        waitUntil(() -> problem.getText().startsWith("服务器要求输入") || problem.getText().startsWith("连不上"));
        assertThat(problem.getText()).isEqualTo("服务器要求输入 " + display + " 的密码：请输入密码（或写入 ~/.pgpass）。");
        assertThat(app.current()).as("still on the laptop's file").isSameAs(app);

        fx(() -> ((TextInputControl) pane.lookup("#connect-password")).setText(EmbeddedServer.PASSWORD));
        fx(() -> ((javafx.scene.control.Button) pane.lookup("#connect-button")).fire());
        waitUntil(() -> app.current() != app && app.current().model().loadedProperty().get());
        LuoshiApp now = app.current();
        assertThat(now.model().place().onServer()).isTrue();
        assertThat(now.window().tree().taskRowCount()).isEqualTo(47);
        assertThat(now.model().readOnlyProperty().get()).isFalse();
        assertThat(((Stage) now.window().getScene().getWindow()).getTitle()).isEqualTo("落实 — " + display);
        assertThat(dialog()).as("the dialog closed").isEmpty();

        waitUntil(() -> now.settingsRecent().get(0).startsWith(display));
        waitUntil(() -> UserSettingsFile.load(settings).recentWorkspaces().get(0).startsWith(display));
        assertThat(Files.readString(settings)).as("the password is never written").doesNotContain(EmbeddedServer.PASSWORD);
        assertThat(now.settingsRecent()).contains(dir.resolve("laptop.db").toString());
    }

    private static Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#connectDialog"))
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    private static DialogPane message() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> alert().isPresent());
        DialogPane pane = alert().orElseThrow();
        fx(() -> ((Stage) pane.getScene().getWindow()).close());
        return pane;
    }

    private static Optional<DialogPane> alert() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }
}
