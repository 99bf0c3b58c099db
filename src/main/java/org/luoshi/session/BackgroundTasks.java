package org.luoshi.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs I/O: work runs off the FX thread, one piece at a time (the workspace's
 * connection is used by one thread only), and the result comes back on the FX thread.
 */
public interface BackgroundTasks {
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work that tells how far it got, for the status bar's progress bar. */
    @FunctionalInterface
    interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** Where work reports how far it got. */
    interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** Like {@link #run}, for work that reports progress; runners that show none just run it. */
    default <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        run(description, () -> work.call(Progress.NONE), onSuccess, onFailure);
    }

    /**
     * Like {@link #run}, for work the person did not ask for and need not see (reading again what
     * another client changed): queued in order with the rest, but not shown as running — no busy
     * indicator, no progress, no message in the status bar. Runners that show nothing just run it.
     */
    default <T> void runQuietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run("", work, onSuccess, onFailure);
    }

    /** Stops taking work and waits briefly for the running piece. */
    void shutdown();
}
