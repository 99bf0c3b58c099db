package org.luoshi.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless on a workspace file and a fixed day, and reads the workspace through it. */
final class AppHarness {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private AppHarness() {
    }

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /**
     * Starts the app and waits until it shows its first plan and has indexed every task; a workspace
     * that does not exist yet is first made with the sample plan ({@link RunningApp#withSamplePlan}).
     */
    static LuoshiApp start(Path workspace, Path settings, Clock clock) throws Exception {
        RunningApp.withSamplePlan(workspace);
        FxToolkit.registerPrimaryStage();
        LuoshiApp app = (LuoshiApp) FxToolkit.setupApplication(() -> new LuoshiApp(clock,
                "--workspace", workspace.toString(), "--settings", settings.toString()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get()
                && app.model().indexReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    static void stop(LuoshiApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Runs {@code read} on the app's I/O thread, after any edit queued before it, and gives its result. */
    static <T> T read(LuoshiApp app, Function<Workspace, T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> app.model().session().run("test", s -> read.apply(s.workspace()), result::complete));
        return result.get(10, TimeUnit.SECONDS);
    }

    /** Waits (up to 10 s) until the condition holds on the FX thread. */
    static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            CompletableFuture<Boolean> holds = new CompletableFuture<>();
            Platform.runLater(() -> holds.complete(condition.get()));
            return holds.get(5, TimeUnit.SECONDS);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and waits for it. */
    static void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
