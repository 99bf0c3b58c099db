package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Task;
import org.luoshi.testing.FxFrames;
import org.luoshi.testing.RepaintCounter;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys moving through the task table (issue 20): the row moves in the frame of the key, and the
 * detail pane is filled after that frame, once, for the row the keys stopped on; a click still
 * fills it at once; and no key repaints the whole window.
 */
class KeysThroughTableUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void theDetailPaneFollowsTheKeysAfterTheFrame() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
        PlanTreeTable tree = app.window().tree();
        Task first = task("1");
        robot.interact(() -> {
            tree.requestFocus();
            tree.selectTask(first.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().detail().shown().task().id()).isEqualTo(first.id());

        // Two presses of Down in one go (a held key): the selection moves at once (tasks 1, 2 and 3 of
        // the sample plan are the rows of its first section); the pane has not been rebuilt yet.
        Task[] during = new Task[2];
        robot.interact(() -> {
            for (int i = 0; i < 2; i++) {
                Event.fireEvent(tree, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
            }
            during[0] = tree.selectedTask();
            during[1] = app.window().detail().shown().task();
        });
        Task stopped = during[0];
        assertThat(stopped).isNotNull();
        assertThat(stopped.id()).isEqualTo(task("3").id());
        assertThat(during[1].id()).isEqualTo(first.id());

        // After the next frame the pane shows the row the keys stopped on.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> app.window().detail().shown() != null && app.window().detail().shown().task().id() == stopped.id());
        assertThat(app.window().views().selectedProperty().get().task().id()).isEqualTo(stopped.id());

        // A selection that is not a key's (a click, a search result) fills the pane at once.
        robot.interact(() -> {
            tree.selectTask(task("5").id());
            during[1] = app.window().detail().shown().task();
        });
        assertThat(during[1].id()).isEqualTo(task("5").id());
    }

    /**
     * Keys repaint what they change, never the whole window: after the key's frame, the detail pane's and
     * the history's, JavaFX used to run one more pulse with nothing changed and then paint every pixel of
     * the window ({@code ui.EmptyFrameGuard}).
     */
    @Test
    void noKeyRepaintsTheWholeWindow() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
        PlanTreeTable tree = app.window().tree();
        robot.interact(() -> {
            tree.requestFocus();
            tree.selectTask(task("1").id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxFrames.await(5);
        RepaintCounter[] frames = new RepaintCounter[1];
        robot.interact(() -> frames[0] = RepaintCounter.install(app.window().getScene()));
        try {
            for (KeyCode key : new KeyCode[] {KeyCode.DOWN, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.UP, KeyCode.PAGE_UP}) {
                int before = tree.getSelectionModel().getSelectedIndex();
                robot.interact(() -> Event.fireEvent(tree,
                        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
                // The key's frame, the detail pane's after it, its history read in the background.
                WaitForAsyncUtils.waitForFxEvents();
                FxFrames.await(4);
                WaitForAsyncUtils.waitForFxEvents();
                FxFrames.await(4);
                assertThat(tree.getSelectionModel().getSelectedIndex()).as(key + " moves the selection").isNotEqualTo(before);
            }
            int[] counts = new int[2];
            robot.interact(() -> {
                counts[0] = frames[0].painted();
                counts[1] = frames[0].wholeWindow();
            });
            assertThat(counts[0]).as("frames painted for 5 keys").isGreaterThanOrEqualTo(5);
            assertThat(counts[1]).as("frames of the whole window among %d", counts[0]).isZero();
        } finally {
            robot.interact(() -> frames[0].uninstall());
        }
    }

    private Task task(String number) {
        return app.model().planProperty().get().tasks().stream().filter(t -> number.equals(t.number()))
                .findFirst().orElseThrow();
    }
}
