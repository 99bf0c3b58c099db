package org.luoshi.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs I/O: work runs off the FX thread, one piece at a time (the workspace's
 * connection is used by one thread only), and the result comes back on the FX thread.
 */
public interface BackgroundTasks {
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops taking work and waits briefly for the running piece. */
    void shutdown();
}
