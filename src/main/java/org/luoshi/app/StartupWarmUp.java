package org.luoshi.app;

import org.luoshi.plan.UnitOrder;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.scene.image.Image;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the first screen would otherwise load on the FX thread, loaded beside it while the
 * toolkit's first work goes on: the icon library with its font, the rules of Chinese collation
 * (the unit list's order) and the window's icons. Worth about 60 ms of a 10,000-task first screen
 * on two cores (docs/PERFORMANCE.md).
 *
 * <p>The icon library is not made to be entered from two threads at once, so the window waits
 * for {@link #iconsReady()} before it makes its first icon.
 */
final class StartupWarmUp {
    private final CompletableFuture<Void> icons = new CompletableFuture<>();
    private final CompletableFuture<List<Image>> windowIcons = new CompletableFuture<>();

    private StartupWarmUp() {
    }

    /** Starts the work on a thread of its own; call on the FX thread once the toolkit is up. */
    static StartupWarmUp begin() {
        StartupWarmUp warmUp = new StartupWarmUp();
        Thread t = new Thread(warmUp::load, "luoshi-warm-up");
        t.setDaemon(true);
        t.start();
        return warmUp;
    }

    private void load() {
        try {
            // The first icon finds the icon sets and loads their font: the costly part.
            new FontIcon(AppAction.values()[0].icon());
            icons.complete(null);
        } catch (RuntimeException | LinkageError e) {
            icons.completeExceptionally(e);
        }
        try {
            UnitOrder.COLLATOR.compare("省财政厅", "省商务厅");
            windowIcons.complete(AppIcons.loadAll());
        } catch (RuntimeException | LinkageError e) {
            windowIcons.completeExceptionally(e);
        }
    }

    /**
     * Runs {@code work} on the FX thread a moment after {@code settled} turns true (the main window's
     * first screen drawn and every task indexed, when the reminders start too) <em>and</em> the person
     * first used the window {@link #watchFirstUse} watches (moved the pointer over it, pressed a key or a button, scrolled): for
     * warm-ups of windows opened later, which must not compete with the first screen, and which a
     * window left alone after its start does not pay for — it goes idle as soon as its first screen is
     * settled (issue 20: CPU until idle). The pointer has to reach a menu before a window opens, so
     * the warm-up is done before the click that opens the window. {@code -Dluoshi.warmUp=false} leaves
     * them out (to measure what they save).
     */
    static void afterSettled(javafx.beans.value.ObservableValue<Boolean> settled, Runnable work) {
        if (!Boolean.parseBoolean(System.getProperty("luoshi.warmUp", "true"))) {
            return;
        }
        afterSettled(settled, work, org.luoshi.ui.FxTimer::after);
    }

    /** The same on a given timer (a recording one in tests). */
    static void afterSettled(javafx.beans.value.ObservableValue<Boolean> settled, Runnable work,
            org.luoshi.ui.FxTimer.Schedule timer) {
        // A timer thread, not a PauseTransition: a transition runs the pulse while it waits.
        boolean[] state = new boolean[2]; // settled, used
        Runnable later = () -> {
            if (state[0] && state[1]) {
                state[0] = false;
                timer.after(java.time.Duration.ofMillis((long) SETTLING.toMillis()), work);
            }
        };
        whenUsed(() -> {
            state[1] = true;
            later.run();
        });
        if (Boolean.TRUE.equals(settled.getValue())) {
            state[0] = true;
            later.run();
            return;
        }
        settled.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    settled.removeListener(this);
                    state[0] = true;
                    later.run();
                }
            }
        });
    }

    /** Whether the window watched by {@link #watchFirstUse} has been used (true when none is watched). */
    private static boolean used = true;
    private static final List<Runnable> UNTIL_USED = new java.util.ArrayList<>();

    /**
     * From now on the warm-ups ({@link #afterSettled}) wait for the first use of the window of
     * {@code scene}. Call on the FX thread before the window is shown.
     */
    static void watchFirstUse(javafx.scene.Scene scene) {
        // A window that took the place of another: what waited for the old one's use is dropped.
        UNTIL_USED.clear();
        used = false;
        FirstUse.whenUsed(scene, () -> {
            used = true;
            List<Runnable> waiting = List.copyOf(UNTIL_USED);
            UNTIL_USED.clear();
            waiting.forEach(Runnable::run);
        });
    }

    private static void whenUsed(Runnable r) {
        if (used) {
            r.run();
        } else {
            UNTIL_USED.add(r);
        }
    }

    /**
     * The first time the person uses a window: a key or mouse button pressed, a scroll, or the pointer
     * moved over it by more than a few pixels (the window mapped under a resting pointer is not a use).
     */
    static final class FirstUse {
        /** Pixels the pointer must move from where it was first seen. */
        static final double MOVE = 4;

        private FirstUse() {
        }

        static void whenUsed(javafx.scene.Scene scene, Runnable used) {
            double[] first = {Double.NaN, Double.NaN};
            javafx.event.EventHandler<javafx.scene.input.InputEvent> filter = new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.scene.input.InputEvent e) {
                    if (e instanceof javafx.scene.input.MouseEvent m && m.getEventType() == javafx.scene.input.MouseEvent.MOUSE_MOVED) {
                        if (Double.isNaN(first[0])) {
                            first[0] = m.getScreenX();
                            first[1] = m.getScreenY();
                            return;
                        }
                        if (Math.hypot(m.getScreenX() - first[0], m.getScreenY() - first[1]) < MOVE) {
                            return;
                        }
                    }
                    scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, this);
                    scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, this);
                    scene.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this);
                    scene.removeEventFilter(javafx.scene.input.ScrollEvent.SCROLL, this);
                    used.run();
                }
            };
            scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, filter);
            scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, filter);
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, filter);
            scene.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, filter);
        }
    }

    /** After the main window settled, before a warm-up starts: the reminders' first reading goes first. */
    static final javafx.util.Duration SETTLING = javafx.util.Duration.millis(500);

    /** Waits until icons may be made on the FX thread; a failure here only means they load there. */
    void iconsReady() {
        try {
            icons.join();
        } catch (CompletionException e) {
            System.err.println("warm-up: " + e.getCause());
        }
    }

    /** The window's icons at every size there is, loaded off the FX thread when that worked. */
    List<Image> windowIcons() {
        try {
            return windowIcons.join();
        } catch (CompletionException e) {
            return AppIcons.loadAll();
        }
    }
}
