package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Idle means idle: once the main window is up with the sample plan and the reminders watch the
 * clock, nothing runs the JavaFX pulse. A Timeline, a transition or an indeterminate progress left
 * playing would run it 60 times a second (the reminder check's endless Timeline did: 2 % of a core
 * at rest). The test counts the pulses of the window's scene over a quiet while; it asserts how
 * many there are, never how fast anything is.
 */
class AtRestUiTest {
    /** The quiet while. An animation playing gives about 60 pulses a second, even on a loaded machine dozens. */
    private static final long QUIET_MS = 2_000;

    @TempDir
    Path dir;

    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theMainWindowAtRestRunsNoPulse() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        app = AppHarness.start(dir.resolve("workspace.db"), dir.resolve("settings.properties"),
                AppHarness.clockAt(LocalDate.of(2023, 6, 20)));
        // The reminders have been read and their clock is being watched.
        AppHarness.waitUntil(() -> app.reminders().controller().snapshot() != null);
        // What was queued on the I/O thread by then (the last-run note) is done.
        AppHarness.read(app, ws -> ws.plans().list());
        Scene scene = app.window().getScene();
        // The cursor in a text field (the search box, as a user may leave it): JavaFX blinks the caret
        // with a timeline that runs the pulse; it has to come to rest too (ui.CaretRest).
        // (Headless, the window takes the focus only after other windows had it, as in a whole test run;
        // then the caret blinks until CaretRest stops it.)
        AppHarness.fx(() -> scene.getRoot().lookup(".text-field").requestFocus());
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        // Start counting once the first frames after start-up are drawn (the pulses they asked for).
        AppHarness.fx(() -> scene.addPreLayoutPulseListener(count));
        WaitForAsyncUtils.waitForFxEvents();
        // Start-up work that ends by itself (the reminders' first reading with the status bar's
        // progress, the warm-ups after the window settled) may still be drawing on a loaded machine:
        // wait, at most 30 s, for a half second without a frame (the caret rests after 10 s without
        // input). An endless animation never gives one.
        for (int i = 0; i < 60; i++) {
            pulses.set(0);
            new CountDownLatch(1).await(500, TimeUnit.MILLISECONDS);
            if (pulses.get() == 0) {
                break;
            }
        }
        pulses.set(0);

        new CountDownLatch(1).await(QUIET_MS, TimeUnit.MILLISECONDS);
        int counted = pulses.get();
        AppHarness.fx(() -> scene.removePreLayoutPulseListener(count));

        // Nothing moved, nothing was asked for: no frame to draw. (A pulse or two may still be
        // asked for by a late layout; an animation gives a hundred.)
        assertThat(counted).as("pulses in %d ms at rest; running: %s; windows showing: %s", QUIET_MS, running(), showing())
                .isLessThanOrEqualTo(3);
    }

    /**
     * The windows showing, for the failure message: the pulse is the whole toolkit's, so a window another
     * test class left open (its caret blinking) is counted too; {@code testing.ClosesWindowsLeftOpen}
     * closes them after each class.
     */
    private static String showing() throws Exception {
        java.util.concurrent.CompletableFuture<String> names = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> names.complete(javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing)
                .map(w -> (w instanceof javafx.stage.Stage s ? "'" + s.getTitle() + "' " : "")
                        + (w.getScene() == null ? "" : w.getScene().getRoot().getClass().getSimpleName()))
                .toList().toString()));
        return names.get(10, TimeUnit.SECONDS);
    }

    /** What keeps the pulse going, for the failure message (JavaFX's own timer, read by reflection). */
    private static String running() {
        try {
            Object timer = com.sun.javafx.tk.Toolkit.getToolkit().getPrimaryTimer();
            StringBuilder out = new StringBuilder();
            for (Class<?> c = timer.getClass(); c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (f.getType().isArray()) {
                        f.setAccessible(true);
                        Object[] items = (Object[]) f.get(timer);
                        for (Object o : items) {
                            if (o != null) {
                                out.append(f.getName()).append('=').append(o.getClass().getName()).append(' ');
                                for (java.lang.reflect.Field outer : o.getClass().getDeclaredFields()) {
                                    if (outer.getName().startsWith("this$")) {
                                        outer.setAccessible(true);
                                        Object a = outer.get(o);
                                        out.append("of ").append(a.getClass().getName()).append(' ');
                                        if (a instanceof javafx.animation.Transition t) {
                                            out.append("node ").append(t instanceof javafx.animation.FadeTransition ft ? ft.getNode() : "").append(' ');
                                        }
                                        if (a instanceof javafx.animation.Timeline tl) {
                                            out.append("keyFrames ").append(tl.getKeyFrames()).append(' ');
                                        }
                                    }
                                }
                                if (o instanceof javafx.animation.Animation a) {
                                    out.append('(').append(a.getStatus()).append(") ");
                                }
                            }
                        }
                    }
                }
            }
            return out.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown (" + e + ")";
        }
    }
}
