package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other features keep about a plan, a task or a milestone — reminder rules, snoozes,
 * dismissals, items marked done — read just before it is deleted (the database deletes these rows
 * with it), so that undoing the delete puts them back too.
 *
 * <p>The tables are found from the schema's foreign keys to plan, task and milestone, and down from
 * those along every {@code ON DELETE CASCADE} key (a plan's rounds, the units and tasks they ask, the
 * forms received and their lines), so a table a later feature adds is kept without this class
 * knowing it. A reference the delete empties ({@code ON DELETE SET NULL}: a progress entry's round)
 * is written back too. The plan's own tables (parts, sections,
 * tasks and what they hold) are not traces: the repositories put those back themselves.
 */
public final class Traces {
    /** Tables the repositories write back themselves when a plan or task is restored. */
    private static final Set<String> OWN_TABLES = Set.of("plan", "part", "section", "task", "assignment", "deadline",
            "milestone", "progress");

    private final Dialect dialect;
    private final List<TableRows> tables;
    private final List<Reference> references;

    private record TableRows(String table, List<String> columns, List<Object[]> rows) {
    }

    /** A reference the delete set to null: {@code table.column} of row {@code rowid} was {@code value}. */
    private record Reference(String table, String column, long rowid, Object value, String parent, String parentColumn) {
    }

    private Traces(Dialect dialect, List<TableRows> tables, List<Reference> references) {
        this.dialect = dialect;
        this.tables = tables;
        this.references = references;
    }

    /** Rows hanging off plan {@code planId}, its tasks and their milestones. */
    static Traces ofPlan(Dialect dialect, Connection c, long planId) throws SQLException {
        return read(dialect, c, Map.of(
                "plan", "SELECT " + planId,
                "task", "SELECT id FROM task WHERE plan_id = " + planId,
                "milestone", "SELECT m.id FROM milestone m JOIN task t ON t.id = m.task_id WHERE t.plan_id = " + planId));
    }

    /** Rows hanging off task {@code taskId} and its milestones. */
    static Traces ofTask(Dialect dialect, Connection c, long taskId) throws SQLException {
        return read(dialect, c, Map.of(
                "task", "SELECT " + taskId,
                "milestone", "SELECT id FROM milestone WHERE task_id = " + taskId));
    }

    /** Rows hanging off milestone {@code milestoneId}. */
    static Traces ofMilestone(Dialect dialect, Connection c, long milestoneId) throws SQLException {
        return read(dialect, c, Map.of("milestone", "SELECT " + milestoneId));
    }

