package org.luoshi.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An open workspace file: every plan, unit and task the user keeps, in one SQLite database.
 * Open it once, share it, close it when the window closes. Every edit made through its
 * repositories is committed when the call returns, so there is nothing to "save".
 */
public final class Workspace implements AutoCloseable {

    private final Database db;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final TaskRepository tasks;
    private final CalendarRepository calendar;
    private final ReminderRepository reminders;
    private final SettingRepository settings;
    private final RoundRepository rounds;
    private final HistoryRepository history;
    private final NoticeRepository notices;
    private final ChaseRepository chases;
    private final RequestRepository requests;

    private final boolean created;
    /** The server's address; null for a file. */
    private final ServerAddress server;
    private final RowVersions versions;

    private Workspace(Database db, Clock clock, boolean created) {
        this(db, clock, created, null);
    }

    private Workspace(Database db, Clock clock, boolean created, ServerAddress server) {
        this.db = db;
        this.created = created;
        this.server = server;
        this.plans = new PlanRepository(db);
        this.units = new UnitRepository(db);
        this.tasks = new TaskRepository(db);
        this.calendar = new CalendarRepository(db, clock);
        this.reminders = new ReminderRepository(db);
        this.settings = new SettingRepository(db);
        this.rounds = new RoundRepository(db);
        this.history = new HistoryRepository(db);
        this.notices = new NoticeRepository(db);
        this.chases = new ChaseRepository(db);
        this.requests = new RequestRepository(db);
        this.versions = new RowVersions(db, clock);
    }

