package org.luoshi.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads every row of one table that can still be read, from the table's own B-tree, and says what
 * it had to skip. It first reads the keys of every row from one of the table's indexes that can be
 * read whole (an index holds the rowid, or the primary key, of every row): those keys say which rows
 * there are, so a row that a damaged page makes up (garbage read as a cell) is left out, and past a
 * page that cannot be read each remaining row is sought by its key. A table without a readable index
 * is read in key order; past a damaged page the scan seeks the next key, or steps the first key
 * column ahead (rowids and integer keys), or reads the table backwards from its end.
 */
final class RowScanner {
    /** Lines kept about what was skipped; the counts stay whole. */
    private static final int MAX_LINES = 20;

    private final Connection c;
    private final Tables.Table table;
    private final List<String> key;
    private final String columnList;
    private final int columnCount;
    private final String from;
    private final List<String> skipped = new ArrayList<>();
    private long read;
    private long rowsSkipped;
    private long madeUp;
    /** The keys of every row, from an index read whole; null if the table has none that can be. */
    private final Set<List<Object>> known;
    private final Set<List<Object>> handed = new HashSet<>();

    /** @param columns the columns to read, in the order the rows are handed over */
    RowScanner(Connection c, Tables.Table table, List<String> columns) {
        this.c = c;
        this.table = table;
        this.key = table.key();
        this.columnList = String.join(", ", columns.stream().map(Tables::quote).toList());
        this.columnCount = columns.size();
        this.from = " FROM " + Tables.quote(table.name()) + (table.withoutRowid() ? "" : " NOT INDEXED");
        this.known = keysFromAnIndex();
    }

    /** How many rows the table has by its index, or -1 if no index of it could be read whole. */
    long rowsByIndex() {
        return known == null ? -1 : known.size();
    }

    /** Rows read from a damaged page that no index knows of: made up by the damage, left out. */
    long madeUp() {
        return madeUp;
    }

