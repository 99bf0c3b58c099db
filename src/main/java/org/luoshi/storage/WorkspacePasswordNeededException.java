package org.luoshi.storage;

/**
 * The server asked for a password and none was found in {@code ~/.pgpass} (or {@code PGPASSFILE}),
 * or the one given was refused: the window asks for it and calls
 * {@link Workspace#openServer(ServerAddress, char[])} again; the command line says to put it in
 * {@code ~/.pgpass}. The message names the address, never a password.
 */
public final class WorkspacePasswordNeededException extends WorkspaceException {

    private final transient ServerAddress address;
    private final boolean refused;

    WorkspacePasswordNeededException(ServerAddress address, boolean refused, Throwable cause) {
        super((refused ? "The server refused the password for " : "The server asks for a password for ")
                + address.display() + (refused ? "." : "; none was found in ~/.pgpass (or PGPASSFILE)."), cause);
        this.address = address;
        this.refused = refused;
    }

    /** The server and role the password is for. */
    public ServerAddress address() {
        return address;
    }

    /** Whether a password was given (typed, or from ~/.pgpass) and refused, rather than missing. */
    public boolean refused() {
        return refused;
    }
}
