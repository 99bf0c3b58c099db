package org.luoshi.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once on the caller's thread and hands the result back there: the command line's
 * runner, and the one unit tests give a session or a view model.
 */
public final class CallerThreadTasks implements BackgroundTasks {
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
    }
}
