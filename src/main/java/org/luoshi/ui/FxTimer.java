package org.luoshi.ui;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Work to do on the FX thread after a delay, without keeping the toolkit busy meanwhile. A JavaFX
 * {@code Timeline} or {@code PauseTransition} runs the pulse — a frame every 16 ms — for as long
 * as it plays, even when nothing moves: at rest that cost 2 % of a core. Here one daemon thread
 * sleeps until the moment comes and only then hands the work to the FX thread.
 */
public final class FxTimer {
    private FxTimer() {
    }

    /** How to schedule: {@link FxTimer#after} in the app, a recording one in tests. */
    @FunctionalInterface
    public interface Schedule {
        /** Runs {@code onFxThread} on the FX thread after {@code delay}; the result cancels it. */
        Runnable after(Duration delay, Runnable onFxThread);
    }

    /** Made on first use: a start that never waits for anything has no timer thread. */
    private static final class Holder {
        static final ScheduledThreadPoolExecutor TIMER = timer();

        private static ScheduledThreadPoolExecutor timer() {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "luoshi-timer");
                thread.setDaemon(true);
                return thread;
            });
            t.setRemoveOnCancelPolicy(true);
            t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            return t;
        }
    }

    /**
     * Runs {@code onFxThread} on the FX thread once {@code delay} has passed (at once for a zero or
     * negative delay); the returned action cancels it if it has not run yet.
     */
    public static Runnable after(Duration delay, Runnable onFxThread) {
        boolean[] cancelled = {false};
        Runnable guarded = () -> {
            if (!cancelled[0]) {
                onFxThread.run();
            }
        };
        long nanos = Math.max(0, delay.toNanos());
        ScheduledFuture<?> future = Holder.TIMER.schedule(() -> Platform.runLater(guarded), nanos, TimeUnit.NANOSECONDS);
        return () -> {
            // Asked on the FX thread: a run already handed over to it sees the flag before it starts.
            cancelled[0] = true;
            future.cancel(false);
        };
    }

    /** The same with a JavaFX duration, for callers that keep theirs in one. */
    public static Runnable after(javafx.util.Duration delay, Runnable onFxThread) {
        return after(Duration.ofMillis((long) delay.toMillis()), onFxThread);
    }
}
