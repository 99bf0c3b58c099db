package org.luoshi.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless on a workspace file and waits until its first load is done. */
final class RunningApp {
    private RunningApp() {
    }

    static LuoshiApp start(Path workspace) throws Exception {
        FxToolkit.registerPrimaryStage();
        // Settings beside the workspace: a test never reads or writes the real user's settings.
        LuoshiApp app = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString(),
                "--settings", workspace.resolveSibling("settings.properties").toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    static void stop(LuoshiApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
