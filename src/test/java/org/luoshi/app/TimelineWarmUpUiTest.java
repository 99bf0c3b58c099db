package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.timeline.ui.TimelinePane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline is made ready once the window has settled (issue 20: its first open at 10,000 tasks
 * styled the view and built the chart while the user waited): its view joins the scene behind the task
 * table, hidden, and the table stays in front; opening it then shows the rows on show.
 */
class TimelineWarmUpUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void theTimelineJoinsTheSceneHiddenAfterTheWindowSettledAndOpensWithTheRowsOnShow() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
        TimelinePane pane = app.timeline().pane();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getScene() != null
                && app.timeline().chart().getSkin() != null);
        TabPane tabs = (TabPane) app.window().lookup("#views");
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).as("the task table stays in front")
                .isEqualTo("tasks");
        assertThat(pane.getParent().isVisible()).as("behind the table, hidden").isFalse();
        assertThat(app.timeline().chart().getRows().size()).as("rows follow once opened").isZero();

        robot.interact(() -> app.window().fire(AppAction.TIMELINE_SHOW));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("timeline");
        assertThat(app.timeline().chart().treeProperty().get().taskCount())
                .isEqualTo(app.model().planProperty().get().tasks().size());
        // The plan's whole time span in sight, as an open without the warm-up shows it (not the fit of the
        // empty chart laid out while hidden).
        double opened = app.timeline().chart().getPixelsPerDay();
        double from = app.timeline().chart().scrollXProperty().get();
        robot.interact(() -> app.timeline().chart().fitAll());
        assertThat(app.timeline().chart().getPixelsPerDay()).isEqualTo(opened);
        assertThat(app.timeline().chart().scrollXProperty().get()).isEqualTo(from);
    }
}
