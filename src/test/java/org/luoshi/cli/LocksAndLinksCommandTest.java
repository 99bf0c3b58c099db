package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.LockHolder;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceLock;

/**
 * The command line against a workspace reached by a second path, a file that is not a workspace yet,
 * and a workspace another process holds: each refused in one line with exit 2, the file unchanged,
 * and the refusal names what holds the workspace.
 */
class LocksAndLinksCommandTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

    @TempDir
    Path dir;

    private Path sample;
    private Path gui;

    @BeforeEach
    void setUp() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        gui = dir.resolve("ws").resolve("gui.db");
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void withAWindowOnTheWorkspaceAnImportThroughASymbolicLinkIsRefused() throws Exception {
        assertThat(run("--workspace", gui.toString(), "import", sample.toString()).code).isZero();
        Path link = symlink(dir.resolve("link.db"), gui);

        try (LockHolder window = LockHolder.start(gui)) {
            assertThat(window.holds()).isTrue();
            CliRun r = run("--workspace", link.toString(), "import", sample.toString());
            assertThat(r.code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
            assertOneLine(r);
            assertThat(r.err).contains("The workspace " + gui.toRealPath() + " is open in a Luoshi window (process "
                    + window.pid() + ")").contains("nothing was changed");
        }
        assertPlans(gui, 1);
        assertThat(link.resolveSibling("link.db-wal")).doesNotExist();
        assertThat(link.resolveSibling("link.db.lock")).doesNotExist();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void withAWindowOnTheWorkspaceAnImportThroughAHardLinkIsRefused() throws Exception {
        assertThat(run("--workspace", gui.toString(), "import", sample.toString()).code).isZero();

        try (LockHolder window = LockHolder.start(gui)) {
            assertThat(window.holds()).isTrue();
            Path hard = hardLink(dir.resolve("hard.db"), gui);
            String before = fingerprint(gui);
            CliRun r = run("--workspace", hard.toString(), "import", sample.toString());
            assertThat(r.code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
            assertOneLine(r);
            assertThat(r.err).contains("has 2 names on this disk (hard links)");
            assertThat(fingerprint(gui)).isEqualTo(before);
            assertThat(hard.resolveSibling("hard.db-wal")).as("no second log").doesNotExist();
            Files.delete(hard);
        }
        assertPlans(gui, 1);
    }

    @Test
    void aWorkspaceWithTwoNamesIsRefusedUnderBothForReadingAndChanging() throws Exception {
        assertThat(run("--workspace", gui.toString(), "import", sample.toString()).code).isZero();
        Path hard = hardLink(dir.resolve("hard.db"), gui);
        String before = fingerprint(gui);

        for (Path name : List.of(gui, hard)) {
            for (String[] command : List.of(new String[] {"plans"}, new String[] {"import", sample.toString()})) {
                CliRun r = run(args(name, command));
                assertThat(r.code).as("%s %s", name, command[0]).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
                assertOneLine(r);
                assertThat(r.err).contains("The workspace " + name + " has 2 names on this disk (hard links).")
                        .contains("Delete the other names, or work on a copy");
            }
        }
        assertThat(fingerprint(gui)).isEqualTo(before);
        assertThat(names(gui.getParent())).containsExactlyInAnyOrder("gui.db", "gui.db.lock");
    }

    @Test
    void anEmptyOrBlankWorkspaceFileIsRefusedAndLeftAsItWas() throws Exception {
        Files.createDirectories(gui.getParent());
        String[] expected = {"is empty (0 bytes)", "is blank where a workspace begins",
                "is blank where a workspace begins"};
        byte[][] contents = {new byte[0], new byte[8192], "\n".getBytes(StandardCharsets.US_ASCII)};
        for (int i = 0; i < contents.length; i++) {
            Files.write(gui, contents[i]);
            Files.setLastModifiedTime(gui, LONG_AGO);
            for (String[] command : List.of(new String[] {"import", sample.toString()}, new String[] {"plans"},
                    new String[] {"calendar", "set", "2023-06-26", "off"})) {
                CliRun r = run(args(gui, command));
                assertThat(r.code).as("%d %s", i, command[0]).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
                assertOneLine(r);
                assertThat(r.err).contains(gui.toString()).contains(expected[i]);
            }
            assertThat(Files.readAllBytes(gui)).isEqualTo(contents[i]);
            assertThat(Files.getLastModifiedTime(gui)).isEqualTo(LONG_AGO);
            assertThat(names(gui.getParent())).as("no log, no lock beside it").containsExactly("gui.db");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theSecondOfTwoConcurrentImportsIsToldACommandHoldsTheWorkspaceNotAWindow() throws Exception {
        assertThat(run("--workspace", gui.toString(), "import", sample.toString()).code).isZero();
        assertThat(run("import", sample.toString(), "--json").code).isZero(); // this JVM has read a document once
        Path lockFile = WorkspaceLock.lockFileOf(gui);

        Process first;
        CliRun second;
        // SQLite's write lock held here: the first import, once it holds Luoshi's lock, waits for it
        // (up to the 5 s busy timeout) — long enough for the second import to come and be refused.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gui); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=en", "-Duser.country=US",
                    "-cp", System.getProperty("java.class.path"), "org.luoshi.app.Launcher",
                    "--workspace", gui.toString(), "import", sample.toString())
                    .redirectOutput(dir.resolve("first.out").toFile()).redirectError(dir.resolve("first.err").toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(lockFile).contains("pid=" + first.pid() + "\n")) {
                assertThat(first.isAlive()).as("the first import ended before it held the lock").isTrue();
                assertThat(System.nanoTime()).as("the first import never held the lock").isLessThan(deadline);
                Thread.sleep(20);
            }
            second = run("--workspace", gui.toString(), "import", sample.toString());
            s.execute("ROLLBACK");
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(second.code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertOneLine(second);
        assertThat(second.err)
                .contains("is being changed by another Luoshi command (luoshi import, process " + first.pid() + ")")
                .contains("Wait until it has finished")
                .doesNotContain("window");
        // The first went through if SQLite's lock was let go within its 5 s; either way nothing is lost.
        assertPlans(gui, first.exitValue() == 0 ? 2 : 1);
    }

    @Test
    void aCommandNamesItselfInTheLock() throws Exception {
        assertThat(run("--workspace", gui.toString(), "import", sample.toString()).code).isZero();
        assertThat(Files.readString(WorkspaceLock.lockFileOf(gui))).contains("holder=command\ncommand=import\n");
        assertThat(run("--workspace", gui.toString(), "calendar", "set", "2023-06-26", "off").code).isZero();
        assertThat(Files.readString(WorkspaceLock.lockFileOf(gui))).contains("holder=command\ncommand=calendar set\n");
    }

    @Test
    void aNewWorkspaceNamedOnTheCommandLineGetsOnlyWhatIsImported() {
        CliRun r = run("--workspace", gui.toString(), "plans");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("No plans");
        assertThat(run("--workspace", gui.toString(), "import", sample.toString()).code).isZero();
        assertPlans(gui, 1);
    }

    private static void assertPlans(Path workspace, int count) {
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.plans().list()).hasSize(count);
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
    }

    private static void assertOneLine(CliRun r) {
        assertThat(r.out).isEmpty();
        assertThat(r.err.strip()).doesNotContain("\n").doesNotContain("Exception");
    }

    private static String[] args(Path workspace, String... command) {
        String[] args = new String[command.length + 2];
        args[0] = "--workspace";
        args[1] = workspace.toString();
        System.arraycopy(command, 0, args, 2, command.length);
        return args;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String fingerprint(Path file) throws Exception {
        return Files.size(file) + " " + java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                + " " + Files.getLastModifiedTime(file);
    }

    private static Path symlink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here: " + e);
            return null;
        }
    }

    private static Path hardLink(Path link, Path file) {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                file.getFileSystem().supportedFileAttributeViews().contains("unix"), "no link count here");
        try {
            return Files.createLink(link, file);
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no hard links here: " + e);
            return null;
        }
    }

    private CliRun run(String... args) {
        return CliRun.of(args);
    }
}
