package org.luoshi.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteErrorCode;

/**
 * The one SQLite connection of an open workspace. Opening only reads the file, so a file that is
 * not a workspace can be refused without being touched; {@link #useWriteAheadLog()} is the first
 * write and comes after the caller has checked what the file is.
 *
 * <p>Not for concurrent use from many threads by design: the app runs all I/O through one
 * background runner. The methods are synchronized anyway so that a stray second thread waits
 * instead of interleaving statements into someone else's transaction.
 */
final class Database implements AutoCloseable {

    /** How long a statement waits for another process's lock before giving up. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    /** What the file says it is, read before anything is written. */
    record Header(int applicationId, int userVersion, boolean hasSchema) {
    }

    private final Path file;
    private final Connection connection;
    private int transactionDepth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if missing) the SQLite file and sets the connection's pragmas. Nothing is
     * written to the file yet; a file SQLite cannot read is refused with a WorkspaceException.
     */
    static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        createParentDirectories(absolute);
        Connection connection;
        try {
            connection = DriverManager.getConnection(url(absolute));
        } catch (SQLException e) {
            throw WorkspaceException.cannotOpen(absolute, e);
        }
        Database db = new Database(absolute, connection);
        try {
            // Connection settings only: none of these writes to the file.
            db.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            db.execute("PRAGMA foreign_keys = ON");
            // FULL syncs the WAL on every commit: a committed edit survives a power cut, which
            // matters more here than the last bit of write speed.
            db.execute("PRAGMA synchronous = FULL");
            db.header(); // reads page 1: fails here, before any write, if this is not a database
            return db;
        } catch (SQLException e) {
            db.close();
            if (WorkspaceException.code(e) == SQLiteErrorCode.SQLITE_NOTADB) {
                throw WorkspaceException.notAWorkspace(absolute, "file is not a database", e);
            }
            throw WorkspaceException.cannotOpen(absolute, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * The JDBC address of the file. sqlite-jdbc reads what follows a '?' as connection options, so
     * a path with one goes as a file: URI (the plain form stays for every other path: a URI of a
     * Windows network share would need an authority SQLite refuses).
     */
    static String url(Path absolute) {
        String name = absolute.toString();
        return "jdbc:sqlite:" + (name.indexOf('?') >= 0 ? absolute.toUri().toASCIIString() : name);
    }

    static void createParentDirectories(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            // The JDK names only the path; say what it means.
            throw new WorkspaceException("Could not create the folder " + parent
                    + " for the workspace (a file of that name is in the way).", e);
        } catch (AccessDeniedException e) {
            throw new WorkspaceException("Could not create the folder " + parent
                    + " for the workspace (permission denied).", e);
        } catch (IOException e) {
            throw new WorkspaceException("Could not create the folder " + parent + " for the workspace ("
                    + WorkspaceException.reason(e) + ").", e);
        }
    }

    Path file() {
        return file;
    }

    /** What the file says it is, read in one snapshot. */
    Header readHeader() {
        return inTransaction("read the file", c -> header());
    }

    /** Reads the application id, schema version and whether any table exists. */
    synchronized Header header() throws SQLException {
        return new Header(intPragma("application_id"), intPragma("user_version"),
                queryLong("SELECT count(*) FROM sqlite_master") > 0);
    }

    /**
     * Switches the file to write-ahead logging: readers never block the writer, and a commit is one
     * append to the log, which is what makes a killed process harmless. Persistent in the file.
     */
    synchronized void useWriteAheadLog() {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rs.next() ? rs.getString(1) : "";
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new WorkspaceException("The workspace " + file
                        + " cannot use write-ahead logging (journal mode stayed " + mode + ").");
            }
        } catch (SQLException e) {
            throw WorkspaceException.failed(file, "prepare the file", e);
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or, on any exception, none of it
     * (rolled back, exception rethrown; SQL errors as a WorkspaceException that names
     * {@code what}). A call made inside another call's work joins that outer transaction, so
     * helpers such as {@code findOrCreate} can be used alone or as part of a larger save.
     *
     * @param what what the work does, for the error message ("save the plan")
     */
    synchronized <T> T inTransaction(String what, SqlWork<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw WorkspaceException.failed(file, what, e);
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw WorkspaceException.failed(file, what, e);
        }
        transactionDepth = 1;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw WorkspaceException.failed(file, what, e);
        } catch (RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
        } finally {
            transactionDepth = 0;
            restoreAutoCommit();
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void restoreAutoCommit() {
        try {
            // sqlite-jdbc begins the next transaction right after commit/rollback; going back to
            // auto-commit ends that empty one so the connection holds no transaction between edits.
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // Only fails if the connection is broken, and the next use will report that clearly.
        }
    }

    /** SQLite's full consistency check: "ok", or the problems found, one per line. */
    String integrityCheck() {
        return inTransaction("check the file", c -> {
            List<String> lines = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return String.join("\n", lines);
        });
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private int intPragma(String name) throws SQLException {
        return (int) queryLong("PRAGMA " + name);
    }

    private long queryLong(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw WorkspaceException.failed(file, "close the file", e);
        }
    }
}
