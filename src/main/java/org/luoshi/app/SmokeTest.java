package org.luoshi.app;

import org.luoshi.ui.CjkFonts;

import java.io.PrintStream;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableRow;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * {@code --smoke-test}: the packaged app opens its workspace, lays out the main window with the
 * plan, prints one line and exits 0; any failure prints a reason and exits 1. CI runs it on the
 * app image so a broken package never lands, and the start-up measurement reads the time it prints.
 *
 * <p>The line ends {@code shownAt=<epoch ms> afterStartMs=<ms>}: the moment the first frame with
 * plan rows was laid out, and that moment counted from the process start.
 */
final class SmokeTest {
    static final Duration TIMEOUT = Duration.seconds(60);
    /**
     * Seconds to stay after the first frame, once the workspace is indexed (0, the default: exit at
     * once). Set by installer/Package.java for the class-data archive's training run.
     */
    static final String SETTLE_PROPERTY = "luoshi.smokeTest.settleSeconds";

    private final Scene scene;
    private final MainViewModel model;
    private final MainWindow window;
    private final PrintStream out;
    private final PauseTransition timeout = new PauseTransition(TIMEOUT);
    private final Runnable afterLayout = this::checkFrame;
    private boolean done;
    /** The line is printed; staying on for {@link #SETTLE_PROPERTY}. */
    private boolean shown;

    private SmokeTest(Scene scene, MainViewModel model, MainWindow window, PrintStream out) {
        this.scene = scene;
        this.model = model;
        this.window = window;
        this.out = out;
    }

    /** Watches the window from now on; call before the stage is shown. */
    static void watch(Scene scene, MainViewModel model, MainWindow window) {
        AppExit.strict();
        new SmokeTest(scene, model, window, System.out).start();
    }

    private void start() {
        model.statusLine().errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                fail("the workspace could not be used: " + message);
            }
        });
        model.loadedProperty().addListener((obs, old, loaded) -> {
            if (loaded) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        timeout.setOnFinished(e -> fail("no plan was shown within " + (long) TIMEOUT.toSeconds() + " s"));
        timeout.play();
    }

    /** After each layout pass once loaded: done when rows of the plan are laid out in the window. */
    private void checkFrame() {
        long shownAt = System.currentTimeMillis();
        if (done || shown) {
            return;
        }
        if (model.planProperty().get() == null) {
            fail("the workspace has no plan to show");
            return;
        }
        if (visiblePlanRows() == 0) {
            return; // rows come in a later layout pass
        }
        String font = CjkFonts.pick(Font.getFamilies()).orElse(null);
        if (font == null) {
            fail("no Chinese font is installed: Chinese text would show as boxes");
            return;
        }
        long afterStart = ProcessHandle.current().info().startInstant()
                .map(start -> shownAt - start.toEpochMilli()).orElse(-1L);
        out.printf("smoke-test ok: plans=%d tasks=%d font=\"%s\" shownAt=%d afterStartMs=%d%n",
                model.plansProperty().size(), window.tree().taskRowCount(), font, shownAt, afterStart);
        long settle = Long.getLong(SETTLE_PROPERTY, 0);
        if (settle <= 0) {
            finish();
            return;
        }
        // The packaging's training run: stay until what follows the first frame (the index, the
        // reminders, the tray) has loaded its classes too, so the class-data archive holds them.
        shown = true;
        Platform.runLater(() -> scene.removePostLayoutPulseListener(afterLayout));
        // The person moves the pointer over the window: the warm-ups that wait for a first use
        // (StartupWarmUp.afterSettled) run, and the classes of the windows they prepare are listed.
        Platform.runLater(() -> {
            for (double x : new double[] {100, 300}) {
                javafx.event.Event.fireEvent(scene.getRoot(), new javafx.scene.input.MouseEvent(
                        javafx.scene.input.MouseEvent.MOUSE_MOVED, x, 40, x, 40, javafx.scene.input.MouseButton.NONE, 0,
                        false, false, false, false, false, false, false, false, false, false, null));
            }
        });
        Runnable later = () -> org.luoshi.ui.FxTimer.after(java.time.Duration.ofSeconds(settle), this::finish);
        if (model.indexReadyProperty().get()) {
            later.run();
        } else {
            model.indexReadyProperty().addListener((obs, was, ready) -> {
                if (ready) {
                    later.run();
                }
            });
        }
    }

    private int visiblePlanRows() {
        int rows = 0;
        for (Node n : window.tree().lookupAll(".tree-table-row-cell")) {
            if (n instanceof TreeTableRow<?> row && !row.isEmpty() && row.getItem() != null && row.isVisible()) {
                rows++;
            }
        }
        return rows;
    }

    private void fail(String reason) {
        if (done) {
            return;
        }
        System.err.println("smoke-test failed: " + reason + " (" + Instant.now() + ")");
        AppExit.failed();
        finish();
    }

    private void finish() {
        done = true;
        timeout.stop();
        Platform.runLater(() -> scene.removePostLayoutPulseListener(afterLayout));
        Platform.exit();
    }
}
