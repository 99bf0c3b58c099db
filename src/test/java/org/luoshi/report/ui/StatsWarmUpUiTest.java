package org.luoshi.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Plan;
import org.luoshi.plan.TaskStatus;
import org.luoshi.report.PaceClass;
import org.luoshi.report.SampleRound;
import org.luoshi.report.overview.Overview;
import org.luoshi.ui.FxTimer;
import org.luoshi.ui.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The warm-up of the 统计 window on the sample plan as of 2023-03-28 (47 tasks: 1 已完成, 2 欠序时, 1
 * 已逾期, 41 无时限, 2 未启动): the window the first click would open is counted, laid out with its
 * charts and kept unseen; the click shows that very window; a change before the click is counted in
 * it once things are quiet, and a window not counted again for the change is never shown.
 */
class StatsWarmUpUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** Work put off by the warm-up (steps, the quiet wait), run when the test says. */
    private final List<Runnable> later = new ArrayList<>();
    private final SimpleLongProperty revision = new SimpleLongProperty();
    private SampleRound sample;
    private SimpleObjectProperty<Plan> onShow;
    private StatsFeature feature;

    @BeforeEach
    void make() throws Exception {
        sample = SampleRound.in(dir);
        FxToolkit.registerPrimaryStage();
        onShow = new SimpleObjectProperty<>(sample.plan);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        feature = new StatsFeature(null, sample.session, w -> dialogs, () -> sample.ws.plans().list(), onShow,
                () -> null, Clock.fixed(SampleRound.TODAY.atStartOfDay(zone).toInstant(), zone), said -> { },
                (plan, task) -> { }, () -> null, revision);
        feature.schedule((delay, work) -> {
            later.add(work);
            return () -> later.remove(work);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        sample.ws.close();
    }

    /** Runs what was put off, and what that puts off, until nothing is left. */
    private void runLater() {
        robot.interact(() -> {
            while (!later.isEmpty()) {
                later.remove(0).run();
            }
        });
    }

    private static String count(StatsWindow w, String tile) {
        return ((Label) w.stage.getScene().lookup("#paceTile-" + tile + " .pace-tile-count")).getText();
    }

    private static Overview shown(StatsWindow w) {
        return w.model.overviewProperty().get();
    }

    @Test
    void theFirstClickShowsTheWindowCountedAndLaidOutBeforeIt() {
        List<Window> before = new ArrayList<>(robot.listWindows());
        robot.interact(feature::warmUp);
        runLater();
        StatsWindow kept = feature.warm().window();
        assertThat(feature.warm().ready()).isTrue();
        robot.interact(() -> {
            assertThat(kept.stage.isShowing()).isFalse();
            assertThat(robot.listWindows()).containsExactlyElementsOf(before);
            // Counted for the plan on show, styled and laid out, the charts drawn for that count.
            assertThat(count(kept, "all")).isEqualTo("47");
            assertThat(count(kept, "done")).isEqualTo("1");
            assertThat(count(kept, "behind")).isEqualTo("2");
            assertThat(kept.tiles.getWidth()).isGreaterThan(0);
            assertThat(kept.charts.drawnProperty().get()).isSameAs(shown(kept));
            assertThat(kept.charts.charts().units.getData()).hasSize(PaceClass.values().length);
            assertThat(kept.charts.charts().units.getWidth()).isGreaterThan(0);
            assertThat(kept.units.getItems()).isNotEmpty();
        });
        StatsWindow[] opened = new StatsWindow[1];
        robot.interact(() -> opened[0] = feature.open());
        assertThat(opened[0]).isSameAs(kept);
        assertThat(opened[0].stage.isShowing()).isTrue();
        assertThat(count(opened[0], "all")).isEqualTo("47");
        // The warm-up is over: the next click makes a window of its own.
        assertThat(feature.warm()).isNull();
        robot.interact(() -> opened[0].stage.close());
        StatsWindow[] again = new StatsWindow[1];
        robot.interact(() -> again[0] = feature.open());
        assertThat(again[0]).isNotSameAs(kept);
        assertThat(count(again[0], "all")).isEqualTo("47");
    }

    @Test
    void aChangeBeforeTheClickIsCountedInTheKeptWindowOnceItIsQuiet() {
        robot.interact(feature::warmUp);
        runLater();
        StatsWindow kept = feature.warm().window();
        assertThat(shown(kept).counts().count(PaceClass.DONE)).isEqualTo(1);
        // Task 7 (欠序时, 20 % reported) is marked done in the main window.
        sample.ws.tasks().setStatus(sample.task("7").id(), TaskStatus.DONE);
        robot.interact(() -> revision.set(1));
        assertThat(feature.warm().ready()).isFalse();
        runLater();
        assertThat(feature.warm().ready()).isTrue();
        assertThat(feature.warm().window()).isSameAs(kept);
        StatsWindow[] opened = new StatsWindow[1];
        robot.interact(() -> opened[0] = feature.open());
        assertThat(opened[0]).isSameAs(kept);
        assertThat(count(opened[0], "done")).isEqualTo("2");
        assertThat(count(opened[0], "behind")).isEqualTo("1");
        assertThat(count(opened[0], "all")).isEqualTo("47");
        assertThat(opened[0].charts.drawnProperty().get()).isSameAs(shown(opened[0]));
    }

    @Test
    void aWindowNotCountedAgainAfterAChangeIsNeverShown() {
        robot.interact(feature::warmUp);
        runLater();
        StatsWindow kept = feature.warm().window();
        sample.ws.tasks().setStatus(sample.task("7").id(), TaskStatus.DONE);
        robot.interact(() -> revision.set(1));
        // The click comes before the quiet wait is over: the kept window still holds the old count.
        StatsWindow[] opened = new StatsWindow[1];
        robot.interact(() -> opened[0] = feature.open());
        assertThat(opened[0]).isNotSameAs(kept);
        assertThat(kept.stage.isShowing()).isFalse();
        assertThat(count(opened[0], "done")).isEqualTo("2");
        assertThat(count(opened[0], "behind")).isEqualTo("1");
        // What was put off for the kept window does nothing once the warm-up is over.
        runLater();
        assertThat(kept.stage.isShowing()).isFalse();
    }

    @Test
    void anotherPlanOnShowIsCountedInTheKeptWindow() {
        robot.interact(feature::warmUp);
        runLater();
        StatsWindow kept = feature.warm().window();
        // A second plan comes in (imported), and the main window shows no plan: every plan is counted.
        sample.ws.plans().save(org.luoshi.reminders.SamplePlanFixture.plan());
        robot.interact(() -> onShow.set(null));
        assertThat(feature.warm().ready()).isFalse();
        runLater();
        assertThat(feature.warm().ready()).isTrue();
        StatsWindow[] opened = new StatsWindow[1];
        robot.interact(() -> opened[0] = feature.open());
        assertThat(opened[0]).isSameAs(kept);
        assertThat(opened[0].plans.getItems()).hasSize(2);
        assertThat(opened[0].plans.getCheckModel().getCheckedItems()).hasSize(2);
        // 47 tasks each; the new plan has no round, so its tasks count by their own dates and statuses.
        assertThat(count(opened[0], "all")).isEqualTo("94");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aWindowMadeBeforeTheMainWindowsLookChangedIsNeverShown() {
        javafx.stage.Stage[] owner = new javafx.stage.Stage[1];
        robot.interact(() -> {
            owner[0] = new javafx.stage.Stage();
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
            root.setStyle("-fx-font-family: \"WenQuanYi Micro Hei\";");
            owner[0].setScene(new javafx.scene.Scene(root, 400, 300));
            owner[0].show();
        });
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        StatsFeature owned = new StatsFeature(owner[0], sample.session, w -> dialogs, () -> sample.ws.plans().list(),
                onShow, () -> null, Clock.fixed(SampleRound.TODAY.atStartOfDay(zone).toInstant(), zone), said -> { },
                (plan, task) -> { }, () -> null, revision);
        owned.schedule((delay, work) -> {
            later.add(work);
            return () -> later.remove(work);
        });
        robot.interact(owned::warmUp);
        runLater();
        StatsWindow kept = owned.warm().window();
        assertThat(kept.stage.getScene().getRoot().getStyle()).contains("WenQuanYi Micro Hei");
        // The person chose another font for the app: a new window takes it; the kept one has the old.
        robot.interact(() -> owner[0].getScene().getRoot().setStyle("-fx-font-family: \"Droid Sans Fallback\";"));
        StatsWindow[] opened = new StatsWindow[1];
        robot.interact(() -> opened[0] = owned.open());
        assertThat(opened[0]).isNotSameAs(kept);
        assertThat(opened[0].stage.getScene().getRoot().getStyle()).contains("Droid Sans Fallback");
        assertThat(count(opened[0], "all")).isEqualTo("47");
    }
}
