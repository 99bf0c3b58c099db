package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.testing.FxFrames;
import org.luoshi.testing.RepaintCounter;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys in the task table repaint what they change, never the whole window (issue 20): after the
 * key's frame, the detail pane's and the history's, JavaFX used to run one more pulse with nothing
 * changed and then painted every pixel of the window ({@code ui.EmptyFrameGuard}).
 */
class KeysRepaintUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void noKeyRepaintsTheWholeWindow() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
        PlanTreeTable tree = app.window().tree();
        robot.interact(() -> {
            tree.requestFocus();
            tree.selectTask(app.model().planProperty().get().tasks().stream().filter(t -> "1".equals(t.number()))
                    .findFirst().orElseThrow().id());
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
}
