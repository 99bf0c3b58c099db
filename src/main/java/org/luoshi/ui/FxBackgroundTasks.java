package org.luoshi.ui;

import org.luoshi.session.BackgroundTasks;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/** Runs work on one background thread and reports what is running to the status bar. */
public final class FxBackgroundTasks implements BackgroundTasks {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "luoshi-io");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        runWithProgress(description, p -> work.call(), onSuccess, onFailure);
    }

    @Override
    public <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            return; // the window is closing: work asked for now (a late timer, say) has no one to show it to
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(this::updateProgress);
            }
        };
        task.progressProperty().addListener((obs, old, value) -> progress.set(value.doubleValue()));
        running.set(running.get() + 1);
        message.set(description);
        progress.set(-1);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    /** Queued with the rest, in order, but the status bar is not told: no busy indicator, no message. */
    @Override
    public <T> void runQuietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing
        }
    }

    private void finished() {
        running.set(running.get() - 1);
        progress.set(-1);
        if (running.get() == 0) {
            message.set("");
        }
    }

    /** How far the running work got, 0..1, or -1 when it does not say. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Number of pieces of work queued or running; the status bar shows progress while above 0. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
