package org.luoshi.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the tests' embedded PostgreSQL server: a fresh database holding the sample plan, a
 * role that may edit it (as an office's editor role), and the app opened on it as of 2023-03-28.
 */
final class ServerWindows {
    private ServerWindows() {
    }

    /** A fresh database on the embedded server with the sample plan in it; its owner's address. */
    static ServerAddress withSamplePlan() {
        ServerAddress owner = EmbeddedServer.freshDatabase();
        try (Workspace ws = Workspace.openServer(owner, null)) {
            SamplePlan.seedIfEmpty(ws);
        }
        return owner;
    }

    /** Makes {@code role} a login role that may read and write {@code owner}'s tables; the address to open as it. */
    static ServerAddress editor(ServerAddress owner, String role) {
        EmbeddedServer.sql(owner.database(), "CREATE ROLE " + role + " LOGIN",
                "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role,
                "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + role);
        return ServerAddress.parse("postgresql://" + role + "@localhost:" + owner.port() + "/" + owner.database()
                + "?sslmode=disable");
    }

    /** The app's window on {@code server}, its plans loaded and indexed. */
    static LuoshiApp open(ServerAddress server, Path settings) throws Exception {
        FxToolkit.registerPrimaryStage();
        LuoshiApp app = (LuoshiApp) FxToolkit.setupApplication(() -> new LuoshiApp(
                AppHarness.clockAt(LocalDate.of(2023, 3, 28)), "--workspace=" + server.url(), "--settings=" + settings));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().loadedProperty().get()
                && app.model().indexReadyProperty().get());
        return app;
    }
}
