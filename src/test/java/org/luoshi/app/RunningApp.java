package org.luoshi.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless on a workspace file and waits until its first load is done. */
final class RunningApp {
    private RunningApp() {
    }

    /**
     * Starts the app on {@code workspace}; a workspace that does not exist yet is first made with the
     * sample plan, as a first start at the default location would make it (a new file named with
     * {@code --workspace} starts empty).
     */
    static LuoshiApp start(Path workspace) throws Exception {
        withSamplePlan(workspace);
        FxToolkit.registerPrimaryStage();
        // Settings beside the workspace: a test never reads or writes the real user's settings.
        LuoshiApp app = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString(),
                "--settings", workspace.resolveSibling("settings.properties").toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** Makes {@code workspace} with the sample plan if it does not exist yet; returns it. */
    static Path withSamplePlan(Path workspace) {
        if (!Files.exists(workspace)) {
            try (Workspace ws = Workspace.open(workspace)) {
                SamplePlan.seedIfEmpty(ws);
            }
        }
        return workspace;
    }

    static void stop(LuoshiApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
