package org.luoshi.storage;

/**
 * A write refused because the workspace is open read-only: the server's role may only read. Nothing
 * was written. The message names the workspace and the role, one sentence.
 */
public final class WorkspaceReadOnlyException extends WorkspaceException {

    WorkspaceReadOnlyException(String workspace, Throwable cause) {
        super("The workspace " + workspace + " is open read-only (the role may not change it); nothing was changed.",
                cause);
    }
}
