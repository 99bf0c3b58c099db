package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One window per workspace: the lock beside the file, within a process and across processes. */
class WorkspaceLockTest {
    @TempDir
    Path dir;

    @Test
    void theLockFileSitsBesideTheWorkspaceAndItsFolderIsMade() throws Exception {
        Path workspace = dir.resolve("new folder/workspace.db");
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            assertThat(lock.lockFile()).isEqualTo(dir.toRealPath().resolve("new folder/workspace.db.lock"));
            assertThat(lock.lockFile()).exists();
            assertThat(lock.isHeld()).isTrue();
        }
        assertThat(workspace).as("locking never creates the workspace itself").doesNotExist();
    }

    @Test
    void aSecondLockInTheSameProcessIsRefusedUntilTheFirstIsReleased() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        Path real = dir.toRealPath().resolve("workspace.db");
        WorkspaceLock first = WorkspaceLock.acquire(workspace);
        assertThatThrownBy(() -> WorkspaceLock.acquire(workspace))
                .isInstanceOf(WorkspaceInUseException.class)
                .hasMessage("The workspace " + real + " is already open in another Luoshi window.")
                .satisfies(e -> assertThat(((WorkspaceInUseException) e).workspace()).isEqualTo(real));
        first.close();
        assertThat(first.isHeld()).isFalse();
        try (WorkspaceLock again = WorkspaceLock.acquire(workspace)) {
            assertThat(again.isHeld()).isTrue();
        }
    }

    @Test
    void theSameFileByAnotherSpellingIsTheSameLock() {
        Path workspace = dir.resolve("workspace.db");
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(dir.resolve("sub/../workspace.db")))
                    .isInstanceOf(WorkspaceInUseException.class);
        }
    }

    @Test
    void otherWorkspacesInTheSameFolderAreNotBlocked() {
        try (WorkspaceLock a = WorkspaceLock.acquire(dir.resolve("a.db"));
                WorkspaceLock b = WorkspaceLock.acquire(dir.resolve("b.db"))) {
            assertThat(a.isHeld()).isTrue();
            assertThat(b.isHeld()).isTrue();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRefusedSecondLockInTheSameProcessLeavesTheFirstHeldAgainstOtherProcesses() throws Exception {
        // On Unix, closing any channel to the lock file drops every lock this process has on it: a
        // refused attempt that opened and closed the file used to free the first holder's lock.
        Path workspace = dir.resolve("workspace.db");
        try (WorkspaceLock first = WorkspaceLock.acquire(workspace)) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(workspace)).isInstanceOf(WorkspaceInUseException.class);
            assertThatThrownBy(() -> WorkspaceLock.acquire(dir.resolve("sub/../workspace.db")))
                    .isInstanceOf(WorkspaceInUseException.class);
            try (LockHolder other = LockHolder.start(workspace)) {
                assertThat(other.said()).as("another process is still kept out").isEqualTo("in use");
            }
        }
    }

    @Test
    void aSymbolicLinkLocksItsTarget() throws Exception {
        Path workspace = dir.resolve("data/gui.db");
        Workspace.open(workspace).close();
        Path link = WorkspaceFileTest.symlink(Files.createDirectories(dir.resolve("elsewhere")).resolve("link.db"),
                workspace);
        try (WorkspaceLock window = WorkspaceLock.acquire(workspace)) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(link, WorkspaceLock.Holder.command("import")))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .satisfies(e -> assertThat(((WorkspaceInUseException) e).workspace())
                            .isEqualTo(workspace.toRealPath()));
        }
        try (WorkspaceLock viaLink = WorkspaceLock.acquire(link)) {
            assertThat(viaLink.lockFile()).isEqualTo(WorkspaceLock.lockFileOf(workspace));
            assertThatThrownBy(() -> WorkspaceLock.acquire(workspace)).isInstanceOf(WorkspaceInUseException.class);
        }
        assertThat(link.resolveSibling("link.db.lock")).doesNotExist();
    }

    @Test
    void aWorkspaceWithTwoNamesIsRefusedBeforeAnyLockFileIsMade() throws Exception {
        Path workspace = dir.resolve("gui.db");
        Workspace.open(workspace).close();
        Path second = WorkspaceFileTest.hardLink(dir.resolve("other.db"), workspace);

        assertThatThrownBy(() -> WorkspaceLock.acquire(second))
                .isInstanceOf(WorkspaceRefusedException.class)
                .hasMessageContaining("has 2 names on this disk (hard links)");
        assertThatThrownBy(() -> WorkspaceLock.acquire(workspace)).isInstanceOf(WorkspaceRefusedException.class);
        assertThat(WorkspaceLock.lockFileOf(second)).doesNotExist();
        assertThat(WorkspaceLock.lockFileOf(workspace)).doesNotExist();
    }

    @Test
    void theHolderWritesWhatItIsAndTheRefusedAreToldIt() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        // Whatever an earlier holder left is covered, however long it was.
        Files.writeString(WorkspaceLock.lockFileOf(workspace),
                ("holder=window\npid=" + ProcessHandle.current().pid() + "\n").repeat(800));
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace, WorkspaceLock.Holder.command("calendar set"))) {
            String text = Files.readString(lock.lockFile());
            assertThat(text).contains("holder=command\ncommand=calendar set\npid=" + ProcessHandle.current().pid());
            assertThat(WorkspaceLock.readHolder(lock.lockFile())).isEqualTo(lock.holder());
            assertThatThrownBy(() -> WorkspaceLock.acquire(workspace))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageEndingWith(" is being changed by the Luoshi command \u201ccalendar set\u201d (process "
                            + ProcessHandle.current().pid() + ").")
                    .satisfies(e -> assertThat(((WorkspaceInUseException) e).holder()).contains(lock.holder()));
        }
        assertThat(WorkspaceLock.Holder.parse("")).as("an older Luoshi's empty lock file").isNull();
        assertThat(WorkspaceLock.Holder.parse("holder=window\npid=x")).isNull();
        String mine = WorkspaceLock.Holder.window().text();
        assertThat(WorkspaceLock.Holder.parse(mine)).isEqualTo(WorkspaceLock.Holder.window());
        if (ProcessHandle.current().info().startInstant().isPresent()) {
            assertThat(WorkspaceLock.Holder.parse(mine.replaceFirst("started=\\d+", "started=12345")))
                    .as("this process id, but another start: an earlier process that had the same id").isNull();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void textLeftByAnEndedHolderIsNotTakenForTheOneHoldingNow() throws Exception {
        // A command ran and ended, its text stays in the lock file; now a holder that writes nothing
        // (an older Luoshi's window) has the lock. The refusal must not name the ended command.
        Path workspace = dir.resolve("workspace.db");
        long ended;
        try (LockHolder command = LockHolder.start(workspace, "command", "import")) {
            ended = command.pid();
        }
        assertThat(Files.readString(WorkspaceLock.lockFileOf(workspace))).contains("pid=" + ended);
        try (LockHolder oldWindow = LockHolder.start(workspace, "old")) {
            assertThat(oldWindow.holds()).isTrue();
            Path real = dir.toRealPath().resolve("workspace.db");
            assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, WorkspaceLock.Holder.command("import")))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessage("The workspace " + real + " is in use by another Luoshi window or command.")
                    .satisfies(e -> assertThat(((WorkspaceInUseException) e).holder()).isEmpty());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCommandInAnotherProcessIsNamedAsACommandNotAWindow() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (LockHolder other = LockHolder.start(workspace, "command", "import")) {
            assertThat(other.holds()).isTrue();
            assertThatThrownBy(() -> WorkspaceLock.acquire(workspace))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("being changed by the Luoshi command \u201cimport\u201d (process " + other.pid())
                    .hasMessageNotContaining("window")
                    .satisfies(e -> {
                        WorkspaceLock.Holder holder = ((WorkspaceInUseException) e).holder().orElseThrow();
                        assertThat(holder.kind()).isEqualTo(WorkspaceLock.Holder.Kind.COMMAND);
                        assertThat(holder.command()).isEqualTo("import");
                        assertThat(holder.pid()).isEqualTo(other.pid());
                    });
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anotherProcessHoldingTheLockKeepsUsOutUntilItDiesEvenByAKill() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), workspace.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> WorkspaceLock.acquire(workspace)).isInstanceOf(WorkspaceInUseException.class);

            other.destroyForcibly(); // SIGKILL: no close(), no shutdown hook; the OS drops the lock
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
                assertThat(lock.isHeld()).isTrue();
            }
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aLockFileThatCannotBeMadeIsAWorkspaceProblemNotAnInUseOne() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a folder");
        assertThatThrownBy(() -> WorkspaceLock.acquire(blocker.resolve("workspace.db")))
                .isInstanceOf(WorkspaceException.class)
                .isNotInstanceOf(WorkspaceInUseException.class)
                .hasMessageStartingWith("Could not lock the workspace " + blocker.resolve("workspace.db"));
    }
}
