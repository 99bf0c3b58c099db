package org.luoshi.reminders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.ReminderState;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reminder centre, headless, on a clock set by hand in Beijing time, over a workspace holding
 * the sample plan. The app "closed" on Friday 16 June 2023 at 18:00.
 */
class ReminderCentreUiTest extends FxRobot {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private long task29;
    private Stage stage;
    private RemindersFeature feature;
    private final MutableClock clock = new MutableClock(at(2023, 6, 20, 10, 0), BEIJING);
    private final List<List<DueEntry>> notified = new ArrayList<>();
    private final AtomicLong shownPlan = new AtomicLong(-1);
    private final ScriptedDialogs dialogs = new ScriptedDialogs().cancellingUnanswered();

    @BeforeEach
    void start() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ws = Workspace.open(dir.resolve("workspace.db"));
        plan = ws.plans().save(SamplePlanFixture.plan());
        task29 = SamplePlanFixture.task(plan, "29").id();
        ws.reminders().setLastRun(at(2023, 6, 16, 18, 0));
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(), 800, 600));
            s.show();
        });
        feature = open();
    }

    private RemindersFeature open() throws Exception {
        RemindersFeature f = WaitForAsyncUtils.asyncFx(() -> {
            RemindersFeature r = new RemindersFeature(stage, SameThreadSession.of(ws), dialogs, clock, () -> plan,
                    shownPlan::set);
            r.setNotifier(notified::add);
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(r.badge());
            r.start();
            return r;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return f;
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(feature::stop).get();
        FxToolkit.cleanupStages();
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theDigestAtStartListsTheMilestoneThatCameDueWhileClosed() {
        assertThat(feature.lastDigest()).anyMatch(e -> e.item().taskId() == task29
                && e.item().date().equals(LocalDate.of(2023, 6, 30)) && e.reminder().offset() == 7);
        ListView<?> digest = lookup("#digestList").queryAs(ListView.class);
        assertThat(digest.getItems()).map(Object::toString)
                .contains("2023年6月30日 · 还有7个工作日 · 任务29：国家目录内涉及我省事项电子证照同步签发率达到80%");
        // The digest starts where the app now is: the last run is today.
        assertThat(ws.reminders().lastRun()).contains(at(2023, 6, 20, 10, 0));
    }

    @Test
    void snoozeToTheNextWorkingDayHidesTheRowAndSurvivesAReopen() throws Exception {
        closeDigest();
        WaitForAsyncUtils.asyncFx(feature::showCentre).get();
        WaitForAsyncUtils.waitForFxEvents();
        ReminderCentre centre = feature.centre().orElseThrow();
        String june = juneKey(centre);
        assertThat(lookup("#reminderSummary").queryLabeled().getText()).startsWith("今天是2023年6月20日，待处理");
        select(centre, june);
        MenuButton snooze = lookup("#reminderSnooze").queryAs(MenuButton.class);
        WaitForAsyncUtils.asyncFx(() -> snooze.getItems().stream()
                .filter(i -> "snooze-NEXT_WORKING_DAY".equals(i.getId())).findFirst().orElseThrow().fire()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centre.keys()).doesNotContain(june);
        ReminderState state = ws.reminders().states().reminders().get(june + "@7");
        assertThat(state.snoozedUntil()).isEqualTo(at(2023, 6, 21, 9, 0));

        // The app closes and opens again in the afternoon: still snoozed.
        WaitForAsyncUtils.asyncFx(feature::stop).get();
        clock.set(at(2023, 6, 20, 15, 0));
        feature = open();
        assertThat(feature.controller().active()).noneMatch(e -> e.item().key().equals(june));
        // Next morning at nine it is back, and the running app says so.
        clock.set(at(2023, 6, 21, 9, 0));
        WaitForAsyncUtils.asyncFx(() -> feature.controller().tick()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feature.controller().active()).anyMatch(e -> e.item().key().equals(june));
        assertThat(notified).anyMatch(list -> list.stream().anyMatch(e -> e.item().key().equals(june)));
    }

    @Test
    void markDoneAndDismissPersistAndTheBadgeCounts() throws Exception {
        closeDigest();
        WaitForAsyncUtils.asyncFx(feature::showCentre).get();
        WaitForAsyncUtils.waitForFxEvents();
        ReminderCentre centre = feature.centre().orElseThrow();
        int before = centre.keys().size();
        Button badge = lookup("#reminderBadge").queryButton();
        assertThat(badge.getText()).isEqualTo(String.valueOf(before));

        String march = centre.keys().stream().filter(k -> k.endsWith(":2023-03-31")).findFirst().orElseThrow();
        select(centre, march);
        clickOn("#reminderDone");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centre.keys()).doesNotContain(march).hasSize(before - 1);
        assertThat(ws.reminders().states().done()).containsKey(march);

        String june = juneKey(centre);
        select(centre, june);
        clickOn("#reminderDismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centre.keys()).doesNotContain(june);
        assertThat(badge.getText()).isEqualTo(String.valueOf(before - 2));
        // The 3-day reminder of the same milestone still comes on the 27th.
        clock.set(at(2023, 6, 27, 9, 0));
        WaitForAsyncUtils.asyncFx(() -> feature.controller().tick()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feature.controller().active()).anyMatch(e -> e.item().key().equals(june)
                && e.reminder().offset() == 3);
    }

    @Test
    void openShowsTheTasksPlan() throws Exception {
        closeDigest();
        WaitForAsyncUtils.asyncFx(feature::showCentre).get();
        WaitForAsyncUtils.waitForFxEvents();
        ReminderCentre centre = feature.centre().orElseThrow();
        select(centre, juneKey(centre));
        assertThat(lookup("#reminderDetail").queryLabeled().getText()).contains("里程碑 · 2023年6月30日")
                .contains("完成时限：6月底前").contains("任务29：依托全省一体化在线政务服务平台");
        clickOn("#reminderOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownPlan.get()).isEqualTo(plan.id());
    }

    @Test
    void noTrayIsTouchedWhenHeadless() {
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(ReminderTray.isSupported()).isFalse();
        assertThat(ReminderTray.install(() -> { })).isEmpty();
    }

    @Test
    void theDigestIsNotModalAndClosesWithTheMainWindow() throws Exception {
        Window digest = digestWindow();
        assertThat(digest).isNotNull();
        assertThat(((Stage) digest).getModality()).isEqualTo(javafx.stage.Modality.NONE);
        // It opens centred on the main window.
        assertThat(digest.getX() + digest.getWidth() / 2).isCloseTo(stage.getX() + stage.getWidth() / 2,
                org.assertj.core.data.Offset.offset(2.0));
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(digest.isShowing()).isFalse();
    }

    @Test
    void escClosesTheDigestAndTheCentreAndTheCentreHasACloseButton() throws Exception {
        Window digest = digestWindow();
        WaitForAsyncUtils.asyncFx(() -> digest.requestFocus()).get();
        press(digest, javafx.scene.input.KeyCode.ESCAPE);
        assertThat(digest.isShowing()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> feature.showCentre()).get();
        WaitForAsyncUtils.waitForFxEvents();
        ReminderCentre centre = feature.centre().orElseThrow();
        assertThat(centre.stage().isShowing()).isTrue();
        press(centre.stage(), javafx.scene.input.KeyCode.ESCAPE);
        assertThat(centre.stage().isShowing()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> feature.showCentre()).get();
        WaitForAsyncUtils.waitForFxEvents();
        Button close = (Button) centre.stage().getScene().lookup("#reminderClose");
        assertThat(close.getText()).isEqualTo("关闭");
        WaitForAsyncUtils.asyncFx(close::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centre.stage().isShowing()).isFalse();
    }

    /** An Esc key press as the window's focused node gets it. */
    private static void press(Window window, javafx.scene.input.KeyCode code) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node target = window.getScene().getFocusOwner() != null ? window.getScene().getFocusOwner()
                    : window.getScene().getRoot();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", code, false, false, false, false));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window digestWindow() {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage && w.getScene() != null && w.getScene().lookup("#digestList") != null) {
                return w;
            }
        }
        return null;
    }

    private void closeDigest() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage && w.getScene() != null && w.getScene().lookup("#digestList") != null) {
                    w.hide();
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String juneKey(ReminderCentre centre) {
        return centre.table().getItems().stream().filter(e -> e.item().taskId() == task29
                && e.item().date().equals(LocalDate.of(2023, 6, 30))).findFirst().orElseThrow().item().key();
    }

    private void select(ReminderCentre centre, String key) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> centre.table().getItems().stream().filter(e -> e.item().key().equals(key))
                .findFirst().ifPresent(e -> centre.table().getSelectionModel().select(e))).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BEIJING).toInstant();
    }
}
