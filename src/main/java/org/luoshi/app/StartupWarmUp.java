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
     * first screen drawn and every task indexed, when the reminders start too): for warm-ups of windows
     * opened later, which must not compete with the first screen. {@code -Dluoshi.warmUp=false} leaves
     * them out (to measure what they save).
     */
    static void afterSettled(javafx.beans.value.ObservableValue<Boolean> settled, Runnable work) {
        if (!Boolean.parseBoolean(System.getProperty("luoshi.warmUp", "true"))) {
            return;
        }
        Runnable later = () -> {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(SETTLING);
            pause.setOnFinished(e -> work.run());
            pause.play();
        };
        if (Boolean.TRUE.equals(settled.getValue())) {
            later.run();
            return;
        }
        settled.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    settled.removeListener(this);
                    later.run();
                }
            }
        });
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