    /** How many rows are kept (for tests and messages). */
    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    /**
     * Writes the rows back; call in the transaction that puts back what they hang off, after it.
     * The foreign keys are checked when the transaction commits, so the rows may go back in any
     * order (a round's forms before the round); then the references that the delete had emptied
     * (a progress entry's round) are filled in again.
     */
    void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(dialect.deferForeignKeys());
        }
        for (TableRows t : tables) {
            String sql = "INSERT INTO " + quote(t.table()) + " (" + String.join(", ", t.columns().stream().map(Traces::quote)
                    .toList()) + ") VALUES (" + String.join(", ", t.columns().stream().map(col -> "?").toList()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : t.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.executeUpdate();
                }
            }
        }
        for (Reference r : references) {
            String sql = "UPDATE " + quote(r.table()) + " SET " + quote(r.column()) + " = ? WHERE "
                    + rowid(dialect) + " = ? AND "
                    + quote(r.column()) + " IS NULL AND EXISTS (SELECT 1 FROM " + quote(r.parent()) + " WHERE "
                    + r.parentColumn() + " = ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, r.value());
                ps.setLong(2, r.rowid());
                ps.setObject(3, r.value());
                ps.executeUpdate();
            }
        }
    }

    /** A foreign key: {@code table.column} refers to {@code parent.parentColumn}. */
    private record ForeignKey(String table, String column, String parent, String parentColumn, String onDelete) {
    }

    /**
     * Reads, before the delete, every row the delete takes along: the rows referring to a deleted
     * plan, task or milestone, the rows referring to those, and so on down the schema's
     * {@code ON DELETE CASCADE} keys (a round, its units, tasks, forms and their lines); and every
     * reference the delete empties ({@code ON DELETE SET NULL}) of a row that may come back.
     *
     * @param deleted for each table whose rows are deleted and put back by the repositories, a
     *     query of the deleted rows' ids
     */
    private static Traces read(Dialect dialect, Connection c, Map<String, String> deleted) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(dialect == Dialect.SQLITE ? """
                SELECT m.name, f."from", f."table", f."to", f.on_delete
                FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq""" : """
                SELECT cl.relname, a.attname, pcl.relname, pa.attname,
                       CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT'
                            WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END
                FROM pg_catalog.pg_constraint con
                JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid
                JOIN pg_catalog.pg_class pcl ON pcl.oid = con.confrelid
                JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
                JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1]
                WHERE con.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace
                ORDER BY cl.relname, con.conname""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        // table → the condition on its rows that the delete takes along, grown until nothing changes
        Map<String, String> taken = new LinkedHashMap<>();
        deleted.forEach((table, ids) -> taken.put(table, "id IN (" + ids + ")"));
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        for (int depth = 0; ; depth++) {
            if (depth > keys.size() + 1) {
                throw new SQLException("The schema's ON DELETE CASCADE keys go round in a circle.");
            }
            Map<String, List<String>> next = new LinkedHashMap<>();
            for (ForeignKey k : keys) {
                String parentRows = taken.get(k.parent());
                if (parentRows != null && "CASCADE".equalsIgnoreCase(k.onDelete()) && !OWN_TABLES.contains(k.table())) {
                    next.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(quote(k.column()) + " IN (SELECT "
                            + parentColumn(k) + " FROM " + quote(k.parent()) + " WHERE " + parentRows + ")");
                }
            }
            if (next.equals(conditions)) {
                break;
            }
            conditions = next;
            next.forEach((table, conds) -> taken.put(table, "(" + String.join(" OR ", conds) + ")"));
        }
        List<TableRows> tables = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : conditions.entrySet()) {
            String sql = "SELECT * FROM " + quote(e.getKey()) + " WHERE " + String.join(" OR ", e.getValue());
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                if (!rows.isEmpty()) {
                    tables.add(new TableRows(e.getKey(), columns, rows));
                }
            }
        }
        // references emptied by the delete, in rows that are put back (by the repositories or above)
        List<Reference> references = new ArrayList<>();
        for (ForeignKey k : keys) {
            String parentRows = taken.get(k.parent());
            if (parentRows == null || !"SET NULL".equalsIgnoreCase(k.onDelete()) || !hasRowid(dialect, c, k.table())) {
                continue;
            }
            String sql = "SELECT " + rowid(dialect) + ", " + quote(k.column()) + " FROM " + quote(k.table()) + " WHERE " + quote(k.column())
                    + " IN (SELECT " + parentColumn(k) + " FROM " + quote(k.parent()) + " WHERE " + parentRows + ")";
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    references.add(new Reference(k.table(), k.column(), rs.getLong(1), rs.getObject(2), k.parent(),
                            parentColumn(k)));
                }
            }
        }
        return new Traces(dialect, List.copyOf(tables), List.copyOf(references));
    }

    /** The column a foreign key refers to, quoted (its parent's row id when the key names none). */
    private static String parentColumn(ForeignKey k) {
        return k.parentColumn() == null ? "rowid" : quote(k.parentColumn());
    }

    /** What names a row: SQLite's row id; on the server the {@code id} column, which every table with row ids has. */
    private static String rowid(Dialect dialect) {
        return dialect == Dialect.SQLITE ? "rowid" : "id";
    }

    /** Whether the table has row ids (a WITHOUT ROWID table has none; on the server: an {@code id} column). */
    private static boolean hasRowid(Dialect dialect, Connection c, String table) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id'")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && !rs.getString(1).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
                        .contains("WITHOUT ROWID");
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
