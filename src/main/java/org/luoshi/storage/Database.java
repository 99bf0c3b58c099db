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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The one SQLite connection of an open workspace. Opening only reads the file, so a file that is
 * not a workspace can be refused without being touched; {@link #useWriteAheadLog()} is the first
 * write and comes after the caller has checked what the file is.
 *
 * <p>A file that fails the one check ({@link DamageCheck}) gets no more writes: the check runs
 * before the first transaction of this connection that changes anything is committed (or earlier,
 * when asked through {@link #check()}); once a file is known to be damaged the connection is made
 * query-only, every write is refused with a {@link WorkspaceDamagedException}, and closing does not
 * copy the write-ahead log into the file.
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

    /** SQLite's primary result codes that say the file is damaged, or that a write was refused. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int SQLITE_READONLY = 8;

    private final Path file;
    /** The connection; on a server it is made again after the server went away ({@link #reconnectIfLost()}). */
    private Connection connection;
    private final boolean readOnly;
    private final Dialect dialect;
    /** What messages call the workspace: the file's path, or the server's address (never a password). */
    private final String name;
    /** Whether the role on the server may not write (a read-only role); always false for a file. */
    private boolean roleReadOnly;
    private int transactionDepth;
    /** What the check found; null until the file has been checked. */
    private WorkspaceCheck checked;
    /** Told when an outermost transaction ends (true: committed), so that what it noted can be kept or dropped. */
    private java.util.function.Consumer<Boolean> transactionEnd = committed -> { };

    private Database(Path file, Connection connection, boolean readOnly) {
        this(file, connection, readOnly, Dialect.SQLITE, String.valueOf(file));
    }

    private Database(Path file, Connection connection, boolean readOnly, Dialect dialect, String name) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.dialect = dialect;
        this.name = name;
    }

    /**
     * Connects to the workspace on a PostgreSQL server ({@link ServerConnections}): nothing is
     * written yet. A server keeps its own data sound, so the file check does not apply: the
     * workspace counts as checked.
     */
    static Database openServer(ServerAddress address, char[] password) {
        Connection connection = ServerConnections.connect(address, password);
        Database db = new Database(null, connection, false, Dialect.POSTGRESQL, address.display());
        db.checked = WorkspaceCheck.sound(null);
        db.server = address;
        db.password = password == null ? null : password.clone();
        return db;
    }

    /** The server and the password typed for it (null: ~/.pgpass), kept in memory only, to connect again. */
    private ServerAddress server;
    private char[] password;
    /** Whether the server went away under the connection: the next transaction connects again first. */
    private boolean lost;

    /**
     * After the server went away: connects again (a new session: the role's read-only mode and the
     * listening are set again). Still unreachable: a {@link WorkspaceOfflineException}, nothing done.
     */
    private void reconnectIfLost() {
        if (!lost) {
            return;
        }
        Connection fresh = ServerConnections.connect(server, password);
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the old one is broken anyway
        }
        connection = fresh;
        lost = false;
        try {
            if (roleReadOnly) {
                connection.setReadOnly(true);
            }
            if (listening) {
                execute("LISTEN " + CHANGE_CHANNEL);
            }
        } catch (SQLException e) {
            lost = true;
            throw failure("connect again", e);
        }
    }

    /** Whether the server is reachable now; for a file, always true. Connects again if it had gone away. */
    synchronized boolean online() {
        if (dialect != Dialect.POSTGRESQL) {
            return true;
        }
        try {
            reconnectIfLost();
            if (!connection.isValid(2)) {
                lost = true;
                return false;
            }
            return true;
        } catch (WorkspaceOfflineException e) {
            return false;
        } catch (SQLException e) {
            lost = true;
            return false;
        }
    }

    /** The channel on which every client of a server workspace announces its commits. */
    static final String CHANGE_CHANNEL = "luoshi_change";

    /** This connection's own name in the change notices, so that it can tell its own from others'. */
    private final String clientId = java.util.UUID.randomUUID().toString();
    private boolean listening;

    /**
     * Just before a transaction on the server commits: if it wrote anything, a notice on
     * {@link #CHANGE_CHANNEL} (PostgreSQL sends it to the listeners only if the commit succeeds).
     */
    private void announceChange() throws SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement(
                "SELECT pg_notify('" + CHANGE_CHANNEL + "', ?) WHERE txid_current_if_assigned() IS NOT NULL")) {
            ps.setString(1, clientId);
            ps.executeQuery().close();
        }
    }

    /**
     * How many commits of other clients were announced since the last call (0 for a file): the
     * first call starts listening. Reads only what the server has already sent; never waits.
     */
    synchronized int othersChanges() {
        if (dialect != Dialect.POSTGRESQL) {
            return 0;
        }
        if (transactionDepth == 0) {
            reconnectIfLost();
        }
        try {
            if (!listening) {
                execute("LISTEN " + CHANGE_CHANNEL);
                listening = true;
                return 0;
            }
            if (transactionDepth > 0) {
                return 0;
            }
            org.postgresql.PGNotification[] notes = connection.unwrap(org.postgresql.PGConnection.class).getNotifications();
            int others = 0;
            if (notes != null) {
                for (org.postgresql.PGNotification n : notes) {
                    if (CHANGE_CHANNEL.equals(n.getName()) && !clientId.equals(n.getParameter())) {
                        others++;
                    }
                }
            }
            return others;
        } catch (SQLException e) {
            throw failure("listen for other people's changes", e);
        }
    }

    /**
     * A {@link ChangeWatch} of this server workspace, on a connection of its own (same server, same
     * password), leaving out this connection's own notices; null for a file.
     */
    synchronized ChangeWatch watch(ChangeWatch.Listener listener, java.time.Duration heartbeat) {
        if (dialect != Dialect.POSTGRESQL) {
            return null;
        }
        return ChangeWatch.start(server, password, clientId, listener, heartbeat);
    }

    /** The SQL engine the workspace lives in. */
    Dialect dialect() {
        return dialect;
    }

    /** The file's path or the server's address, for messages. */
    String name() {
        return name;
    }

    /** Whether the server's role may only read; a file: false. */
    boolean roleReadOnly() {
        return roleReadOnly;
    }

    /** Marks the connection read-only: every transaction is begun READ ONLY, so the server refuses each write. */
    synchronized void useReadOnlyRole() {
        roleReadOnly = true;
        try {
            connection.setReadOnly(true);
        } catch (SQLException e) {
            throw failure("open the workspace read-only", e);
        }
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
        Database db = new Database(absolute, connection, false);
        try {
            // Connection settings only: none of these writes to the file.
            db.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            db.execute("PRAGMA foreign_keys = ON");
            // FULL syncs the WAL on every commit: a committed edit survives a power cut, which
            // matters more here than the last bit of write speed.
            db.execute("PRAGMA synchronous = FULL");
            db.detectDamageOnRead();
            db.header(); // reads page 1: fails here, before any write, if this is not a database
            return db;
        } catch (SQLException e) {
            db.close();
            throw openFailure(absolute, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens an existing file only to read it, never to write it (the check and recovery of a
     * damaged file). A file without a write-ahead log or rollback journal beside it is opened as
     * immutable: SQLite then takes no locks and leaves no {@code -wal} or {@code -shm} file behind;
     * otherwise it is opened read-only through the log, so that the commits in it are seen.
     */
    static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new WorkspaceException("No workspace at " + absolute + ".");
        }
        boolean inUse = Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"))
                || Files.exists(absolute.resolveSibling(absolute.getFileName() + "-journal"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        String url = inUse ? url(absolute) : "jdbc:sqlite:" + absolute.toUri().toASCIIString() + "?immutable=1";
        Connection connection;
        try {
            connection = config.createConnection(url);
        } catch (SQLException e) {
            throw WorkspaceException.cannotOpen(absolute, e);
        }
        Database db = new Database(absolute, connection, true);
        try {
            db.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            // A file cut short is refused whole ("malformed") unless the schema may be bent; on a
            // read-only connection that bends nothing and lets what is there be read.
            db.execute("PRAGMA writable_schema = ON");
            db.detectDamageOnRead();
            db.header();
            return db;
        } catch (SQLException e) {
            db.close();
            throw openFailure(absolute, e);
        }
    }

    private static WorkspaceException openFailure(Path file, SQLException e) {
        if (WorkspaceException.code(e) == SQLiteErrorCode.SQLITE_NOTADB) {
            return WorkspaceException.notAWorkspace(file, "file is not a database", e);
        }
        if (primaryCode(e) == SQLITE_CORRUPT) {
            List<String> problems = new ArrayList<>();
            DamageCheck.cutShort(file).ifPresent(problems::add);
            problems.add(WorkspaceException.reason(e));
            return new WorkspaceDamagedException(new WorkspaceCheck(file, problems), false, e);
        }
        return WorkspaceException.cannotOpen(file, e);
    }

    /**
     * SQLite checks each cell's size as it reads a page (a few per cent of a read's time): a damaged
     * page is then refused as malformed where it would otherwise be read as wrong rows.
     */
    private void detectDamageOnRead() throws SQLException {
        execute("PRAGMA cell_size_check = ON");
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
                throw failure(what, e);
            } finally {
                transactionDepth--;
            }
        }
        if (dialect == Dialect.POSTGRESQL) {
            reconnectIfLost();
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(what, e);
        }
        transactionDepth = 1;
        // Until the file has been checked, a transaction that changed anything is checked before
        // it is committed: the first write of a run never lands in a damaged file.
        boolean unchecked = checked == null && !readOnly;
        try {
            long changesBefore = unchecked ? totalChanges() : 0;
            T result = work.run(connection);
            if (unchecked && totalChanges() != changesBefore) {
                WorkspaceCheck found = DamageCheck.run(file, connection);
                if (found.isDamaged()) {
                    markDamaged(found);
                    throw new WorkspaceDamagedException(found, true, null);
                }
                checked = found;
            }
            if (dialect == Dialect.POSTGRESQL && !roleReadOnly) {
                announceChange();
            }
            connection.commit();
            transactionEnd.accept(true);
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            transactionEnd.accept(false);
            throw failure(what, e);
        } catch (RuntimeException | Error e) {
            rollbackAfter(e);
            transactionEnd.accept(false);
            throw e;
        } finally {
            transactionDepth = 0;
            restoreAutoCommit();
        }
    }

    /** Who hears the end of each outermost transaction (one listener: the workspace's {@link RowVersions}). */
    void onTransactionEnd(java.util.function.Consumer<Boolean> listener) {
        this.transactionEnd = java.util.Objects.requireNonNull(listener, "listener");
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

    /**
     * A statement failed: a damaged file (malformed, not a database) is remembered as damaged and
     * reported so; a write refused because the file is damaged says that, not "read-only".
     */
    private WorkspaceException failure(String what, SQLException e) {
        if (dialect == Dialect.POSTGRESQL) {
            WorkspaceException f = ServerConnections.failure(name, what, e, roleReadOnly);
            if (f instanceof WorkspaceOfflineException) {
                lost = true;
            }
            return f;
        }
        int code = primaryCode(e);
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            if (checked == null || checked.isSound()) {
                markDamaged(new WorkspaceCheck(file, List.of(WorkspaceException.reason(e))));
            }
            return new WorkspaceDamagedException(checked, false, e);
        }
        if (code == SQLITE_READONLY && checked != null && checked.isDamaged()) {
            return new WorkspaceDamagedException(checked, true, e);
        }
        return WorkspaceException.failed(file, what, e);
    }

    private static int primaryCode(SQLException e) {
        SQLiteErrorCode code = WorkspaceException.code(e);
        return code == null ? -1 : code.code & 0xFF;
    }

    /**
     * The one check of the file ({@link DamageCheck}), run once per connection and remembered: a
     * damaged file makes the connection query-only. Only reads.
     */
    synchronized WorkspaceCheck check() {
        if (checked == null) {
            // Statement by statement, not in one transaction: SQLite ends a transaction in which it
            // met a malformed page, and the check goes on past that.
            WorkspaceCheck found = outsideTransaction("check the file", c -> DamageCheck.run(file, c));
            if (found.isDamaged()) {
                markDamaged(found);
            } else {
                checked = found;
            }
        }
        return checked;
    }

    /** What the check found so far: null if the file has not been checked yet. */
    synchronized WorkspaceCheck checked() {
        return checked;
    }

    /** Runs the check if it has not run yet; a damaged file is refused. */
    synchronized void requireSound() {
        WorkspaceCheck found = check();
        if (found.isDamaged()) {
            throw new WorkspaceDamagedException(found, true, null);
        }
    }

    /** A file this connection has just created and filled with the schema has nothing to check. */
    synchronized void knownSound() {
        if (checked == null) {
            checked = WorkspaceCheck.sound(file);
        }
    }

    private void markDamaged(WorkspaceCheck found) {
        checked = found;
        try {
            // The hard stop: from now on SQLite itself refuses every write on this connection.
            execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            // The connection is broken; its next use reports that.
        }
    }

    private long totalChanges() throws SQLException {
        return queryLong("SELECT total_changes()");
    }

    /**
     * Runs {@code work} on the connection outside any transaction (each statement reads on its
     * own): for recovery, where one unreadable page must not end the reading of the rest.
     */
    synchronized <T> T outsideTransaction(String what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** The journal mode the file is in ("wal", "delete", …), read without changing it. */
    synchronized String journalMode() {
        if (dialect == Dialect.POSTGRESQL) {
            return "wal";
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw failure("read the journal mode", e);
        }
    }

    /** SQLite's full consistency check: "ok", or the problems found, one per line. */
    String integrityCheck() {
        if (dialect == Dialect.POSTGRESQL) {
            return "ok"; // the server keeps its own pages; nothing for Luoshi to check
        }
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

    /**
     * Closes the connection. The last connection to close copies the write-ahead log into the file
     * (a checkpoint); for a damaged file with anything in its log that would be a write, so a
     * read-only connection is held open meanwhile, which keeps SQLite from doing it: the log stays
     * beside the file as it was.
     */
    @Override
    public synchronized void close() {
        Connection guard = checked != null && checked.isDamaged() && !readOnly && logHasFrames() ? guard() : null;
        try {
            connection.close();
        } catch (SQLException e) {
            throw WorkspaceException.failed(name, "close the file", e);
        } finally {
            if (guard != null) {
                try {
                    guard.close();
                } catch (SQLException ignored) {
                    // A read-only connection: closing it writes nothing, and its failure changes nothing.
                }
            }
        }
    }

    /** Whether the write-ahead log holds anything a checkpoint would copy into the file. */
    private boolean logHasFrames() {
        try {
            Path log = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private Connection guard() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            Connection guard = config.createConnection(url(file));
            try (Statement s = guard.createStatement(); ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
                rs.next(); // a read takes the shared lock that keeps the other connection from checkpointing
            } catch (SQLException e) {
                // A page 1 too damaged to read: nothing to keep, close without it.
            }
            return guard;
        } catch (SQLException e) {
            return null;
        }
    }
}
