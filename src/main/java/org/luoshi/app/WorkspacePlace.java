package org.luoshi.app;

import java.nio.file.Path;
import java.util.Objects;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * Where the window's workspace is: a file, or a database on the office's PostgreSQL server (its
 * address, never a password). What the window shows of it, remembers in the recent list and opens.
 *
 * @param file   the workspace file; null on a server
 * @param server the server's address; null for a file
 */
record WorkspacePlace(Path file, ServerAddress server) {
    WorkspacePlace {
        if ((file == null) == (server == null)) {
            throw new IllegalArgumentException("a workspace is a file or on a server");
        }
    }

    static WorkspacePlace of(Path file) {
        return new WorkspacePlace(Objects.requireNonNull(file, "file"), null);
    }

    static WorkspacePlace of(ServerAddress server) {
        return new WorkspacePlace(null, Objects.requireNonNull(server, "server"));
    }

    /** A file's path or a server's address ({@code postgresql://…}, see {@link ServerAddress#parse}). */
    static WorkspacePlace of(String location) {
        return ServerAddress.isServerLocation(location) ? of(ServerAddress.parse(location)) : of(Path.of(location));
    }

    boolean onServer() {
        return server != null;
    }

    /** What the window shows: the file's path, or {@code postgresql://user@host:port/db}. */
    String display() {
        return server != null ? server.display() : file.toString();
    }

    /** What File → 最近的工作区 keeps: the file's absolute path, or the address with its options (no password). */
    String location() {
        return server != null ? server.url() : file.toAbsolutePath().toString();
    }

    /** Opens it: the file as {@link Workspace#open(Path)}, the server with the password of {@code ~/.pgpass}. */
    Workspace open() {
        return server != null ? Workspace.openServer(server, null) : Workspace.open(file);
    }
}
