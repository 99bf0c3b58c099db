package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.app.AppHarness.fx;
import static org.luoshi.app.AppHarness.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.PlanEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The server going away under an open window (the embedded PostgreSQL: the window's role is barred
 * from logging in and its connections ended): the window says by itself that it is offline, keeps the
 * text typed in the detail pane, stores nothing and says so, refuses further edits, tries again in the background,
 * and once the role may log in again is back on line — the held text stored then, and only then.
 */
class OfflineWindowUiTest {
    @TempDir
    Path dir;
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
        ServerLink.every = ServerLink.EVERY;
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theWindowGoesOfflineKeepsTheTypedTextAndStoresItOnlyOnceTheServerIsBack() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ServerLink.every = Duration.ofMillis(300);
        ServerAddress owner = ServerWindows.withSamplePlan();
        String editor = "editor_" + owner.database();
        app = ServerWindows.open(ServerWindows.editor(owner, editor), dir.resolve("settings.properties"));
        Task first = app.model().planProperty().get().tasks().get(0);
        fx(() -> app.window().tree().selectTask(first.id()));
        waitUntil(() -> app.window().detail().shown() != null);
        TextArea text = (TextArea) app.window().detail().lookup("#detailText");
        String typed = first.text() + "（已完成初稿）";
        fx(() -> text.setText(typed));

        // The server goes away for this role: barred from logging in, its connections ended. The window
        // notices by itself (its watch of others' changes lost its connection), before the text is sent.
        EmbeddedServer.sql(owner.database(), "ALTER ROLE " + editor + " NOLOGIN",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + editor + "'");
        waitUntil(() -> app.model().offlineProperty().get());
        fx(() -> app.window().detail().commitPending());

        Label banner = (Label) app.window().lookup("#offline-banner");
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("离线：连不上服务器 postgresql://" + editor + "@");
        assertThat(text.getText()).as("what was typed stays").isEqualTo(typed);
        assertThat(app.window().detail().held()).hasSize(1);
        Label paneNote = (Label) app.window().detail().lookup("#detailRefusal");
        assertThat(paneNote.getText()).isEqualTo("离线：这里的 1 项修改尚未保存，服务器恢复后自动保存。");
        assertThat(app.window().isActionDisabled(AppAction.ADD_TASK)).isTrue();
        assertThat(text.isEditable()).as("no further typing while offline").isFalse();

        fx(() -> app.model().perform(PlanEdits.rename(app.model().planProperty().get(), "离线时改的名")));
        assertThat(message().getContentText()).startsWith("未保存：连不上服务器");
        try (Workspace check = Workspace.openServer(owner, null)) {
            assertThat(check.tasks().load(first.id()).orElseThrow().text()).as("nothing stored while offline")
                    .isEqualTo(first.text());
            assertThat(check.plans().list().get(0).title()).doesNotContain("离线时改的名");
        }

        // Back: the retries find the server, the held text is stored, the banner goes.
        EmbeddedServer.sql(owner.database(), "ALTER ROLE " + editor + " LOGIN");
        waitUntil(() -> !app.model().offlineProperty().get());
        waitUntil(() -> {
            try (Workspace check = Workspace.openServer(owner, null)) {
                return check.tasks().load(first.id()).orElseThrow().text().equals(typed);
            }
        });
        waitUntil(() -> !banner.isVisible());
        assertThat(app.window().detail().held()).isEmpty();
        assertThat(text.isEditable()).isTrue();
        assertThat(app.window().isActionDisabled(AppAction.ADD_TASK)).isFalse();
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
