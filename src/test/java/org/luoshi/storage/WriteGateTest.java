package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No write lands in a damaged file, whoever asks and whether or not the file was checked first:
 * the workspace checks the file before the first transaction that changes anything is committed,
 * refuses every write once it knows of damage, does not upgrade a damaged file and does not copy
 * its write-ahead log into it on closing. Each test compares the file's bytes before and after.
 */
class WriteGateTest {
    @TempDir
    static Path shared;
    static Path pristine;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheWorkspace() {
        pristine = DamagedFiles.workspace(shared.resolve("pristine.db"), 300, 3);
    }

    @Test
    void theFirstWriteIntoAnUncheckedDamagedFileIsRefusedAndNothingIsWritten() throws IOException {
        Path file = damagedCopy();
        byte[] before = Files.readAllBytes(file);

        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.database().checked()).as("not checked at opening").isNull();
            assertThatThrownBy(() -> ws.plans().save(SamplePlans.shanxi()))
                    .isInstanceOf(WorkspaceDamagedException.class)
                    .hasMessageContaining("is damaged").hasMessageContaining("workspace recover --to");
            // Known now: the next write is refused by SQLite itself (query-only), with the same exception.
            assertThatThrownBy(() -> ws.settings().put("k", "v")).isInstanceOf(WorkspaceDamagedException.class);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertNoLogLeft(file);
    }

    @Test
    void aReadThatMeetsAMalformedPageMakesTheWorkspaceRefuseWrites() throws IOException {
        Path file = damagedCopy();
        byte[] before = Files.readAllBytes(file);

        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(() -> ws.plans().loadAll()).isInstanceOf(WorkspaceDamagedException.class)
                    .hasMessageContaining("malformed");
            assertThat(ws.database().checked().isDamaged()).isTrue();
            assertThatThrownBy(() -> ws.settings().put("k", "v")).isInstanceOf(WorkspaceDamagedException.class);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void openCheckedRefusesADamagedFileAndReadsNothingElse() throws IOException {
        Path file = damagedCopy();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Workspace.openChecked(file)).isInstanceOf(WorkspaceDamagedException.class)
                .satisfies(e -> assertThat(((WorkspaceDamagedException) e).check().problems())
                        .anyMatch(p -> p.startsWith("table task")));

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSoundFileIsCheckedOnceBeforeItsFirstWrite() throws IOException {
        Path file = Files.copy(pristine, dir.resolve("workspace.db"));
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.database().checked()).isNull();
            ws.settings().put("k", "v");
            assertThat(ws.database().checked().isSound()).isTrue();
            ws.settings().put("k", "w");
            assertThat(ws.settings().get("k")).contains("w");
        }
    }

    @Test
    void aDamagedFileWithCommitsInItsLogKeepsThemOutOfTheFile() throws Exception {
        // A file and its log as a crash leaves them: commits in the log, not yet copied into the file.
        Path source = Files.copy(pristine, dir.resolve("source.db"));
        Path file = dir.resolve("workspace.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("INSERT INTO setting (key, value) VALUES ('in the log', 'yes')");
            Files.copy(source, file);
            Files.copy(Path.of(source + "-wal"), Path.of(file + "-wal"));
        }
        DamagedFiles.zeroPage(file, DamagedFiles.middlePage(file, "task", "leaf"));
        byte[] before = Files.readAllBytes(file);
        byte[] log = Files.readAllBytes(Path.of(file + "-wal"));

        assertThatThrownBy(() -> Workspace.openChecked(file)).isInstanceOf(WorkspaceDamagedException.class);

        assertThat(Files.readAllBytes(file)).as("the log was not copied into the damaged file").isEqualTo(before);
        assertThat(Files.readAllBytes(Path.of(file + "-wal"))).isEqualTo(log);
    }

    @Test
    void aDamagedFileOfAnOlderSchemaIsNotUpgraded() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file)) {
            db.useWriteAheadLog();
            Migrations.apply(db, Migrations.all().subList(0, 4));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps = c.prepareStatement("INSERT INTO plan (title, source_text) VALUES (?, ?)")) {
            for (int i = 0; i < 40; i++) {
                ps.setString(1, "方案" + i);
                ps.setString(2, "正文".repeat(600));
                ps.executeUpdate();
            }
        }
        List<Long> leaves = DamagedFiles.pages(file, "plan", "leaf");
        DamagedFiles.zeroPage(file, leaves.get(leaves.size() / 2));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceDamagedException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(userVersion(file)).isEqualTo(4);
    }

    private Path damagedCopy() throws IOException {
        Path file = Files.copy(pristine, dir.resolve("workspace.db"));
        DamagedFiles.zeroPage(file, DamagedFiles.middlePage(file, "task", "leaf"));
        return file;
    }

    private static void assertNoLogLeft(Path file) throws IOException {
        Path log = Path.of(file + "-wal");
        assertThat(!Files.exists(log) || Files.size(log) == 0).as("no commit waiting in the log").isTrue();
    }

    private static int userVersion(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1");
                Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
