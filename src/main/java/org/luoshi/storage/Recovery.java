package org.luoshi.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Workspace#recover}: a row-by-row copy of what a damaged workspace still gives into a new
 * one made by the normal migrations. SQLite's {@code .recover} (which also reads orphaned pages) is
 * part of the sqlite3 shell, not of the library sqlite-jdbc carries, so this reads through SQL:
 * table by table, parents first, every row reachable from the table's own B-tree, seeking past
 * pages that cannot be read ({@link RowScanner}). Rows that refer to a row that was lost (a task
 * whose plan is gone) are refused by the new file's foreign keys and reported. The damaged file is
 * opened read-only and is never written.
 */
final class Recovery {
    private static final int MAX_LINES = 20;

    private Recovery() {
    }

    static RecoveryReport run(Path from, Path to) {
        Path source = from.toAbsolutePath().normalize();
        Path target = to.toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-journal")) {
            Path p = target.resolveSibling(target.getFileName() + suffix);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new WorkspaceException("The file " + p + " exists already: recovery writes only into a new "
                        + "file (nothing was written).");
            }
        }
        try (Database damaged = Database.openReadOnly(source)) {
            List<String> notes = new ArrayList<>();
            Map<String, Tables.Table> sourceTables = sourceTables(damaged, source, notes);
            try {
                return copy(damaged, sourceTables, source, target, notes);
            } catch (RuntimeException | Error e) {
                deletePartial(target, e);
                throw e;
            }
        }
    }

    /** The damaged file's tables, or a refusal if even its schema cannot be read. */
    private static Map<String, Tables.Table> sourceTables(Database damaged, Path source, List<String> notes) {
        try {
            Database.Header header = damaged.readHeader();
            Migrations.checkCanOpen(header, source);
            if (header.userVersion() < Migrations.latest()) {
                notes.add("the damaged file has schema " + header.userVersion() + "; columns added since then get "
                        + "their defaults");
            }
            Map<String, Tables.Table> tables = new LinkedHashMap<>();
            damaged.outsideTransaction("read the list of tables", c -> Tables.of(c))
                    .forEach(t -> tables.put(t.name(), t));
            return tables;
        } catch (WorkspaceDamagedException e) {
            throw new WorkspaceException("Nothing can be recovered from " + source + ": its list of tables cannot "
                    + "be read (" + e.check().firstProblem() + "); nothing was written.", e);
        }
    }

    private static RecoveryReport copy(Database damaged, Map<String, Tables.Table> sourceTables, Path source,
            Path target, List<String> notes) {
        List<RecoveryReport.Table> reports = new ArrayList<>();
        try (Workspace fresh = Workspace.open(target)) {
            Database db = fresh.database();
            List<Tables.Table> targetTables = Tables.parentsFirst(db.outsideTransaction("read the new schema", Tables::of));
            for (Tables.Table t : targetTables) {
                Tables.Table old = sourceTables.get(t.name());
                if (old == null) {
                    notes.add("the table " + t.name() + " is not in the damaged file");
                    reports.add(new RecoveryReport.Table(t.name(), 0, 0, 0, List.of(), 0));
                    continue;
                }
                reports.add(copyTable(damaged, old, db, t));
            }
            copySequences(damaged, db);
            WorkspaceCheck result = fresh.check();
            return new RecoveryReport(source, target, reports, notes, result);
        }
    }

    private static RecoveryReport.Table copyTable(Database damaged, Tables.Table old, Database db, Tables.Table t) {
        List<String> columns = t.columnNames().stream().filter(old.columnNames()::contains).toList();
        Map<String, long[]> refusedWhy = new LinkedHashMap<>();
        Map<String, String> refusedExample = new LinkedHashMap<>();
        long[] copied = {0};
        RowScanner scanner = damaged.outsideTransaction("read " + t.name(), c -> new RowScanner(c, old, columns));
        long inFile = scanner.rowsByIndex() >= 0 ? scanner.rowsByIndex()
                : damaged.outsideTransaction("count " + t.name(), c -> count(c, old));
        db.inTransaction("recover the table " + t.name(), tc -> {
            String insert = "INSERT INTO " + Tables.quote(t.name()) + " ("
                    + String.join(", ", columns.stream().map(Tables::quote).toList()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement ps = tc.prepareStatement(insert)) {
                damaged.outsideTransaction("read " + t.name(), sc -> {
                    scanner.scan(row -> {
                        try {
                            for (int i = 0; i < row.length; i++) {
                                ps.setObject(i + 1, row[i]);
                            }
                            ps.executeUpdate();
                            copied[0]++;
                        } catch (SQLException e) {
                            String why = why(t, e);
                            refusedWhy.computeIfAbsent(why, w -> new long[1])[0]++;
                            refusedExample.putIfAbsent(why, describe(columns, row));
                        }
                    });
                    return null;
                });
            }
            return null;
        });
        List<String> lost = new ArrayList<>(scanner.skipped());
        refusedWhy.forEach((why, n) -> lost.add(n[0] == 1 ? refusedExample.get(why) + " was left out: " + why
                : n[0] + " rows read were left out (" + refusedExample.get(why) + ", …): " + why));
        long refused = refusedWhy.values().stream().mapToLong(n -> n[0]).sum();
        if (scanner.madeUp() > 0) {
            lost.add(scanner.madeUp() + " rows read from a damaged page were left out: the table's index has no "
                    + "such rows (the damage made them up)");
        }
        long unread = inFile >= 0 ? Math.max(0, inFile - scanner.read()) : scanner.rowsSkipped();
        if (inFile >= 0 && unread > scanner.rowsSkipped() && !scanner.skipped().isEmpty()) {
            lost.add(unread + " rows in all could not be read");
        }
        // Where the file can count the table, what is lost is what it has and the copy has not (a
        // damaged page can also give rows that were never there; they are refused and not counted).
        long lostRows = inFile >= 0 ? Math.max(0, inFile - copied[0]) : scanner.rowsSkipped() + refused;
        return new RecoveryReport.Table(t.name(), inFile, scanner.read(), copied[0],
                lost.subList(0, Math.min(lost.size(), MAX_LINES)), lostRows);
    }

    /** How many rows the damaged file says the table has (any index will do), or -1 if it cannot say. */
    private static long count(Connection c, Tables.Table t) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Tables.quote(t.name()))) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static String describe(List<String> columns, Object[] row) {
        int id = columns.indexOf("id");
        int at = id >= 0 ? id : 0;
        return "the row with " + columns.get(at) + " " + row[at];
    }

    /** Why the new workspace refused a row: mostly a row whose parent row was lost. */
    private static String why(Tables.Table t, SQLException e) {
        String reason = WorkspaceException.reason(e);
        if (reason.contains("FOREIGN KEY")) {
            List<String> parents = t.foreignKeys().stream().map(Tables.ForeignKey::parent).distinct().toList();
            return parents.size() == 1 ? "the " + parents.get(0) + " it belongs to was lost"
                    : "a row it refers to (" + String.join(", ", parents) + ") was lost";
        }
        return reason;
    }

    /**
     * AUTOINCREMENT counters: the new file goes on from where the damaged one stopped, so the id of
     * a deleted plan is not given out again. Best effort: a damaged counter table is passed over.
     */
    private static void copySequences(Database damaged, Database db) {
        Map<String, Long> sequences = damaged.outsideTransaction("read the counters", c -> {
            Map<String, Long> found = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getLong(2));
                }
            } catch (SQLException e) {
                // Counters are a nicety: ids then go on from the highest id copied.
            }
            return found;
        });
        db.inTransaction("set the counters", c -> {
            for (Map.Entry<String, Long> e : sequences.entrySet()) {
                Optional<Long> now = sequence(c, e.getKey());
                if (now.isPresent() && now.get() < e.getValue()) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE sqlite_sequence SET seq = ? WHERE name = ?")) {
                        ps.setLong(1, e.getValue());
                        ps.setString(2, e.getKey());
                        ps.executeUpdate();
                    }
                } else if (now.isEmpty() && tableExists(c, e.getKey())) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                        ps.setString(1, e.getKey());
                        ps.setLong(2, e.getValue());
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static Optional<Long> sequence(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM sqlite_sequence WHERE name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A recovery that failed half-way leaves no half-made workspace behind. */
    private static void deletePartial(Path target, Throwable failure) {
        for (String suffix : List.of("-wal", "-shm", "")) {
            try {
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
