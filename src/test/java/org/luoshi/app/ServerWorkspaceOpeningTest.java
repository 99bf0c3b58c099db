package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/** The window started with {@code --workspace=postgresql://…}: no lock, no sample, the first screen read from the server. */
class ServerWorkspaceOpeningTest {

    @Test
    void theOptionNamesAServerAndTheWindowTakesNoLockAndNoSample() {
        AppOptions o = AppOptions.parse(List.of("--workspace=postgresql://zhang@db.office:5433/luoshi?sslmode=require"));
        assertThat(o.server()).isEqualTo("postgresql://zhang@db.office:5433/luoshi?sslmode=require");
        assertThat(o.sampleIfNew()).isFalse();
        AppOptions file = AppOptions.parse(List.of("--workspace", "/tmp/督查.db"));
        assertThat(file.server()).isNull();
        assertThat(file.workspace()).hasToString("/tmp/督查.db");
    }

    @Test
    void aNewServerWorkspaceOpensEmptyWithoutTheSample() {
        ServerAddress a = EmbeddedServer.freshDatabase();
        String url = "postgresql://postgres@localhost:" + a.port() + "/" + a.database() + "?sslmode=disable";
        WorkspaceOpening.Opened o = WorkspaceOpening.open(url, true);
        try (Workspace ws = o.workspace()) {
            assertThat(ws.onServer()).isTrue();
            assertThat(o.plans()).isEmpty();
            assertThat(o.first()).isNull();
        }
    }

    @Test
    void theModelNamesTheServerWithoutAFile() {
        MainViewModel m = new MainViewModel(new org.luoshi.session.CallerThreadTasks(),
                "postgresql://zhang@db.office/luoshi?sslmode=require", java.time.Clock.systemUTC());
        assertThat(m.workspaceFile()).isNull();
        assertThat(m.workspaceName()).isEqualTo("postgresql://zhang@db.office:5432/luoshi");
    }
}
