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
        LuoshiApp app = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    static void stop(LuoshiApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
