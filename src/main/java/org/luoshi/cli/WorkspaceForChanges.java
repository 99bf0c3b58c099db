package org.luoshi.cli;

import java.nio.file.Path;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import org.luoshi.storage.WorkspaceLock;
import org.luoshi.storage.WorkspaceRefusedException;

/**
 * A workspace opened by a command that changes it (import, import-json, calendar load/set/unset):
 * it holds the workspace's lock first, as a window does, so a command never writes under an open
 * window, which would go on showing the workspace without the change, nor under another command.
 * The lock names the command ({@link LuoshiCommand} tells which one runs), so whoever is refused
 * meanwhile is told what holds the workspace. Commands that only read need no lock.
 */
final class WorkspaceForChanges implements AutoCloseable {
    /** The command this process runs, as the user typed it ("import", "calendar set"). */
    private static volatile String running = "";

    private final WorkspaceLock lock;
    private final Workspace workspace;

    private WorkspaceForChanges(WorkspaceLock lock, Workspace workspace) {
        this.lock = lock;
        this.workspace = workspace;
    }

    /** Names the command this process runs, for the lock it may take. */
    static void running(String command) {
        running = command == null ? "" : command;
    }

    /**
     * @throws WorkspaceInUseException   if a window or another command holds the workspace
     * @throws WorkspaceRefusedException if the file cannot be a workspace (several names, empty, …)
     * @throws WorkspaceException        if it cannot be opened
     */
    static WorkspaceForChanges open(Where where) {
        if (where.onServer()) {
            // A server keeps several people's changes apart itself: no lock file. A role that may only
            // read is refused here, before the command does anything.
            Workspace ws = where.openChecked();
            if (ws.readOnly()) {
                ws.close();
                throw new WorkspaceException(Messages.get("cli.error.readOnly", where));
            }
            return new WorkspaceForChanges(null, ws);
        }
        return open(where.file());
    }

    static WorkspaceForChanges open(Path file) {
        WorkspaceLock lock = null;
        try {
            lock = WorkspaceLock.acquire(file, WorkspaceLock.Holder.command(running));
        } catch (WorkspaceInUseException | WorkspaceRefusedException e) {
            throw e;
        } catch (WorkspaceException e) {
            // A folder where files cannot be locked (some network shares): SQLite still keeps the
            // file consistent, so go on unguarded, as the window does.
        }
        try {
            // The file the lock guards (its real path), not a name that may meanwhile point elsewhere.
            return new WorkspaceForChanges(lock, Workspace.openChecked(lock != null ? lock.workspace() : file));
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** The one line that says what holds the workspace and that nothing was changed. */
    static String inUse(WorkspaceInUseException e) {
        WorkspaceLock.Holder holder = e.holder().orElse(null);
        if (holder == null) {
            return Messages.get("cli.error.inUseByUnknown", e.workspace());
        }
        String process = holder.otherUser()
                ? Messages.get("lock.processOfUser", String.valueOf(holder.pid()), holder.user())
                : Messages.get("lock.process", String.valueOf(holder.pid()));
        if (holder.kind() == WorkspaceLock.Holder.Kind.WINDOW) {
            return Messages.get("cli.error.inUse", e.workspace(), process);
        }
        return Messages.get("cli.error.inUseByCommand", e.workspace(),
                holder.command().isEmpty() ? "…" : holder.command(), process);
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
