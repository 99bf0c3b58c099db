package org.luoshi.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Keeps a workspace to one window: an exclusive lock on {@code <workspace>.lock} beside the file,
 * held while the window is open. The operating system drops the lock when the process ends, even
 * by a crash, so a stale lock never keeps the user out. The lock file itself stays: deleting it on
 * release would let two later starts each lock a different file of the same name.
 *
 * <p>SQLite would keep the file consistent under two writers anyway; the lock is there so that
 * two windows never show each other stale plans.
 */
public final class WorkspaceLock implements AutoCloseable {
    static final String SUFFIX = ".lock";

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code workspaceFile} for this process, creating its folder and lock file if missing.
     *
     * @throws WorkspaceInUseException if another window (this process or another) holds it
     * @throws WorkspaceException      if the lock file cannot be created or locked
     */
    public static WorkspaceLock acquire(Path workspaceFile) {
        Objects.requireNonNull(workspaceFile, "workspaceFile");
        Path workspace = workspaceFile.toAbsolutePath().normalize();
        Path lockFile = lockFileOf(workspace);
        FileChannel channel = null;
        try {
            Files.createDirectories(workspace.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new WorkspaceInUseException(workspace);
            }
            return new WorkspaceLock(lockFile, channel, lock);
        } catch (OverlappingFileLockException e) {
            // Another window of this same process holds it.
            closeQuietly(channel);
            throw new WorkspaceInUseException(workspace);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException("Could not lock the workspace " + workspace + " through " + lockFile
                    + " (" + WorkspaceException.reason(e) + ").", e);
        }
    }

    /** The lock file that guards {@code workspaceFile}: its name with {@code .lock} added. */
    public static Path lockFileOf(Path workspaceFile) {
        Path workspace = workspaceFile.toAbsolutePath().normalize();
        return workspace.resolveSibling(workspace.getFileName() + SUFFIX);
    }

    public Path lockFile() {
        return lockFile;
    }

    public boolean isHeld() {
        return lock.isValid();
    }

    /** Releases the lock; another window may open the workspace from now on. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new WorkspaceException("Could not release the lock " + lockFile + " ("
                    + WorkspaceException.reason(e) + ").", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing after a failed lock: the failure is what gets reported.
        }
    }
}
