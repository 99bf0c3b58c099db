package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.app.AppHarness.fx;
import static org.luoshi.app.AppHarness.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.PlanEdits;
import org.luoshi.edit.TaskEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.session.Session;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * A window on a server workspace (the embedded PostgreSQL) while another client — a second workspace
 * connection with a session of its own, as another person's Luoshi or the command line — commits
 * edits, an import and a deletion: the window shows each within a bounded wait, without any action in
 * it, keeping the selected task, the first row in sight and what the person is typing in the detail
 * pane; nothing shows as busy in the status bar. And the server going away while the window sits idle
 * puts up the offline banner by itself; once it is back the window listens again.
 */
class LiveRefreshUiTest {
    @TempDir
    Path dir;
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
        ServerLink.every = ServerLink.EVERY;
        Messages.setLocale(Locale.getDefault());
    }

    /** A fresh database holding the sample plan (47 tasks), a role {@code editor_…} that may edit it; gives the owner's address. */
    private static String editor(ServerAddress owner) {
        return "editor_" + owner.database();
    }

    /** The window on a fresh database with the sample plan, opened as its editor role, watching others' changes. */
    private LuoshiApp startOn(ServerAddress owner) throws Exception {
        LuoshiApp started = ServerWindows.open(ServerWindows.editor(owner, editor(owner)), dir.resolve("settings.properties"));
        waitUntil(() -> started.model().live().watching());
        return started;
    }

    private static Task numbered(Plan plan, String number) {
        return plan.tasks().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
    }

    @Test
    void anotherClientsEditImportAndDeletionShowWithoutLosingSelectionScrollOrTyping() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ServerAddress owner = ServerWindows.withSamplePlan();
        app = startOn(owner);
        Plan plan = app.model().planProperty().get();
        assertThat(app.window().tree().taskRowCount()).isEqualTo(47);

        // The person has scrolled down to task 40 and selected it.
        Task t40 = numbered(plan, "40");
        fx(() -> app.window().tree().selectTask(t40.id()));
        waitUntil(() -> app.window().detail().shown() != null && app.window().detail().shown().task().id() == t40.id());
        int firstInSight = app.window().tree().firstRowInSight();
        assertThat(firstInSight).as("scrolled down to task 40").isGreaterThan(10);
        AtomicInteger busy = new AtomicInteger();
        fx(() -> app.tasks().runningProperty().addListener((obs, was, now) -> {
            if (now.intValue() > 0) {
                busy.incrementAndGet();
            }
        }));

        try (Workspace other = Workspace.openServer(owner, null)) {
            Session theirs = Session.of(other);
            theirs.recordAs("张三");
            // 1. An edit of another task: its row shows the new text; selection and scroll stay.
            Task t41 = numbered(plan, "41");
            String newText = "张三改写的第41项任务内容";
            theirs.apply(TaskEdits.text(other.tasks().require(t41.id()), newText));
            waitUntil(() -> containsText(app.window().tree().getRoot(), newText));
            assertThat(app.window().tree().selectedTask().id()).isEqualTo(t40.id());
            assertThat(app.window().tree().firstRowInSight()).isEqualTo(firstInSight);
            assertThat(app.model().cache().plan(plan.id()).tasks()).filteredOn(t -> t.id() == t41.id())
                    .singleElement().extracting(Task::text).isEqualTo(newText);

            // 2. Progress on the selected task: the detail pane shows it, the selection stays.
            theirs.apply(TaskEdits.addProgress(other.tasks().require(t40.id()),
                    ProgressEntry.of(LocalDate.of(2023, 3, 27), 60, "张三填报：已完成六成")));
            waitUntil(() -> app.window().detail().shown().task().progress().stream()
                    .anyMatch(p -> p.text().equals("张三填报：已完成六成")));
            assertThat(app.window().tree().selectedTask().id()).isEqualTo(t40.id());
            assertThat(app.window().tree().firstRowInSight()).isEqualTo(firstInSight);

            // 3. An import of a whole plan (one commit): the plan list shows it after one reading.
            long readings = app.model().live().readingsProperty().get();
            theirs.apply(PlanEdits.importPlan(SamplePlanFixture.plan()));
            waitUntil(() -> app.model().plansProperty().size() == 2);
            assertThat(app.model().live().readingsProperty().get()).isEqualTo(readings + 1);
            assertThat(app.model().planProperty().get().id()).as("the plan on show stays").isEqualTo(plan.id());
            assertThat(app.window().tree().selectedTask().id()).isEqualTo(t40.id());

            // 4. A deletion of a task above the selected one: its row goes, the selected one stays selected.
            Task t2 = numbered(plan, "2");
            theirs.apply(PlanEdits.deleteTask(other.tasks().require(t2.id())));
            waitUntil(() -> app.window().tree().taskRowCount() == 46);
            assertThat(app.window().tree().selectedTask().id()).isEqualTo(t40.id());
            assertThat(app.window().tree().firstRowInSight()).isBetween(firstInSight - 1, firstInSight);

            // 5. The person types in 任务内容 of task 40 while 张三 changes that very text: the typing stays.
            TextArea text = (TextArea) app.window().detail().lookup("#detailText");
            String typed = t40.text() + "（我正在补充）";
            fx(() -> {
                text.requestFocus();
                text.setText(typed);
            });
            assertThat(text.getScene().getFocusOwner()).isSameAs(text);
            String theirsText = "张三同时改写的第40项";
            theirs.apply(TaskEdits.text(other.tasks().require(t40.id()), theirsText));
            waitUntil(() -> app.model().cache().plan(plan.id()).tasks().stream()
                    .anyMatch(t -> t.id() == t40.id() && t.text().equals(theirsText)));
            Label notice = (Label) app.window().detail().lookup("#detailOthersChanged");
            waitUntil(notice::isVisible);
            assertThat(text.getText()).as("what the person typed is not overwritten").isEqualTo(typed);
            assertThat(notice.getText()).isEqualTo("此任务刚被他人修改（任务内容）：您正在输入的文字原样保留，没有被覆盖；离开输入框时存入。");
            assertThat(other.tasks().require(t40.id()).text()).as("nothing of the typing was stored meanwhile")
                    .isEqualTo(theirsText);
        }
        assertThat(busy.get()).as("nothing shown as busy in the status bar for others' changes").isZero();
    }

    private static boolean containsText(javafx.scene.control.TreeItem<org.luoshi.plan.OutlineRow> item, String text) {
        if (item.getValue() != null && item.getValue().task() != null && text.equals(item.getValue().task().text())) {
            return true;
        }
        for (javafx.scene.control.TreeItem<org.luoshi.plan.OutlineRow> child : item.getChildren()) {
            if (containsText(child, text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theServerGoingAwayWhileTheWindowIsIdleIsNoticedAndOnceBackOthersChangesShowAgain() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ServerLink.every = Duration.ofMillis(300);
        ServerAddress owner = ServerWindows.withSamplePlan();
        app = startOn(owner);
        Label banner = (Label) app.window().lookup("#offline-banner");
        assertThat(banner.isVisible()).isFalse();

        // The server ends every session of this role and lets it in no more; nobody touches the window.
        EmbeddedServer.sql(owner.database(), "ALTER ROLE " + editor(owner) + " NOLOGIN",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + editor(owner) + "'");
        waitUntil(() -> app.model().offlineProperty().get());
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("离线：连不上服务器 postgresql://" + editor(owner) + "@");
        assertThat(app.window().isActionDisabled(AppAction.ADD_TASK)).as("edits refused").isTrue();

        // Back: the retries connect, the banner goes, and the watch listens again — the plan on show stays.
        boolean[] emptied = {false};
        fx(() -> app.model().planProperty().addListener((obs, was, now) -> emptied[0] |= now == null));
        EmbeddedServer.sql(owner.database(), "ALTER ROLE " + editor(owner) + " LOGIN");
        waitUntil(() -> !app.model().offlineProperty().get());
        waitUntil(() -> app.model().live().watching() && !banner.isVisible());
        Plan plan = app.model().planProperty().get();
        assertThat(plan).isNotNull();
        try (Workspace other = Workspace.openServer(owner, null)) {
            Session.of(other).apply(PlanEdits.rename(other.plans().load(plan.id()).orElseThrow(), "恢复后改的方案名"));
        }
        waitUntil(() -> app.model().plansProperty().stream().anyMatch(p -> p.title().equals("恢复后改的方案名")));
        List<String> titles = app.model().plansProperty().stream().map(p -> p.title()).toList();
        assertThat(titles).containsExactly("恢复后改的方案名");
        assertThat(emptied[0]).as("the plan on show never went away").isFalse();
    }
}
