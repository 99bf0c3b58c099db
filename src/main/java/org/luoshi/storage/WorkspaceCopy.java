package org.luoshi.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Copies a whole workspace — plans, tasks, progress, rounds, requests with their evidence, history,
 * notices, the chase log, reminders, the calendar and the workspace's settings — from one engine to
 * another (a laptop's file to the office server, the server to a file for a meeting) or between two
 * of the same. Every table is copied row by row with its ids, and the id counters with them, so a
 * deleted task's id is not given out again (the history keeps what it did). The copy is written in
 * one transaction and checked before it is committed: each table's row count and a checksum of its
 * rows (order-free: a sum of each row's SHA-256, so the engines' different orders do not matter)
 * read back from the target must equal the source's. A target that holds anything is refused.
 */
final class WorkspaceCopy {

    /** Rows inserted per batch. */
    private static final int BATCH = 500;

    private WorkspaceCopy() {
    }

    static List<CopyReport.Table> copy(Workspace from, Workspace to) {
        Database source = from.database();
        Database target = to.database();
        if (to.readOnly()) {
            throw new WorkspaceReadOnlyException(to.displayName(), null);
        }
        return source.inTransaction("read the workspace to copy", sc -> {
            List<String> tables = tables(source.dialect(), sc);
            return target.inTransaction("copy the workspace", tc -> {
                List<String> targetTables = tables(target.dialect(), tc);
                if (!new TreeSet<>(tables).equals(new TreeSet<>(targetTables))) {
                    throw new WorkspaceException("The workspaces " + from.displayName() + " and " + to.displayName()
                            + " do not have the same tables; nothing was copied.");
                }
                for (String t : tables) {
                    if (count(tc, t) > 0) {
                        throw new WorkspaceNotEmptyException(to.displayName());
                    }
                }
                try (Statement s = tc.createStatement()) {
                    s.execute(target.dialect().deferForeignKeys());
                }
                List<CopyReport.Table> copied = new ArrayList<>();
                for (String t : tables) {
                    Sum sent = copyTable(sc, tc, t);
                    Sum found = sum(tc, t);
                    if (sent.rows != found.rows || !sent.hex().equals(found.hex())) {
                        throw new WorkspaceException("The copy of the table " + t + " in " + to.displayName()
                                + " does not match the source (" + sent.rows + " rows sent, " + found.rows
                                + " found, checksums " + sent.hex() + " and " + found.hex() + "); nothing was copied.");
                    }
                    copied.add(new CopyReport.Table(t, sent.rows, sent.hex()));
                }
                copyCounters(source.dialect(), sc, target.dialect(), tc, tables);
                return List.copyOf(copied);
            });
        });
    }

    /** Each table's rows and checksum, for a workspace on its own (to compare two copies). */
    static List<CopyReport.Table> checksums(Workspace ws) {
        Database db = ws.database();
        return db.inTransaction("read the workspace", c -> {
            List<CopyReport.Table> sums = new ArrayList<>();
            for (String t : tables(db.dialect(), c)) {
                Sum s = sum(c, t);
                sums.add(new CopyReport.Table(t, s.rows, s.hex()));
            }
            return List.copyOf(sums);
        });
    }

    /** The workspace's own tables, by name (not the engine's, not the schema mark). */
    static List<String> tables(Dialect dialect, Connection c) throws SQLException {
        String sql = dialect == Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
                : "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                        + " AND tablename <> 'luoshi_schema' ORDER BY tablename";
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Tables.quote(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Sum copyTable(Connection from, Connection to, String table) throws SQLException {
        Sum sum = new Sum();
        try (Statement s = from.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + Tables.quote(table))) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    columns.add(Tables.quote(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT)));
                }
                String insert = "INSERT INTO " + Tables.quote(table) + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(col -> "?").toList()) + ")";
                try (PreparedStatement ps = to.prepareStatement(insert)) {
                    int pending = 0;
                    Object[] row = new Object[n];
                    while (rs.next()) {
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                            ps.setObject(i + 1, row[i]);
                        }
                        sum.add(row);
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        ps.executeBatch();
                    }
                }
            }
        }
        return sum;
    }

    private static Sum sum(Connection c, String table) throws SQLException {
        Sum sum = new Sum();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + Tables.quote(table))) {
                int n = rs.getMetaData().getColumnCount();
                Object[] row = new Object[n];
                while (rs.next()) {
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    sum.add(row);
                }
            }
        }
        return sum;
    }

    /** The id counters: the next id each table gives out is the same after the copy as before. */
    private static void copyCounters(Dialect fromDialect, Connection from, Dialect toDialect, Connection to,
            List<String> tables) throws SQLException {
        Map<String, Long> counters = new LinkedHashMap<>();
        if (fromDialect == Dialect.SQLITE) {
            try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
                while (rs.next()) {
                    counters.put(rs.getString(1), rs.getLong(2));
                }
            }
        } else {
            Map<String, String> sequences = new LinkedHashMap<>();
            try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name,"
                    + " pg_get_serial_sequence(quote_ident(table_name), 'id') FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND column_name = 'id' ORDER BY table_name")) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        sequences.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            for (Map.Entry<String, String> seq : sequences.entrySet()) {
                try (Statement s = from.createStatement(); ResultSet v = s.executeQuery(
                        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + seq.getValue())) {
                    counters.put(seq.getKey(), v.next() ? v.getLong(1) : 0);
                }
            }
        }
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            if (!tables.contains(e.getKey())) {
                continue;
            }
            if (toDialect == Dialect.SQLITE) {
                try (PreparedStatement up = to.prepareStatement("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?")) {
                    up.setLong(1, e.getValue());
                    up.setString(2, e.getKey());
                    if (up.executeUpdate() == 0 && e.getValue() > 0) {
                        try (PreparedStatement in = to.prepareStatement("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)")) {
                            in.setString(1, e.getKey());
                            in.setLong(2, e.getValue());
                            in.executeUpdate();
                        }
                    }
                }
            } else {
                try (PreparedStatement ps = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'),"
                        + " greatest(?, (SELECT coalesce(max(id), 0) FROM " + Tables.quote(e.getKey()) + "), 1),"
                        + " greatest(?, (SELECT coalesce(max(id), 0) FROM " + Tables.quote(e.getKey()) + ")) > 0)")) {
                    ps.setString(1, e.getKey());
                    ps.setLong(2, e.getValue());
                    ps.setLong(3, e.getValue());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
        }
    }

    /**
     * Row count and an order-free checksum: the sum (mod 2^128) of each row's SHA-256 (first 16
     * bytes), each value written the same whatever the engine gave (integers as decimal text, text
     * as UTF-8, bytes as they are, null as a mark of its own).
     */
    private static final class Sum {
        long rows;
        long high;
        long low;
        private final MessageDigest sha;

        Sum() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(Object[] row) {
            for (Object v : row) {
                if (v == null) {
                    sha.update((byte) 0);
                } else if (v instanceof byte[] b) {
                    sha.update((byte) 'B');
                    sha.update(longBytes(b.length));
                    sha.update(b);
                } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                    byte[] t = Long.toString(((Number) v).longValue()).getBytes(StandardCharsets.US_ASCII);
                    sha.update((byte) 'I');
                    sha.update(longBytes(t.length));
                    sha.update(t);
                } else {
                    byte[] t = v.toString().getBytes(StandardCharsets.UTF_8);
                    sha.update((byte) 'T');
                    sha.update(longBytes(t.length));
                    sha.update(t);
                }
            }
            byte[] d = sha.digest();
            long h = java.nio.ByteBuffer.wrap(d, 0, 8).getLong();
            long l = java.nio.ByteBuffer.wrap(d, 8, 8).getLong();
            long newLow = low + l;
            high += h + (Long.compareUnsigned(newLow, low) < 0 ? 1 : 0);
            low = newLow;
            rows++;
        }

        String hex() {
            return HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16).putLong(high).putLong(low).array());
        }

        private static byte[] longBytes(long n) {
            return java.nio.ByteBuffer.allocate(8).putLong(n).array();
        }
    }
}