    private Set<List<Object>> keysFromAnIndex() {
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM pragma_index_list(?) WHERE origin <> 'pk' AND partial = 0")) {
            ps.setString(1, table.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            return null;
        }
        for (String index : indexes) {
            Set<List<Object>> keys = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + keyList() + " FROM " + Tables.quote(table.name())
                    + " INDEXED BY " + Tables.quote(index)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(keyOf(values(rs, 1, key.size())));
                }
                return keys;
            } catch (SQLException e) {
                // This index is damaged too: try the next.
            }
        }
        return null;
    }

    private static List<Object> keyOf(Object[] k) {
        Object[] normal = new Object[k.length];
        for (int i = 0; i < k.length; i++) {
            normal[i] = k[i] instanceof Integer x ? Long.valueOf(x) : k[i];
        }
        return Arrays.asList(normal);
    }

    /** Hands a row on, once, unless an index says the table has no such row. */
    private void hand(Object[] k, Object[] row, Consumer<Object[]> sink) {
        List<Object> id = keyOf(k);
        if (known != null && !known.contains(id)) {
            madeUp++;
            return;
        }
        if (handed.add(id)) {
            read++;
            sink.accept(row);
        }
    }

    /** Hands every readable row to {@code sink}; returns when the table has been read as far as it can be. */
    void scan(Consumer<Object[]> sink) {
        Object[] last = null;
        while (true) {
            String failure;
            try {
                forward(last, sink);
                if (known != null && handed.size() < known.size()) {
                    byKey(sink, "a scan of the table did not reach it");
                }
                return;
            } catch (LastRead e) {
                last = e.last;
                failure = WorkspaceException.reason(e.getCause());
            }
            if (known != null) {
                byKey(sink, failure);
                return;
            }
            // Every step below moves strictly past {@code last}, so the loop ends.
            Probe next = probe(last, false);
            if (next.kind == Probe.Kind.NONE) {
                return;
            }
            if (next.kind == Probe.Kind.FOUND && after(next.key, last)) {
                readOne(next.key, sink, failure);
                last = next.key;
                continue;
            }
            Object[] resume = table.keyStartsWithInteger() ? skipAhead(last) : null;
            if (resume == null || !after(resume, last)) {
                backwards(last, sink, failure);
                return;
            }
            note("rows after " + describe(last) + " and before " + describe(resume) + " could not be read ("
                    + failure + ")");
            readOne(resume, sink, failure);
            last = resume;
        }
    }

    /** Past a damaged page, every row the index knows and the scan did not get, sought by its key. */
    private void byKey(Consumer<Object[]> sink, String failure) {
        List<List<Object>> left = known.stream().filter(k -> !handed.contains(k))
                .sorted((a, b) -> after(a.toArray(), b.toArray()) ? 1 : a.equals(b) ? 0 : -1).toList();
        for (List<Object> k : left) {
            readOne(k.toArray(), sink, failure);
        }
    }

    /** Rows read. */
    long read() {
        return read;
    }

    /** Single rows known to be unreadable (rows on a skipped page are not counted here). */
    long rowsSkipped() {
        return rowsSkipped;
    }

    /** What had to be skipped, in words. */
    List<String> skipped() {
        return skipped;
    }

    private void forward(Object[] after, Consumer<Object[]> sink) throws LastRead {
        String sql = "SELECT " + keyList() + ", " + columnList + from + (after == null ? "" : " WHERE " + keyAfter())
                + " ORDER BY " + keyList();
        Object[] last = after;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] k = values(rs, 1, key.size());
                    Object[] row = values(rs, key.size() + 1, columnCount);
                    hand(k, row, sink);
                    // A damaged page can give keys out of order: the scan only ever moves on.
                    if (after(k, last)) {
                        last = k;
                    }
                }
            }
        } catch (SQLException e) {
            throw new LastRead(e, last);
        }
    }

    /** A failure of the forward read that remembers the key of the last row it got. */
    private static final class LastRead extends Exception {
        private final transient Object[] last;

        LastRead(SQLException cause, Object[] last) {
            super(cause);
            this.last = last;
        }
    }

    /** The key of the first row after {@code after}: found, none, or unreachable (its page is damaged). */
    private Probe probe(Object[] after, boolean firstColumnOnly) {
        String where = after == null ? ""
                : " WHERE " + (firstColumnOnly ? Tables.quote(key.get(0)) + " > ?" : keyAfter());
        String sql = "SELECT " + keyList() + from + where + " ORDER BY " + keyList() + " LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (after != null) {
                bind(ps, firstColumnOnly ? new Object[] {after[0]} : after);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Probe(Probe.Kind.FOUND, values(rs, 1, key.size()))
                        : new Probe(Probe.Kind.NONE, null);
            }
        } catch (SQLException e) {
            return new Probe(Probe.Kind.UNREACHABLE, null);
        }
    }

    private record Probe(Kind kind, Object[] key) {
        enum Kind { FOUND, NONE, UNREACHABLE }
    }

    /**
     * The first readable key past a damaged stretch after {@code last}, found by stepping the first
     * key column ahead by 1, 2, 4, … and then narrowing down; null if nothing after it can be reached.
     */
    private Object[] skipAhead(Object[] last) {
        long start = last == null ? Long.MIN_VALUE : ((Number) last[0]).longValue();
        long failedAt = start;
        long step = 1;
        Object[] found;
        long foundAt;
        while (true) {
            if (start > Long.MAX_VALUE - step) {
                return null;
            }
            long x = start + step;
            Probe p = probe(new Object[] {x}, true);
            if (p.kind == Probe.Kind.FOUND) {
                found = p.key;
                foundAt = x;
                break;
            }
            if (p.kind == Probe.Kind.NONE) {
                return null;
            }
            failedAt = x;
            if (step > Long.MAX_VALUE / 2) {
                return null;
            }
            step *= 2;
        }
        // The smallest step that gets past the damage, so that rows just after it are not skipped too.
        long lo = failedAt;
        long hi = foundAt;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            Probe p = probe(new Object[] {mid}, true);
            if (p.kind == Probe.Kind.FOUND) {
                hi = mid;
                found = p.key;
            } else {
                lo = mid;
            }
        }
        return found;
    }

    /** Reads the one row with key {@code k}: a row whose own cells are damaged is skipped alone. */
    private void readOne(Object[] k, Consumer<Object[]> sink, String failure) {
        String sql = "SELECT " + columnList + from + " WHERE " + keyEquals();
        String why = failure;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, k);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    hand(k, values(rs, 1, columnCount), sink);
                    return;
                }
                why = "not in the table, though its index has it";
            }
        } catch (SQLException e) {
            why = WorkspaceException.reason(e);
        }
        rowsSkipped++;
        note("row " + describe(k) + " could not be read (" + why + ")");
    }

    /** The rows at the end of the table, read backwards down to {@code last}: all that is left to get. */
    private void backwards(Object[] last, Consumer<Object[]> sink, String failure) {
        String sql = "SELECT " + keyList() + ", " + columnList + from + (last == null ? "" : " WHERE " + keyAfter())
                + " ORDER BY " + String.join(", ", key.stream().map(k -> Tables.quote(k) + " DESC").toList());
        long got = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hand(values(rs, 1, key.size()), values(rs, key.size() + 1, columnCount), sink);
                    got++;
                }
            }
        } catch (SQLException e) {
            // Reading backwards stops at the same damage from the other side.
        }
        note("rows after " + describe(last) + " could not be read (" + failure + ")"
                + (got > 0 ? "; " + got + " rows at the end of the table were" : ""));
    }

    /** Whether key {@code a} comes after key {@code b} in SQLite's order (null b: the start). */
    static boolean after(Object[] a, Object[] b) {
        if (b == null) {
            return true;
        }
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = compare(a[i], b[i]);
            if (c != 0) {
                return c > 0;
            }
        }
        return a.length > b.length;
    }

    /** SQLite's order of values: NULL, numbers, text (as UTF-8 bytes), blobs. */
    private static int compare(Object x, Object y) {
        int rx = rank(x);
        int ry = rank(y);
        if (rx != ry) {
            return Integer.compare(rx, ry);
        }
        return switch (rx) {
            case 0 -> 0;
            case 1 -> x instanceof Double || y instanceof Double
                    ? Double.compare(((Number) x).doubleValue(), ((Number) y).doubleValue())
                    : Long.compare(((Number) x).longValue(), ((Number) y).longValue());
            case 2 -> Arrays.compareUnsigned(((String) x).getBytes(StandardCharsets.UTF_8),
                    ((String) y).getBytes(StandardCharsets.UTF_8));
            default -> Arrays.compareUnsigned((byte[]) x, (byte[]) y);
        };
    }

    private static int rank(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Number) {
            return 1;
        }
        return v instanceof String ? 2 : 3;
    }

    private void note(String line) {
        if (skipped.size() < MAX_LINES) {
            skipped.add(line);
        }
    }

    private String describe(Object[] k) {
        if (k == null) {
            return "the start";
        }
        String name = table.withoutRowid() ? String.join(", ", key) : "rowid";
        return name + " " + (k.length == 1 ? String.valueOf(k[0]) : Arrays.toString(k));
    }

    private String keyList() {
        return String.join(", ", key.stream().map(Tables::quote).toList());
    }

    private String keyAfter() {
        return key.size() == 1 ? Tables.quote(key.get(0)) + " > ?"
                : "(" + keyList() + ") > (" + String.join(", ", Collections.nCopies(key.size(), "?")) + ")";
    }

    private String keyEquals() {
        return String.join(" AND ", key.stream().map(k -> Tables.quote(k) + " = ?").toList());
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static Object[] values(ResultSet rs, int first, int count) throws SQLException {
        Object[] v = new Object[count];
        for (int i = 0; i < count; i++) {
            v[i] = rs.getObject(first + i);
        }
        return v;
    }
}
