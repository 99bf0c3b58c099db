package org.luoshi.storage;

import java.nio.file.Path;

/** The workspace is open in another Luoshi window; nothing was read or written. */
public final class WorkspaceInUseException extends WorkspaceException {
    private final transient Path workspace;

    WorkspaceInUseException(Path workspace) {
        super("The workspace " + workspace + " is already open in another Luoshi window.");
        this.workspace = workspace;
    }

    /** The workspace file, absolute. */
    public Path workspace() {
        return workspace;
    }
}
