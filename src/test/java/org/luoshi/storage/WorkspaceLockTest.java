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
    void theLockFileSitsBesideTheWorkspaceAndItsFolderIsMade() {
        Path workspace = dir.resolve("new folder/workspace.db");
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            assertThat(lock.lockFile()).isEqualTo(dir.resolve("new folder/workspace.db.lock"));
            assertThat(lock.lockFile()).exists();
            assertThat(lock.isHeld()).isTrue();
        }
        assertThat(workspace).as("locking never creates the workspace itself").doesNotExist();
    }

    @Test
    void aSecondLockInTheSameProcessIsRefusedUntilTheFirstIsReleased() {
        Path workspace = dir.resolve("workspace.db");
        WorkspaceLock first = WorkspaceLock.acquire(workspace);
        assertThatThrownBy(() -> WorkspaceLock.acquire(workspace))
                .isInstanceOf(WorkspaceInUseException.class)
                .hasMessage("The workspace " + workspace + " is already open in another Luoshi window.")
                .satisfies(e -> assertThat(((WorkspaceInUseException) e).workspace()).isEqualTo(workspace));
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
