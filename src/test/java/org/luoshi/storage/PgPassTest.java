package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {

    @TempDir
    Path dir;

    private Path pgpass(String text, String mode) throws Exception {
        Path f = dir.resolve(".pgpass");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    private static final ServerAddress ZHANG = new ServerAddress("db.office", 5432, "luoshi", "zhang", Map.of());

    @Test
    void firstMatchingLineWinsWithWildcardsAndEscapes() throws Exception {
        Path f = pgpass("""
                # office server
                other:5432:luoshi:zhang:wrong
                db.office:*:luoshi:zhang:pa\\:ss\\\\word
                *:*:*:*:fallback
                """, "rw-------");
        assertThat(new String(PgPass.lookup(ZHANG, f).orElseThrow())).isEqualTo("pa:ss\\word");
        ServerAddress li = new ServerAddress("db.office", 5432, "luoshi", "li", Map.of());
        assertThat(new String(PgPass.lookup(li, f).orElseThrow())).isEqualTo("fallback");
    }

    @Test
    void aFileOthersMayReadIsIgnoredAsLibpqDoes() throws Exception {
        Path f = pgpass("*:*:*:*:secret\n", "rw-r--r--");
        assertThat(PgPass.lookup(ZHANG, f)).isEmpty();
    }

    @Test
    void noFileNoPassword() {
        assertThat(PgPass.lookup(ZHANG, dir.resolve("missing"))).isEmpty();
    }

    @Test
    void pgpassfileIsHonouredThenTheUsualPlace() {
        Path home = Path.of("/home/u");
        assertThat(PgPass.file(Map.of("PGPASSFILE", "/etc/luoshi/pgpass"), "Linux", home))
                .isEqualTo(Path.of("/etc/luoshi/pgpass"));
        assertThat(PgPass.file(Map.of(), "Linux", home)).isEqualTo(home.resolve(".pgpass"));
        assertThat(PgPass.file(Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata/postgresql/pgpass.conf"));
    }
}
