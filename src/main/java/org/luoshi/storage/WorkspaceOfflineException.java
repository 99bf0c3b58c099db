package org.luoshi.storage;

/**
 * The server of a workspace could not be reached, or went away mid-work: nothing of the work that
 * failed was committed. The window says it is offline and tries again later; the command line says
 * so in one line.
 */
public final class WorkspaceOfflineException extends WorkspaceException {

    WorkspaceOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
