package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
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
 * <p>The tables are found from the schema's foreign keys to plan, task and milestone, so a table a
 * later feature adds is kept without this class knowing it. The plan's own tables (parts, sections,
 * tasks and what they hold) are not traces: the repositories put those back themselves.
 */
public final class Traces {
    /** Tables the repositories write back themselves when a plan or task is restored. */
    private static final Set<String> OWN_TABLES = Set.of("plan", "part", "section", "task", "assignment", "deadline",
            "milestone", "progress");

    private final List<TableRows> tables;

    private record TableRows(String table, List<String> columns, List<Object[]> rows) {
    }

    private Traces(List<TableRows> tables) {
        this.tables = tables;
    }

    /** Rows hanging off plan {@code planId}, its tasks and their milestones. */
    static Traces ofPlan(Connection c, long planId) throws SQLException {
        return read(c, planId, Map.of(
                "plan", "= ?",
                "task", "IN (SELECT id FROM task WHERE plan_id = ?)",
                "milestone", "IN (SELECT m.id FROM milestone m JOIN task t ON t.id = m.task_id WHERE t.plan_id = ?)"));
    }

    /** Rows hanging off task {@code taskId} and its milestones. */
    static Traces ofTask(Connection c, long taskId) throws SQLException {
        return read(c, taskId, Map.of(
                "task", "= ?",
                "milestone", "IN (SELECT id FROM milestone WHERE task_id = ?)"));
    }

    /** Rows hanging off milestone {@code milestoneId}. */
    static Traces ofMilestone(Connection c, long milestoneId) throws SQLException {
        return read(c, milestoneId, Map.of("milestone", "= ?"));
    }

    /** How many rows are kept (for tests and messages). */
    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    /** Writes the rows back; call in the transaction that puts back what they hang off, after it. */
    void restore(Connection c) throws SQLException {
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
    }

    /** @param match for each parent table, the condition on a column referring to it ("?" is the id) */
    private static Traces read(Connection c, long id, Map<String, String> match) throws SQLException {
        // table → conditions on its columns that refer to one of the parents
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT m.name, f."from", f."table" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                WHERE m.type = 'table' ORDER BY m.name""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String condition = match.get(rs.getString(3));
                if (condition != null && !OWN_TABLES.contains(table)) {
                    conditions.computeIfAbsent(table, t -> new ArrayList<>()).add(quote(rs.getString(2)) + " " + condition);
                }
            }
        }
        List<TableRows> tables = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : conditions.entrySet()) {
            String sql = "SELECT * FROM " + quote(e.getKey()) + " WHERE " + String.join(" OR ", e.getValue());
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 1; i <= e.getValue().size(); i++) {
                    ps.setLong(i, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
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
        }
        return new Traces(List.copyOf(tables));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
