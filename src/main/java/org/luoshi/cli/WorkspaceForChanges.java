package org.luoshi.cli;

import java.nio.file.Path;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceLock;

/**
 * A workspace opened by a command that changes it (import, import-json, calendar load/set/unset):
 * it holds the workspace's lock first, as a window does, so a command never writes under an open
 * window, which would go on showing the workspace without the change. Commands that only read
 * need no lock.
 */
final class WorkspaceForChanges implements AutoCloseable {
    private final WorkspaceLock lock;
    private final Workspace workspace;

    private WorkspaceForChanges(WorkspaceLock lock, Workspace workspace) {
        this.lock = lock;
        this.workspace = workspace;
    }

    /**
     * @throws org.luoshi.storage.WorkspaceInUseException if a window has the workspace open
     * @throws WorkspaceException                          if it cannot be opened
     */
    static WorkspaceForChanges open(Path file) {
        WorkspaceLock lock = null;
        try {
            lock = WorkspaceLock.acquire(file);
        } catch (org.luoshi.storage.WorkspaceInUseException e) {
            throw e;
        } catch (WorkspaceException e) {
            // A folder where files cannot be locked (some network shares): SQLite still keeps the
            // file consistent, so go on unguarded, as the window does.
        }
        try {
            return new WorkspaceForChanges(lock, Workspace.openChecked(file));
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        try {
            workspace.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
