package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void readsTheFormTheIssueGives() {
        ServerAddress a = ServerAddress.parse("postgresql://db.office.local/luoshi?user=zhangsan&sslmode=require");
        assertThat(a.host()).isEqualTo("db.office.local");
        assertThat(a.port()).isEqualTo(5432);
        assertThat(a.database()).isEqualTo("luoshi");
        assertThat(a.user()).isEqualTo("zhangsan");
        assertThat(a.options()).isEqualTo(Map.of("sslmode", "require"));
        assertThat(a.display()).isEqualTo("postgresql://zhangsan@db.office.local:5432/luoshi");
        assertThat(a.url()).isEqualTo("postgresql://zhangsan@db.office.local:5432/luoshi?sslmode=require");
    }

    @Test
    void readsUserAndPortInTheAuthorityAndThePostgresScheme() {
        ServerAddress a = ServerAddress.parse("postgres://lisi@10.0.0.5:5433/plans");
        assertThat(a).isEqualTo(new ServerAddress("10.0.0.5", 5433, "plans", "lisi", Map.of()));
        assertThat(ServerAddress.parse("postgresql://u@[::1]:6000/d").host()).isEqualTo("::1");
        assertThat(ServerAddress.parse("postgresql://u@[::1]:6000/d").display()).isEqualTo("postgresql://u@[::1]:6000/d");
    }

    @Test
    void aDatabaseNotNamedIsTheUsersAsInLibpq() {
        ServerAddress a = ServerAddress.parse("postgresql://host?user=wang");
        assertThat(a.database()).isEqualTo("wang");
        assertThat(a.host()).isEqualTo("host");
    }

    @Test
    void tellsServerLocationsFromFiles() {
        assertThat(ServerAddress.isServerLocation("postgresql://h/d")).isTrue();
        assertThat(ServerAddress.isServerLocation("POSTGRES://h/d")).isTrue();
        assertThat(ServerAddress.isServerLocation("/home/u/workspace.db")).isFalse();
        assertThat(ServerAddress.isServerLocation("C:\\data\\postgresql.db")).isFalse();
        assertThat(ServerAddress.isServerLocation(null)).isFalse();
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNeverRepeated() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://zhang:s3cret@host/db"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("~/.pgpass")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://host/db?user=z&password=s3cret"))
                .hasMessageContaining("~/.pgpass")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aBadPortIsSaidInOneSentence() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://host:99999/db"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("99999");
    }
}
