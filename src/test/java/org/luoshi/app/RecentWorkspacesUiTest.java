package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.luoshi.app.AppHarness.fx;
import static org.luoshi.app.AppHarness.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.settings.UserSettings;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceLock;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → 最近的工作区 in the real window, headless: the list from the person's settings file (most
 * recent first, a file that is gone greyed out), the workspace opened put first, and choosing another
 * file moves the window to it — the old file's lock let go, the new one's held — while a file another
 * window holds, or one that is gone, leaves the window where it was with a message.
 */
class RecentWorkspacesUiTest {
    @TempDir
    Path dir;
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theMenuListsTheRecentWorkspacesAndChoosingOneMovesTheWindowThere() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path first = dir.resolve("第一.db");
        Path second = dir.resolve("第二.db");
        try (Workspace ws = Workspace.open(second)) {
            ws.plans().save(new Plan(0, null, "第二个工作区的方案", null, null, null, null, List.of(), List.of(), List.of()));
        }
        String gone = dir.resolve("已删除.db").toString();
        Path settings = dir.resolve("settings.properties");
        UserSettingsFile.save(settings, UserSettings.DEFAULT.withOpened(gone)
                .withOpened("postgresql://zhang@10.0.0.5:5432/ducha").withOpened(second.toString()));

        app = AppHarness.start(first, settings, AppHarness.clockAt(LocalDate.of(2023, 3, 28)));
        waitUntil(() -> app.settingsRecent().size() == 4);
        assertThat(app.settingsRecent()).as("the workspace opened comes first")
                .containsExactly(first.toString(), second.toString(), "postgresql://zhang@10.0.0.5:5432/ducha", gone);
        waitUntil(() -> {
            try {
                return UserSettingsFile.load(settings).recentWorkspaces().size() == 4;
            } catch (RuntimeException e) {
                return false;
            }
        });
        assertThat(UserSettingsFile.load(settings).recentWorkspaces()).first().isEqualTo(first.toString());

        fx(() -> app.recentMenu().getOnShowing().handle(null));
        List<MenuItem> items = app.recentMenu().getItems();
        assertThat(items).extracting(MenuItem::getText).containsExactly(first.toString(), second.toString(),
                "postgresql://zhang@10.0.0.5:5432/ducha", gone + "（找不到文件）");
        assertThat(items).extracting(MenuItem::isDisable).containsExactly(false, false, false, true);
        assertThat(app.recentMenu().getText()).isEqualTo("最近的工作区");

        Window stage = app.window().getScene().getWindow();
        fx(() -> items.get(1).fire());
        waitUntil(() -> app.current() != app && app.current().model().loadedProperty().get());
        LuoshiApp now = app.current();
        assertThat(now.model().plansProperty()).extracting(p -> p.title()).containsExactly("第二个工作区的方案");
        assertThat(now.location()).isEqualTo(second.toRealPath().toString());
        assertThat(now.window().getScene().getWindow()).as("the same window").isSameAs(stage);
        String secondReal = second.toRealPath().toString();
        waitUntil(() -> now.settingsRecent().get(0).equals(secondReal));
        assertThat(now.settingsRecent()).startsWith(secondReal, first.toString());
        try (WorkspaceLock free = WorkspaceLock.acquire(first)) {
            assertThat(free.isHeld()).as("the first workspace was let go").isTrue();
        }
        assertThat(WorkspaceLock.lockFileOf(second)).as("the second is held by the window").exists();
        try (Workspace ws = Workspace.open(first)) {
            assertThat(ws.plans().list()).as("the sample plan of the first is still there").hasSize(1);
        }
    }

    @Test
    void aDividerMovedBeforeSwitchingIsKeptForTheNextWorkspaceAndInTheSettingsFile() throws Exception {
        Path first = dir.resolve("first.db");
        Path second = dir.resolve("second.db");
        try (Workspace ws = Workspace.open(second)) {
            ws.plans().save(new Plan(0, null, "second plan", null, null, null, null, List.of(), List.of(), List.of()));
        }
        Path settings = dir.resolve("settings.properties");
        UserSettingsFile.save(settings, UserSettings.DEFAULT.withOpened(second.toString()));
        app = AppHarness.start(first, settings, AppHarness.clockAt(LocalDate.of(2023, 3, 28)));
        waitUntil(() -> app.model().loadedProperty().get());
        assertThat(app.window().detailDivider()).as("not yet moved").isNotCloseTo(0.62, within(0.01));

        fx(() -> app.window().setDetailDivider(0.62));
        fx(() -> app.openRecent(second.toString()));
        waitUntil(() -> app.current() != app && app.current().model().loadedProperty().get());

        assertThat(app.current().window().detailDivider()).as("the new window's divider").isCloseTo(0.62, within(0.005));
        assertThat(UserSettingsFile.load(settings).detailDivider()).as("written before the old window went")
                .isCloseTo(0.62, within(0.005));
    }

    @Test
    void aFileThatIsGoneOrHeldByAnotherWindowLeavesTheWindowWhereItWas() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path first = dir.resolve("first.db");
        Path held = RunningApp.withSamplePlan(dir.resolve("held.db"));
        String gone = dir.resolve("gone.db").toString();
        Path settings = dir.resolve("settings.properties");
        UserSettingsFile.save(settings, UserSettings.DEFAULT.withOpened(gone).withOpened(held.toString()));
        app = AppHarness.start(first, settings, AppHarness.clockAt(LocalDate.of(2023, 3, 28)));

        fx(() -> app.openRecent(gone));
        DialogPane goneMessage = message();
        assertThat(goneMessage.getContentText()).contains(gone).contains("已不在原处");
        waitUntil(() -> !app.settingsRecent().contains(gone));
        assertThat(app.current()).isSameAs(app);

        try (WorkspaceLock other = WorkspaceLock.acquire(held, WorkspaceLock.Holder.window())) {
            fx(() -> app.openRecent(held.toString()));
            DialogPane inUse = message();
            assertThat(inUse.getHeaderText()).isEqualTo("这个工作区已经打开");
            assertThat(inUse.getContentText()).contains("另一个落实窗口");
        }
        assertThat(app.current()).isSameAs(app);
        assertThat(app.model().plansProperty()).hasSize(1);

        fx(() -> app.openRecent(first.toString()));
        waitUntil(() -> app.model().statusLine().statusProperty().get().startsWith("此工作区已在本窗口中打开"));
        assertThat(app.current()).isSameAs(app);
    }

    private static DialogPane message() throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> find().isPresent());
        DialogPane pane = find().orElseThrow();
        fx(() -> ((Stage) pane.getScene().getWindow()).close());
        return pane;
    }

    private static Optional<DialogPane> find() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst();
    }
}
