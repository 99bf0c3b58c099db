package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Task;
import org.luoshi.timeline.TimelineHorizons;
import org.luoshi.timeline.Zoom;
import org.luoshi.timeline.ui.TimelineChart;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline in the real window, headless: the sample plan's two milestones of task 29 are drawn
 * at the x of their dates, and dragging one moves its date through the undo history, which undo
 * restores.
 */
class TimelineUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final LocalDate MARCH31 = LocalDate.of(2023, 3, 31);
    private static final LocalDate JUNE30 = LocalDate.of(2023, 6, 30);
    private static final LocalDate APRIL10 = LocalDate.of(2023, 4, 10);

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;
    private TimelineChart chart;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
        chart = app.timeline().chart();
        robot.interact(() -> app.window().fire(AppAction.TIMELINE_SHOW));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    private Task task29() {
        return app.model().planProperty().get().tasks().stream().filter(t -> "29".equals(t.number())).findFirst()
                .orElseThrow();
    }

    private List<LocalDate> milestoneDates() {
        return task29().milestones().stream().map(Milestone::date).toList();
    }

    /** Task 29's row in view at {@code zoom}, {@code day} in the middle of the time axis. */
    private void show(Zoom zoom, LocalDate day) {
        robot.interact(() -> {
            chart.setPixelsPerDay(zoom.presetPixelsPerDay());
            chart.reveal(task29());
            chart.scrollToDate(day);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WritableImage snapshot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> chart.snapshot(null, null)).get(10, TimeUnit.SECONDS);
    }

    /**
     * Whether a diamond is drawn on {@code day} in task 29's row: at the diamond's left tip, in the
     * middle of the row, its dark outline differs from the bar (or background) a little further left.
     * A mark through the bar (a deadline without a diamond) sits on the day's middle, not there.
     */
    private boolean diamondOn(LocalDate day) throws Exception {
        WritableImage image = snapshot();
        double x = chart.xOf(day);
        int y = (int) Math.floor(chart.yOf(task29()));
        Color tip = image.getPixelReader().getColor((int) Math.floor(x - 6.5), y);
        Color before = image.getPixelReader().getColor((int) Math.floor(x - 12), y);
        return !tip.equals(before);
    }

    @Test
    void taskTwentyNinesMilestonesAreDrawnAtTheXOfTheirDates() throws Exception {
        assertThat(((TabPane) app.window().lookup("#views")).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("timeline");
        assertThat(milestoneDates()).containsExactly(MARCH31, JUNE30);
        for (LocalDate day : List.of(MARCH31, JUNE30)) {
            show(Zoom.DAYS, day);
            assertThat(chart.xOf(day)).as("in view").isBetween(chart.nameColumnWidthProperty().get(),
                    chart.getWidth());
            assertThat(diamondOn(day)).as("diamond on " + day).isTrue();
            assertThat(diamondOn(day.minusDays(1))).as("nothing the day before " + day).isFalse();
        }
    }

    @Test
    void draggingAMilestoneMovesItsDateAndUndoRestoresIt() throws Exception {
        // Week zoom: March 31 and April 10 are 120 px apart, both in view however narrow the column.
        show(Zoom.WEEKS, LocalDate.of(2023, 4, 5));
        Point2D from = chart.localToScreen(chart.xOf(MARCH31), chart.yOf(task29()));
        Point2D to = chart.localToScreen(chart.xOf(APRIL10), chart.yOf(task29()));
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> milestoneDates().contains(APRIL10));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(milestoneDates()).containsExactly(APRIL10, JUNE30);
        assertThat(chart.getSelectedTask().id()).as("the dragged task is selected").isEqualTo(task29().id());
        assertThat(app.model().editStateProperty().get().undoDescription()).as("one edit to undo")
                .isEqualTo("修改任务 29 的里程碑");
        assertThat(diamondOn(APRIL10)).isTrue();
        assertThat(diamondOn(MARCH31)).isFalse();

        robot.interact(() -> app.window().fire(AppAction.UNDO));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> milestoneDates().contains(MARCH31));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(milestoneDates()).containsExactly(MARCH31, JUNE30);
        assertThat(app.model().editStateProperty().get().redoDescription()).isEqualTo("修改任务 29 的里程碑");
        assertThat(app.model().editStateProperty().get().canUndo()).isFalse();
        assertThat(diamondOn(MARCH31)).isTrue();
        assertThat(diamondOn(APRIL10)).isFalse();
    }

    @Test
    void selectingATaskInTheTreeSelectsItInTheTimelineAndBack() {
        Task t29 = task29();
        robot.interact(() -> chart.setSelectedTask(t29));
        assertThat(app.window().tree().getSelectionModel().getSelectedItem().getValue().task().id())
                .isEqualTo(t29.id());
        robot.interact(() -> app.window().tree().getSelectionModel().select(3));
        assertThat(chart.getSelectedTask().number()).isEqualTo("2");
    }

    @Test
    void theHorizonOfOpenEndedWorkIsKeptWithThePlan() throws Exception {
        long planId = app.model().planProperty().get().id();
        assertThat(chart.treeProperty().get().horizon()).isEqualTo(LocalDate.of(2023, 12, 31));
        robot.interact(() -> ((javafx.scene.control.DatePicker) app.window().lookup("#timeline-horizon"))
                .setValue(LocalDate.of(2024, 6, 30)));
        assertThat(chart.treeProperty().get().horizon()).isEqualTo(LocalDate.of(2024, 6, 30));
        java.util.concurrent.CompletableFuture<String> stored = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> app.model().session().run("read", s -> s.workspace().settings()
                .get(TimelineHorizons.key(planId)).orElse(null), stored::complete));
        assertThat(stored.get(10, TimeUnit.SECONDS)).isEqualTo("2024-06-30");
    }
}
