package org.luoshi.sheets.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.luoshi.session.BackgroundTasks;

/** Runs background work at once on the calling thread, as tests want it. */
final class SameThreadTasks implements BackgroundTasks {
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
    }
}
