package org.luoshi.cli;

import java.nio.file.Path;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * Where a command's workspace is: a file, or a database on a PostgreSQL server
 * ({@code --workspace postgresql://host/db?user=NAME}). The password of a server comes from
 * {@code ~/.pgpass} (or {@code PGPASSFILE}), never from the command line.
 *
 * @param file   the workspace file; null for a server
 * @param server the server's address; null for a file
 */
record Where(Path file, ServerAddress server) {

    static Where of(String location, Path defaultFile) {
        if (location == null || location.isBlank()) {
            return new Where(defaultFile, null);
        }
        if (ServerAddress.isServerLocation(location)) {
            return new Where(null, ServerAddress.parse(location));
        }
        return new Where(Path.of(location), null);
    }

    boolean onServer() {
        return server != null;
    }

    /** Opens the workspace to read it: a file checked for damage ({@link Workspace#openChecked(Path)}), or the server's. */
    Workspace openChecked() {
        return server != null ? Workspace.openServer(server, null) : Workspace.openChecked(file);
    }

    /** The file's path or the server's address, as messages name the workspace (never a password). */
    @Override
    public String toString() {
        return server != null ? server.display() : String.valueOf(file);
    }
}
