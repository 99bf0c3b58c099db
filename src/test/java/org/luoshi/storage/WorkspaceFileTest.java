package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.storage.WorkspaceRefusedException.Reason;

/**
 * The file behind a workspace path: symbolic links followed to the real file, a file with several
 * names refused, and only a file Luoshi makes itself set up as a new workspace — an existing empty,
 * blank or tableless file is refused and left byte for byte, time stamp included.
 */
class WorkspaceFileTest {
    /** A time stamp long past: any write would move it to now. */
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkOpensItsTargetAndTheLogSitsBesideTheTarget() throws Exception {
        Path real = dir.resolve("data/gui.db");
        Files.createDirectories(real.getParent());
        try (Workspace ws = Workspace.open(real)) {
            ws.plans().save(SamplePlans.shanxi());
        }
        Path link = symlink(dir.resolve("link.db"), real);

        try (Workspace ws = Workspace.open(link)) {
            assertThat(ws.file()).isEqualTo(real.toRealPath());
            assertThat(ws.created()).isFalse();
            ws.plans().save(SamplePlans.shanxi());
            assertThat(WorkspaceFile.log(real)).as("the log of the one real file").exists();
            assertThat(WorkspaceFile.log(link)).doesNotExist();
        }
        try (Workspace ws = Workspace.open(real)) {
            assertThat(ws.plans().list()).hasSize(2);
        }
    }

    @Test
    void aFileWithTwoNamesIsRefusedUnderEitherNameAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("gui.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.plans().save(SamplePlans.shanxi());
        }
        Path second = hardLink(dir.resolve("copy.db"), file);
        String before = OpenForeignFileTest.fingerprint(file);

        for (Path name : List.of(second, file)) {
            assertThatThrownBy(() -> Workspace.open(name))
                    .isInstanceOf(WorkspaceRefusedException.class)
                    .hasMessageStartingWith("The workspace " + name.toAbsolutePath()
                            + " has 2 names on this disk (hard links).")
                    .hasMessageContaining("changes made through one name can be lost")
                    .satisfies(e -> assertThat(((WorkspaceRefusedException) e).reason()).isEqualTo(Reason.HARD_LINKS));
        }
        assertThat(OpenForeignFileTest.fingerprint(file)).isEqualTo(before);
        assertThat(WorkspaceFile.log(file)).doesNotExist();
        assertThat(WorkspaceFile.log(second)).doesNotExist();

        // One name again: it opens, with its plan.
        Files.delete(second);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.plans().list()).hasSize(1);
        }
    }

    @Test
    void blankFilesAreRefusedAndLeftAsTheyWere() throws Exception {
        // A single line break is a file SQLite itself would take for an empty database and set up.
        byte[][] contents = {new byte[4096], " \n".repeat(3000).getBytes(StandardCharsets.US_ASCII), {'\n'},
                new byte[50]};
        for (int i = 0; i < contents.length; i++) {
            Path file = dir.resolve("blank" + i + ".db");
            Files.write(file, contents[i]);
            Files.setLastModifiedTime(file, LONG_AGO);

            assertThatThrownBy(() -> Workspace.open(file))
                    .as("content %d", i)
                    .isInstanceOf(WorkspaceRefusedException.class)
                    .hasMessageStartingWith("The file " + file.toAbsolutePath() + " is blank where a workspace begins")
                    .satisfies(e -> assertThat(((WorkspaceRefusedException) e).reason()).isEqualTo(Reason.BLANK));

            assertThat(Files.readAllBytes(file)).isEqualTo(contents[i]);
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        }
        assertThat(names()).allMatch(n -> n.matches("blank\\d\\.db"));
    }

    @Test
    void anEmptyDatabaseLuoshiDidNotMakeIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("empty-sqlite.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("VACUUM"); // writes the header: a valid database with no table
        }
        Files.setLastModifiedTime(file, LONG_AGO);
        String before = OpenForeignFileTest.fingerprint(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceRefusedException.class)
                .hasMessageStartingWith("The file " + file.toAbsolutePath()
                        + " is an empty database that Luoshi did not create.")
                .satisfies(e -> assertThat(((WorkspaceRefusedException) e).reason()).isEqualTo(Reason.EMPTY_DATABASE));

        assertThat(OpenForeignFileTest.fingerprint(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
    }

    @Test
    void aNewWorkspaceIsMadeWholeUnderItsNameWithTheUsersPermissions() throws Exception {
        Path file = dir.resolve("新 folder/workspace.db");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.created()).isTrue();
            assertThat(ws.plans().list()).isEmpty();
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.created()).as("opened, not made, the second time").isFalse();
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no building file left")
                    .containsExactly("workspace.db");
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // As the user's umask gives a new file, not the owner-only mode of a temporary file.
            Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(usual);
        }
        assertThat(WorkspaceFile.linkCount(file)).isEqualTo(1);
    }

    @Test
    void aBrokenLinkIsRefusedAndNothingIsMadeWhereItPoints() throws Exception {
        Path target = dir.resolve("moved-away.db");
        Path link = symlink(dir.resolve("link.db"), target);

        assertThatThrownBy(() -> Workspace.open(link))
                .isInstanceOf(WorkspaceRefusedException.class)
                .hasMessage("The workspace " + link + " is a link to " + target + ", which does not exist."
                        + " Luoshi does not create a workspace through a broken link: put the file back, or give"
                        + " another name.");
        assertThat(target).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aLogWithoutItsWorkspaceIsNotBuriedUnderANewOne() throws Exception {
        Path file = dir.resolve("workspace.db");
        byte[] log = "the last commits of a workspace moved away without its log".getBytes(StandardCharsets.UTF_8);
        Files.write(WorkspaceFile.log(file), log);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceRefusedException.class)
                .hasMessageStartingWith("There is no workspace file " + file + ", but its log workspace.db-wal is there")
                .satisfies(e -> assertThat(((WorkspaceRefusedException) e).reason()).isEqualTo(Reason.LEFTOVER_LOG));
        assertThat(file).doesNotExist();
        assertThat(Files.readAllBytes(WorkspaceFile.log(file))).isEqualTo(log);
    }

    @Test
    void theRealPathOfAFileNotYetMadeFollowsItsFolders() throws Exception {
        Path realFolder = Files.createDirectories(dir.resolve("real"));
        Path linked = symlink(dir.resolve("linked"), realFolder);
        assertThat(WorkspaceFile.realPath(linked.resolve("sub/new.db")))
                .isEqualTo(realFolder.toRealPath().resolve("sub/new.db"));
        assertThat(WorkspaceFile.realPath(linked.resolve("x/../new.db")))
                .isEqualTo(realFolder.toRealPath().resolve("new.db"));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A symbolic link, or the test is skipped where the system or the user may not make one. */
    static Path symlink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "no symbolic links here: " + e);
            return null;
        }
    }

    /** A second name for {@code file}, or the test is skipped where links or link counts are not had. */
    static Path hardLink(Path link, Path file) {
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("unix"),
                "the system gives no link count (Windows): the check cannot be made there");
        try {
            Files.createLink(link, file);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "no hard links here: " + e);
        }
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
        return link;
    }
}