    /**
     * Opens the workspace file, creating it (and its folder) if missing and bringing an older
     * schema up to date. The file opened is the real one (symbolic links followed, see
     * {@link WorkspaceFile}); only a file made by this call is set up as a new workspace.
     *
     * @throws WorkspaceRefusedException if the file has several names (hard links), is empty or
     *                                   blank, is an empty database Luoshi did not make, …; such a
     *                                   file is left untouched
     * @throws WorkspaceException        if the file is not a Luoshi workspace, was written by a newer
     *                                   Luoshi, or cannot be opened; such a file is left untouched
     */
    public static Workspace open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps the time of calendar changes. */
    public static Workspace open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        WorkspaceFile.Target target = WorkspaceFile.resolve(file);
        boolean created = false;
        if (!target.exists()) {
            created = WorkspaceFile.create(target.path());
            // Made by this call or, a moment earlier, by another process: checked as any existing file.
            target = WorkspaceFile.resolve(target.path());
        }
        Database db = Database.open(target.path());
        try {
            // Decide what the file is before the first write (WAL switch, migrations).
            Database.Header header = db.readHeader();
            Migrations.checkCanOpen(header, db.file());
            WorkspaceFile.checkStillSame(target, db.file());
            if (!header.hasSchema()) {
                db.useWriteAheadLog();
                Migrations.apply(db);
                db.knownSound(); // made just now: nothing in it to be damaged
                return new Workspace(db, clock, created);
            }
            if (created) {
                db.knownSound(); // made by this call: nothing in it to be damaged
            }
            if (header.userVersion() < Migrations.latest()) {
                db.requireSound(); // a damaged file is not upgraded: the upgrade would write into it
            }
            if (!"wal".equalsIgnoreCase(db.journalMode()) && db.check().isSound()) {
                db.useWriteAheadLog(); // a damaged file stays as it is, read-only
            }
            Migrations.apply(db);
            return new Workspace(db, clock, created);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the workspace in a database on a PostgreSQL server, setting it up if the database is
     * empty and bringing an older schema up to date (as the database's owner). A role that may only
     * read opens it {@link #readOnly()}.
     *
     * @param passwordOrNull the password typed by the person, or null to look in {@code ~/.pgpass}
     *                       (or {@code PGPASSFILE}) as PostgreSQL's own tools do; not kept
     * @throws WorkspacePasswordNeededException if the server asks for a password and none was found, or
     *                                          it was refused: ask for it and call again
     * @throws WorkspaceOfflineException        if the server cannot be reached
     * @throws WorkspaceException               if the database is another program's, or holds a newer
     *                                          schema, or the role may not open it
     */
    public static Workspace openServer(ServerAddress address, char[] passwordOrNull) {
        return openServer(address, passwordOrNull, Clock.systemUTC());
    }

    /** As {@link #openServer(ServerAddress, char[])}, with the clock that stamps calendar changes. */
    public static Workspace openServer(ServerAddress address, char[] passwordOrNull, Clock clock) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(clock, "clock");
        Database db = Database.openServer(address, passwordOrNull);
        try {
            ServerSchema.prepare(db, Migrations.all());
            return new Workspace(db, clock, false, address);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens a workspace named as the person typed it: a server's address ({@code postgresql://…},
     * see {@link ServerAddress#parse(String)}; password from {@code ~/.pgpass}) or a file's path.
     * A file is opened as {@link #openChecked(Path)} opens it.
     */
    public static Workspace openLocation(String location) {
        Objects.requireNonNull(location, "location");
        if (ServerAddress.isServerLocation(location)) {
            return openServer(ServerAddress.parse(location), null);
        }
        return openChecked(Path.of(location));
    }

    /**
     * Copies the whole workspace at {@code fromLocation} into the one at {@code toLocation} — each a
     * file's path or a server's address ({@code postgresql://…}, password from ~/.pgpass) — in one
     * transaction, checked table by table (row counts and checksums read back from the target) before
     * it is committed. A target file that does not exist is made; one that is made and then not
     * filled is removed again. The source is only read.
     *
     * @throws WorkspaceNotEmptyException if the target already holds anything; nothing is written
     * @throws WorkspaceException         if either cannot be opened, the source file does not exist,
     *                                    both name the same workspace, or the check finds a difference
     */
    public static CopyReport copy(String fromLocation, String toLocation) {
        Objects.requireNonNull(fromLocation, "fromLocation");
        Objects.requireNonNull(toLocation, "toLocation");
        boolean fromServer = ServerAddress.isServerLocation(fromLocation);
        boolean toServer = ServerAddress.isServerLocation(toLocation);
        if (!fromServer && !java.nio.file.Files.isRegularFile(Path.of(fromLocation))) {
            throw new WorkspaceException("No workspace at " + Path.of(fromLocation).toAbsolutePath() + ".");
        }
        String fromName = fromServer ? ServerAddress.parse(fromLocation).display()
                : WorkspaceFile.realPath(Path.of(fromLocation)).toString();
        String toName = toServer ? ServerAddress.parse(toLocation).display()
                : WorkspaceFile.realPath(Path.of(toLocation)).toString();
        if (fromName.equals(toName)) {
            throw new WorkspaceException("The workspace " + fromName + " cannot be copied onto itself.");
        }
        try (Workspace from = openLocation(fromLocation)) {
            Workspace to = toServer ? openLocation(toLocation) : open(Path.of(toLocation));
            boolean made = to.created();
            boolean done = false;
            try {
                CopyReport report = new CopyReport(from.displayName(), to.displayName(), WorkspaceCopy.copy(from, to));
                done = true;
                return report;
            } finally {
                Path file = to.file();
                to.close();
                if (made && !done && file != null) {
                    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                        try {
                            java.nio.file.Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                        } catch (java.io.IOException e) {
                            // left behind: an empty workspace, which a second try may copy into
                        }
                    }
                }
            }
        }
    }

    /**
     * As {@link #open(Path)}, then the file is checked ({@link #requireSound()}): what every command
     * line command uses, so that all of them agree on whether a file is damaged.
     *
     * @throws WorkspaceDamagedException if the file is damaged; it is left as it was
     */
    public static Workspace openChecked(Path file) {
        Workspace ws = open(file);
        try {
            ws.requireSound();
            return ws;
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /**
     * Checks the file without writing to it — not even the log or lock files SQLite keeps beside
     * an open file — and without upgrading it: the same check as {@link #check()}.
     *
     * @throws WorkspaceException if there is no such file, or it is not a Luoshi workspace at all
     */
    public static WorkspaceCheck check(Path file) {
        try (Database db = Database.openReadOnly(file)) {
            Database.Header header;
            try {
                header = db.readHeader();
            } catch (WorkspaceDamagedException e) {
                return e.check();
            }
            Migrations.checkCanOpen(header, db.file());
            return db.check();
        }
    }

    /**
     * Copies what can still be read of the workspace {@code from} into the new workspace {@code to},
     * made by the usual migrations, table by table, parents first, skipping rows and pages that
     * cannot be read; {@code from} is only read. {@code to} must not exist.
     *
     * @throws WorkspaceException if {@code to} exists, or {@code from} is missing or not a workspace
     */
    public static RecoveryReport recover(Path from, Path to) {
        return Recovery.run(from, to);
    }

    /**
     * The one check of the file, run on first call (reads every page: about 0.1 s for 10,000 tasks)
     * and remembered. A damaged file gets no more writes from this workspace: each is refused with
     * a {@link WorkspaceDamagedException}. The window calls it on its I/O thread right after
     * opening; a write made before that runs it first, before it is committed.
     */
    public WorkspaceCheck check() {
        return db.check();
    }

    /**
     * Checks the file if that has not been done yet, and refuses a damaged one.
     *
     * @throws WorkspaceDamagedException if it is damaged
     */
    public void requireSound() {
        db.requireSound();
    }

    /** The workspace file, absolute, every symbolic link followed; null for a workspace on a server. */
    public Path file() {
        return db.file();
    }

    /** The server's address, if the workspace is on a server. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** Whether the workspace is on a PostgreSQL server rather than in a file. */
    public boolean onServer() {
        return server != null;
    }

    /**
     * Whether nothing may be changed: the server's role may only read (every write is then refused
     * with a {@link WorkspaceReadOnlyException}). A file: false (a damaged file refuses writes its own way).
     */
    public boolean readOnly() {
        return db.roleReadOnly();
    }

    /**
     * How many changes other people (other clients of the same server workspace) committed since
     * the last call: every commit that writes anything announces itself with PostgreSQL's
     * {@code NOTIFY}, and this reads the notices the server has already sent, without waiting. The
     * first call starts listening and gives 0. A file: always 0. Call it from the workspace's own
     * thread (the window's I/O runner), a few times a second; when it is above 0, read again what
     * is on show.
     */
    public int othersChanges() {
        return db.othersChanges();
    }

    /**
     * Starts listening, on a connection and a thread of their own, for the changes other clients of this
     * server workspace commit, and for the server going away while nothing else happens (see
     * {@link ChangeWatch}); this workspace's own commits are left out. A file: null — no connection, no
     * thread, no timer (its lock keeps other writers out). Any thread; close the watch when done.
     */
    public ChangeWatch watchOthers(ChangeWatch.Listener listener) {
        return watchOthers(listener, ChangeWatch.HEARTBEAT);
    }

    /** As {@link #watchOthers(ChangeWatch.Listener)}, asking after {@code heartbeat} of quiet whether the server is there. */
    public ChangeWatch watchOthers(ChangeWatch.Listener listener, java.time.Duration heartbeat) {
        return db.watch(listener, heartbeat);
    }

    /**
     * Which plans changed: plan id → a stamp that changes with every commit writing anything a whole plan
     * is read from (see {@link PlanStamps}). Compare two readings and read again only the plans whose
     * stamp differs. A file: empty (nobody else writes it while it is open).
     */
    public java.util.Map<Long, String> planStamps() {
        return PlanStamps.read(db);
    }

    /**
     * Whether the workspace can be reached now: a file always; a server's connection is checked,
     * and made again if the server had gone away and is back. A transaction after the server went
     * away connects again first as well, so the window only needs this to say "offline" / "back".
     */
    public boolean online() {
        return db.online();
    }

    /** What to call the workspace to the person: the file's path, or the server's address (never a password). */
    public String displayName() {
        return server != null ? server.display() : String.valueOf(db.file());
    }

    /** Whether opening made the file: a new workspace, which has no plans yet. */
    public boolean created() {
        return created;
    }

    /** Whole plans: save after import, list, load, delete. */
    public PlanRepository plans() {
        return plans;
    }

    /** The directory of units shared by all plans. */
    public UnitRepository units() {
        return units;
    }

    /** Edits of single tasks: progress, milestones, status, text. */
    public TaskRepository tasks() {
        return tasks;
    }

    /** The user's changes to the working-day calendar: loaded holiday files, edited days. */
    public CalendarRepository calendar() {
        return calendar;
    }

    /** Reminder rules, snoozes, dismissals, done marks and the last run. */
    public ReminderRepository reminders() {
        return reminders;
    }

    /** Progress rounds and the forms received in them. */
    public RoundRepository rounds() {
        return rounds;
    }

    /** The record of every stored edit: who, when, what changed. */
    public HistoryRepository history() {
        return history;
    }

    /** 督办 / 催办 notices issued. */
    public NoticeRepository notices() {
        return notices;
    }

    /** The chase log of tasks. */
    public ChaseRepository chases() {
        return chases;
    }

    /** Extension and closing requests with their decisions, and the evidence files of closings. */
    public RequestRepository requests() {
        return requests;
    }

    /** The versions of the rows a person edits: read, claim for a change, stamp. */
    public RowVersions versions() {
        return versions;
    }

    /** Settings stored in the workspace file. */
    public SettingRepository settings() {
        return settings;
    }

    /**
     * Runs {@code work} as one transaction: every repository call inside it joins, and all of them
     * are committed together or, if {@code work} throws, none of them. An edit that reads the old
     * value and writes the new one uses this, so no one sees half of it.
     *
     * @param what what the work does, for an error message ("change the task's status")
     */
    public <T> T inTransaction(String what, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return db.inTransaction(what, c -> work.get());
    }

    /** SQLite's consistency check of the whole file: "ok", or the problems, one per line. */
    public String integrityCheck() {
        return db.integrityCheck();
    }

    /** The connection, for tests in this package that look under the repositories. */
    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
