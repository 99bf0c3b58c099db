package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;

/** The command line on a workspace on a PostgreSQL server ({@code --workspace postgresql://…}), the embedded one. */
class ServerWorkspaceCommandTest {

    @TempDir
    Path dir;

    private Path sample;
    private ServerAddress server;

    @BeforeEach
    void setUp() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        server = EmbeddedServer.freshDatabase();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    private String url(String user) {
        return "postgresql://" + user + "@localhost:" + server.port() + "/" + server.database() + "?sslmode=disable";
    }

    @Test
    void importAndPlansWorkOnTheServerAsOnAFile() {
        CliRun saved = CliRun.of("--workspace", url("postgres"), "import", sample.toString());
        assertThat(saved.code).as(saved.err).isZero();
        assertThat(saved.out).contains("47 tasks");

        CliRun listed = CliRun.of("--workspace", url("postgres"), "plans");
        assertThat(listed.code).as(listed.err).isZero();
        assertThat(listed.out).contains("晋政办发〔2023〕1号").contains("\t47\t");
        assertThat(dir.resolve("postgresql:")).doesNotExist();
    }

    @Test
    void aReadOnlyRoleReadsAndAChangeIsOneLineExit2WithNothingWritten() {
        assertThat(CliRun.of("--workspace", url("postgres"), "import", sample.toString()).code).isZero();
        String reader = "reader_" + server.database();
        EmbeddedServer.sql(server.database(),
                "CREATE ROLE " + reader + " LOGIN",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);

        CliRun listed = CliRun.of("--workspace", url(reader), "plans");
        assertThat(listed.code).as(listed.err).isZero();
        assertThat(listed.out).contains("\t47\t");
        String before = CliRun.of("--workspace", url("postgres"), "plans").out;

        CliRun refused = CliRun.of("--workspace", url(reader), "import", sample.toString());
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.out).isEmpty();
        assertThat(refused.err.strip()).isEqualTo("Workspace error: The workspace postgresql://" + reader + "@localhost:" + server.port()
                + "/" + server.database() + " is read-only for this role: the command would change it; nothing was"
                + " changed.");
        assertThat(CliRun.of("--workspace", url("postgres"), "plans").out).isEqualTo(before);
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        CliRun r = CliRun.of("--workspace", "postgresql://postgres:hunter2@localhost:" + server.port() + "/"
                + server.database(), "plans");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.lines().count()).isEqualTo(1);
        assertThat(r.err).contains("~/.pgpass").doesNotContain("hunter2");
    }

    @Test
    void aRoleWhoseServerWantsAPasswordIsToldWhereToPutIt() {
        EmbeddedServer.sql(server.database(), "GRANT ALL ON SCHEMA public TO " + EmbeddedServer.PASSWORD_ROLE);
        String url = "postgresql://" + EmbeddedServer.PASSWORD_ROLE + "@127.0.0.1:" + server.port() + "/"
                + server.database() + "?sslmode=disable";
        CliRun r = CliRun.of("--workspace", url, "plans");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.lines().count()).isEqualTo(1);
        assertThat(r.err).contains("asks for a password").contains("~/.pgpass").doesNotContain(EmbeddedServer.PASSWORD);
    }

    @Test
    void fileOnlyCommandsSaySoForAServer() {
        CliRun r = CliRun.of("--workspace", url("postgres"), "workspace", "check");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.strip()).endsWith("This command works on a workspace file, not on a server (postgresql://postgres@localhost:"
                + server.port() + "/" + server.database() + ").");
    }

    @Test
    void workspaceCopyTakesAFileToTheServerAndRefusesToCopyTwice() {
        Path file = dir.resolve("laptop.db");
        assertThat(CliRun.of("--workspace", file.toString(), "import", sample.toString()).code).isZero();

        CliRun copied = CliRun.of("workspace", "copy", "--from", file.toString(), "--to", url("postgres"));
        assertThat(copied.code).as(copied.err).isZero();
        assertThat(copied.out).contains("plan\t1\t").contains("task\t47\t");
        assertThat(copied.out.strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("Copied ")
                .contains(" to postgresql://postgres@localhost:" + server.port() + "/" + server.database() + ": ")
                .endsWith("every table's count and checksum the same.");
        assertThat(CliRun.of("--workspace", url("postgres"), "plans").out).contains("\t47\t");

        CliRun again = CliRun.of("workspace", "copy", "--from", file.toString(), "--to", url("postgres"));
        assertThat(again.code).isEqualTo(2);
        assertThat(again.out).isEmpty();
        assertThat(again.err.strip()).isEqualTo("The workspace postgresql://postgres@localhost:" + server.port() + "/"
                + server.database() + " already holds plans or other data: copy only into a new, empty workspace;"
                + " nothing was changed.");

        Path back = dir.resolve("meeting.db");
        CliRun down = CliRun.of("workspace", "copy", "--from", url("postgres"), "--to", back.toString());
        assertThat(down.code).as(down.err).isZero();
        assertThat(CliRun.of("--workspace", back.toString(), "plans").out).contains("\t47\t");
    }
}
