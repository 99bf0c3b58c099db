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
        // Count only the keys' frames: on a loaded machine start-up work (the index, the reminders'
        // first reading, the status bar's progress, the window taking the focus) still lays out and
        // paints the whole window after five frames. Wait for it to end: half a second without a frame.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().indexReadyProperty().get());
        awaitNoFrameFor(500);
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
            java.util.List<String> whole = new java.util.ArrayList<>();
            robot.interact(() -> {
                counts[0] = frames[0].painted();
                counts[1] = frames[0].wholeWindow();
                whole.addAll(frames[0].wholeFrames());
            });
            assertThat(counts[0]).as("frames painted for 5 keys").isGreaterThanOrEqualTo(5);
            assertThat(counts[1]).as("frames of the whole window among %d: %s", counts[0], whole).isZero();
        } finally {
            robot.interact(() -> frames[0].uninstall());
        }
    }

    /** Waits (at most 30 s) until the window has painted no frame for {@code quietMs}. */
    private void awaitNoFrameFor(long quietMs) throws Exception {
        RepaintCounter[] frames = new RepaintCounter[1];
        robot.interact(() -> frames[0] = RepaintCounter.install(app.window().getScene()));
        try {
            int[] seen = {-1};
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                int before = seen[0];
                new java.util.concurrent.CountDownLatch(1).await(quietMs, TimeUnit.MILLISECONDS);
                robot.interact(() -> seen[0] = frames[0].painted());
                if (seen[0] == before) {
                    return;
                }
            }
            throw new AssertionError("the window never rested for " + quietMs + " ms after start-up");
        } finally {
            robot.interact(() -> frames[0].uninstall());
        }
    }

    /**
     * The pane keeps its rows from task to task (issue 20): after keys up and down through tasks with
     * more and fewer deadlines, units and progress entries, it shows exactly the task the keys stopped on.
     */
    @Test
    void afterKeysThePaneShowsTheLastTasksValues() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
        PlanTreeTable tree = app.window().tree();
        robot.interact(() -> {
            tree.requestFocus();
            tree.selectTask(task("1").id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        KeyCode[][] batches = {{KeyCode.DOWN, KeyCode.DOWN}, {KeyCode.DOWN, KeyCode.DOWN}, {KeyCode.PAGE_DOWN},
                {KeyCode.UP}, {KeyCode.UP, KeyCode.UP, KeyCode.UP}, {KeyCode.PAGE_UP, KeyCode.DOWN, KeyCode.DOWN},
                {KeyCode.DOWN}};
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (KeyCode[] keys : batches) {
            robot.interact(() -> {
                for (KeyCode key : keys) {
                    Event.fireEvent(tree, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                }
            });
            Task stopped = waitForPaneToFollow(tree);
            if (stopped == null) {
                continue; // a heading: the pane shows no task (checked by the wait)
            }
            seen.add(stopped.id());
            Task stored = stored(stopped);
            robot.interact(() -> {
                javafx.scene.Node pane = app.window().detail();
                assertThat(((javafx.scene.control.TextArea) pane.lookup("#detailText")).getText())
                        .as("task %s's text", stored.number()).isEqualTo(stored.text());
                assertThat(((javafx.scene.control.ComboBox<?>) pane.lookup("#detailStatus")).getValue())
                        .isEqualTo(stored.status());
                assertThat(pane.lookupAll(".deadline-raw").stream()
                        .map(n -> ((javafx.scene.control.TextField) n).getText()).toList())
                        .as("task %s's deadlines", stored.number())
                        .isEqualTo(stored.deadlines().stream().map(org.luoshi.plan.Deadline::raw).toList());
                assertThat(pane.lookupAll(".unit-chip").stream()
                        .map(n -> ((javafx.scene.control.Label) ((javafx.scene.layout.HBox) n).getChildren().get(0)).getText())
                        .sorted().toList())
                        .as("task %s's units", stored.number())
                        .isEqualTo(stored.assignments().stream().map(a -> a.unit().name()).sorted().toList());
                assertThat(pane.lookupAll(".progress-row")).hasSize(stored.progress().size());
            });
        }
        assertThat(seen).as("tasks the keys stopped on").hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * What is typed in the pane goes to the task it was typed for: when the person turns to the table
     * and moves on with keys, and when the selection changes while the field still has the focus (a
     * row of the pane is shown again for the next task, not made anew).
     */
    @Test
    void anEditTypedInThePaneBeforeAKeyGoesToItsTask() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
        PlanTreeTable tree = app.window().tree();
        java.util.List<Task> dated = app.model().planProperty().get().tasks().stream()
                .filter(t -> !t.deadlines().isEmpty()).toList();
        Task first = dated.get(0);
        robot.interact(() -> {
            tree.requestFocus();
            tree.selectTask(first.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField phrase = firstDeadlineField();
        robot.interact(() -> {
            phrase.requestFocus();
            phrase.setText("2023年4月底前（改）");
            tree.requestFocus(); // to the table: the field sends what it holds
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> firstPhrase(first).equals("2023年4月底前（改）"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            // Down twice in one go, and on until a task (not a heading) is selected.
            for (int i = 0; i < 2 || (tree.selectedTask() == null && i < 6); i++) {
                Event.fireEvent(tree, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
            }
        });
        Task landed = waitForPaneToFollow(tree);
        assertThat(firstPhrase(first)).isEqualTo("2023年4月底前（改）");
        assertThat(landed).isNotNull();
        assertThat(landed.id()).isNotEqualTo(first.id());
        assertThat(stored(landed).deadlines().stream().map(org.luoshi.plan.Deadline::raw))
                .doesNotContain("2023年4月底前（改）");

        // Typed, the field still focused, and the selection moves (a search result, a click elsewhere).
        Task second = dated.get(1);
        Task third = dated.get(2);
        String thirdPhrase = firstPhrase(third);
        robot.interact(() -> tree.selectTask(second.id()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField again = firstDeadlineField();
        robot.interact(() -> {
            again.requestFocus();
            again.setText("2023年5月底前（改）");
            app.window().views().select(third.id());
        });
        // Sent for the task it was typed for (the window then selects the task the edit changed, as after any edit).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> firstPhrase(second).equals("2023年5月底前（改）"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstPhrase(third)).isEqualTo(thirdPhrase);
        robot.interact(() -> assertThat(firstDeadlineField().getText())
                .isEqualTo(firstPhrase(app.window().detail().shown().task())));
    }

    private javafx.scene.control.TextField firstDeadlineField() {
        return (javafx.scene.control.TextField) app.window().detail().lookupAll(".deadline-raw").iterator().next();
    }

    /** The task as the window holds it now (the plan shown again after each stored edit). */
    private Task stored(Task task) {
        return app.model().planProperty().get().tasks().stream().filter(t -> t.id() == task.id()).findFirst().orElseThrow();
    }

    private String firstPhrase(Task task) {
        return stored(task).deadlines().get(0).raw();
    }

    /**
     * Waits until the pane shows the task selected in the table (it follows keys once they rest), and
     * returns it (null: a heading is selected, and the pane shows none).
     */
    private Task waitForPaneToFollow(PlanTreeTable tree) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            Task selected = tree.selectedTask();
            var shown = app.window().detail().shown();
            return selected == null ? shown == null : shown != null && shown.task().id() == selected.id();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return tree.selectedTask();
    }

    private Task task(String number) {
        return app.model().planProperty().get().tasks().stream().filter(t -> number.equals(t.number()))
                .findFirst().orElseThrow();
    }
}
