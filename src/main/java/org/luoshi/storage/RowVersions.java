package org.luoshi.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of the rows a person edits (schema 9): plans, tasks, milestones, progress entries,
 * units, rounds, received forms and requests each carry {@code version}, {@code changed_by} and
 * {@code changed_at}. An edit claims the row it changes with {@link #advance}: {@code UPDATE … SET
 * version = version + 1 … WHERE id = ? AND version = ?}, with the version it read; 0 rows means
 * someone else changed (or removed) the row in between, and nothing is written. On a server the
 * claimed row stays locked until the transaction ends, so a second client claiming it waits, then
 * finds the new version. On a file SQLite's one writer does the same.
 *
 * <p>It also remembers which versions this workspace connection wrote itself (kept only once their
 * transaction committed), so that an edit can tell a row changed by its own earlier edit from a row
 * someone else changed ({@link #ownVersion}).
 */
public final class RowVersions {

    /** The tables whose rows carry a version. */
    public enum Row {
        PLAN("plan"), TASK("task"), MILESTONE("milestone"), PROGRESS("progress"), UNIT("unit"),
        ROUND("round"), SUBMISSION("round_submission"), REQUEST("task_request");

        private final String table;

        Row(String table) {
            this.table = table;
        }

        /** The table's name. */
        public String table() {
            return table;
        }
    }

    private record Key(Row row, long id) {
    }

    private final Database db;
    private final Clock clock;
    private volatile String editor = "";
    /** Versions this connection wrote, committed. */
    private final Map<Key, Long> own = new ConcurrentHashMap<>();
    /** Versions written in the transaction under way (I/O thread only). */
    private final Map<Key, Long> pending = new HashMap<>();

    RowVersions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.onTransactionEnd(committed -> {
            if (committed) {
                own.putAll(pending);
            }
            pending.clear();
        });
    }

    /**
     * Names the person written as {@code changed_by} on a file (the user name of the settings); on a
     * server the role is written instead. Any thread.
     */
    public void editAs(String person) {
        editor = person == null ? "" : person.strip();
    }

    /** The row's version and last change, or empty if there is no such row. */
    public Optional<RowStamp> stamp(Row row, long id) {
        Objects.requireNonNull(row, "row");
        return db.inTransaction("read the version of a " + row.table(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT version, changed_by, changed_at FROM " + row.table() + " WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<RowStamp>empty();
                }
            }
        });
    }

    /**
     * Claims the row for a change built on version {@code expected}: moves it to the next version,
     * stamped with the editor and the time, and returns that stamp; empty when the row is not at
     * {@code expected} (changed since, or removed), and then nothing is written. Part of the
     * caller's transaction.
     */
    public Optional<RowStamp> advance(Row row, long id, long expected) {
        return write(row, id, expected);
    }

    /**
     * Stamps a change that is not built on a version the person saw (a form applied, a decision
     * recorded): the next version, whatever the row holds. Empty if there is no such row.
     */
    public Optional<RowStamp> touch(Row row, long id) {
        return write(row, id, -1);
    }

    /**
     * Holds the rows until the caller's transaction ends (on a server: {@code SELECT … FOR UPDATE}, in
     * id order), so that what is read of them next is what the change replaces: another client's
     * change of the same rows waits, or has committed and is read. A file has one writer at a time
     * already: nothing to do.
     */
    public void hold(Row row, java.util.Collection<Long> ids) {
        Objects.requireNonNull(row, "row");
        if (ids.isEmpty() || db.dialect() != Dialect.POSTGRESQL) {
            return;
        }
        db.inTransaction("hold the " + row.table() + " rows", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM " + row.table() + " WHERE id = ANY (?) ORDER BY id FOR UPDATE")) {
                ps.setArray(1, c.createArrayOf("bigint", ids.toArray(new Long[0])));
                ps.executeQuery().close();
            }
            return null;
        });
    }

    /** Whether this connection itself wrote {@code version} of the row (committed). */
    public boolean ownVersion(Row row, long id, long version) {
        Key key = new Key(row, id);
        Long mine = pending.containsKey(key) ? pending.get(key) : own.get(key);
        return mine != null && mine == version;
    }

    private Optional<RowStamp> write(Row row, long id, long expected) {
        Objects.requireNonNull(row, "row");
        boolean server = db.dialect() == Dialect.POSTGRESQL;
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()).withNano(0);
        String sql = "UPDATE " + row.table() + " SET version = version + 1, changed_by = "
                + (server ? "current_user" : "?") + ", changed_at = ? WHERE id = ?"
                + (expected >= 0 ? " AND version = ?" : "")
                + " RETURNING version, changed_by, changed_at";
        Optional<RowStamp> written = db.inTransaction("change a " + row.table(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (!server) {
                    ps.setString(i++, editor);
                }
                ps.setString(i++, at.toString());
                ps.setLong(i++, id);
                if (expected >= 0) {
                    ps.setLong(i, expected);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<RowStamp>empty();
                    }
                    RowStamp stamp = read(rs);
                    pending.put(new Key(row, id), stamp.version()); // kept when this transaction commits
                    return Optional.of(stamp);
                }
            }
        });
        return written;
    }

    private static RowStamp read(ResultSet rs) throws java.sql.SQLException {
        String at = rs.getString(3);
        return new RowStamp(rs.getLong(1), rs.getString(2), at == null || at.isBlank() ? null : LocalDateTime.parse(at));
    }
}
