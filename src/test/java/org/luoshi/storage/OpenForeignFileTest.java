package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.security.MessageDigest;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not (this version's) workspaces are refused clearly and never modified. */
class OpenForeignFileTest {

    @TempDir
    Path dir;

    @Test
    void aTextFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "关于印发落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知\n".repeat(50),
                StandardCharsets.UTF_8);
        String before = fingerprint(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("The file " + file.toAbsolutePath()
                        + " is not a Luoshi workspace (file is not a database).");

        assertThat(fingerprint(file)).isEqualTo(before);
    }

    @Test
    void randomBytesAreRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("random.db");
        byte[] noise = new byte[64 * 1024];
        new Random(20230120).nextBytes(noise);
        Files.write(file, noise);
        String before = fingerprint(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageEndingWith("is not a Luoshi workspace (file is not a database).");

        assertThat(fingerprint(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes(text TEXT)");
            s.execute("INSERT INTO notes VALUES ('hello')");
        }
        String before = fingerprint(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("The file " + file.toAbsolutePath()
                        + " is not a Luoshi workspace (it is a database of another program).");

        assertThat(fingerprint(file)).isEqualTo(before);
    }

    @Test
    void aWorkspaceFromANewerLuoshiIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("workspace.db");
        Workspace.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            // Rollback-journal mode, so that switching it to WAL would show in the bytes too.
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }
        String before = fingerprint(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("The workspace " + file.toAbsolutePath()
                        + " was written by a newer Luoshi (schema " + (Migrations.latest() + 1) + ", this version knows "
                        + Migrations.latest() + ").");

        assertThat(fingerprint(file)).isEqualTo(before);
    }

    /** Size and SHA-256 of the file: equal exactly when the bytes are, and short in a failure. */
    static String fingerprint(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length + " bytes, sha256 "
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anEmptyFileIsRefusedAndLeftAsItWas() throws Exception {
        // It used to be set up as a new workspace (and the window filled it with the sample plan), which
        // hid that the user's workspace had lost its contents.
        Path file = Files.createFile(dir.resolve("empty.db"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceRefusedException.class)
                .hasMessageStartingWith("The file " + file.toAbsolutePath() + " is empty (0 bytes).")
                .satisfies(e -> assertThat(((WorkspaceRefusedException) e).reason())
                        .isEqualTo(WorkspaceRefusedException.Reason.EMPTY));

        assertThat(Files.size(file)).isZero();
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_600_000_000_000L);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no log, no lock, no new file beside it").containsExactly(file);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedClearly() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Path file = blocker.resolve("workspace.db");

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("Could not create the folder " + blocker.toAbsolutePath()
                        + " for the workspace (a file of that name is in the way).");
    }

    @Test
    void aFolderInPlaceOfTheFileIsReportedClearly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("workspace.db"));

        assertThatThrownBy(() -> Workspace.open(folder))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("Could not open the workspace " + folder.toAbsolutePath() + " (");
        assertThat(folder).isEmptyDirectory();
    }
}
