package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedServerTest {
    @Test
    void aFreshDatabaseOpensAsAnEmptyWorkspace() {
        ServerAddress a = EmbeddedServer.freshDatabase();
        try (Workspace ws = Workspace.openServer(a, null)) {
            assertThat(ws.onServer()).isTrue();
            assertThat(ws.readOnly()).isFalse();
            assertThat(ws.plans().list()).isEmpty();
            assertThat(ws.displayName()).isEqualTo("postgresql://postgres@localhost:" + a.port() + "/" + a.database());
        }
    }
}
