package org.luoshi.storage;

import java.nio.file.Path;
import java.util.Optional;

/** The workspace is held by another Luoshi window or command; nothing was read or written. */
public final class WorkspaceInUseException extends WorkspaceException {
    private final transient Path workspace;
    private final transient WorkspaceLock.Holder holder;

    WorkspaceInUseException(Path workspace, WorkspaceLock.Holder holder) {
        super(message(workspace, holder));
        this.workspace = workspace;
        this.holder = holder;
    }

    /** The workspace file, absolute. */
    public Path workspace() {
        return workspace;
    }

    /** What holds it, as its lock file says; empty if the lock file does not say. */
    public Optional<WorkspaceLock.Holder> holder() {
        return Optional.ofNullable(holder);
    }

    private static String message(Path workspace, WorkspaceLock.Holder holder) {
        if (holder == null) {
            return "The workspace " + workspace + " is in use by another Luoshi window or command.";
        }
        if (holder.kind() == WorkspaceLock.Holder.Kind.WINDOW) {
            return "The workspace " + workspace + " is already open in another Luoshi window.";
        }
        return "The workspace " + workspace + " is being changed by the Luoshi command \u201c"
                + holder.command() + "\u201d (process " + holder.pid() + ").";
    }
}
