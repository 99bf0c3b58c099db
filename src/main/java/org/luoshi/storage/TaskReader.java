package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.plan.Unit;

/**
 * Reads tasks with everything hanging off them: one query per table for a whole plan rather than
 * one per task, so a plan of a thousand tasks loads in five queries. Order: tasks by seq,
 * assignments and deadlines as the plan printed them, milestones and progress by date.
 */
final class TaskReader {

    /** Which tasks to read; a fixed SQL condition on the task alias {@code t}, bound to one id. */
    private enum Filter {
        PLAN("t.plan_id = ?"), TASK("t.id = ?"), ALL("t.plan_id > ?");

        final String condition;

        Filter(String condition) {
            this.condition = condition;
        }
    }

    /** A task row before its children are attached. */
    private record Row(long planId, long id, int seq, String number, String part, String section, String text,
            boolean othersIncluded, TaskStatus status, int sourceLine, String contact, String phone, String notes) {
    }

    private TaskReader() {
    }

    static List<Task> byPlan(Connection c, long planId) throws SQLException {
        return read(c, Filter.PLAN, planId);
    }

    static Optional<Task> byId(Connection c, long taskId) throws SQLException {
        return read(c, Filter.TASK, taskId).stream().findFirst();
    }

    /** Every task of the workspace by plan id, each plan's in order: five queries for all of them. */
    static Map<Long, List<Task>> all(Connection c) throws SQLException {
        Map<Long, List<Task>> byPlan = new java.util.LinkedHashMap<>();
        List<Row> rows = rows(c, Filter.ALL, 0);
        List<Task> tasks = tasks(c, Filter.ALL, 0, rows);
        for (int i = 0; i < rows.size(); i++) {
            byPlan.computeIfAbsent(rows.get(i).planId(), id -> new ArrayList<>()).add(tasks.get(i));
        }
        return byPlan;
    }

    private static List<Task> read(Connection c, Filter filter, long key) throws SQLException {
        return tasks(c, filter, key, rows(c, filter, key));
    }

    private static List<Task> tasks(Connection c, Filter filter, long key, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Assignment>> assignments = assignments(c, filter, key);
        Map<Long, List<Deadline>> deadlines = deadlines(c, filter, key);
        Map<Long, List<Milestone>> milestones = milestones(c, filter, key);
        Map<Long, List<ProgressEntry>> progress = progress(c, filter, key);
        List<Task> tasks = new ArrayList<>(rows.size());
        for (Row r : rows) {
            tasks.add(new Task(r.id(), r.seq(), r.number(), r.part(), r.section(), r.text(),
                    assignments.getOrDefault(r.id(), List.of()), r.othersIncluded(),
                    deadlines.getOrDefault(r.id(), List.of()), milestones.getOrDefault(r.id(), List.of()),
                    progress.getOrDefault(r.id(), List.of()), r.status(), r.sourceLine(), r.contact(), r.phone(),
                    r.notes()));
        }
        return tasks;
    }

    private static List<Row> rows(Connection c, Filter filter, long key) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.plan_id, t.id, t.seq, t.number, p.number AS part_number, s.number AS section_number, t.text,
                       t.others_included, t.status, t.source_line, t.contact, t.phone, t.notes
                FROM task t
                LEFT JOIN part p ON p.id = t.part_id
                LEFT JOIN section s ON s.id = t.section_id
                WHERE %s
                ORDER BY t.plan_id, t.seq, t.id""".formatted(filter.condition))) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("plan_id"), rs.getLong("id"), rs.getInt("seq"), rs.getString("number"),
                            rs.getString("part_number"), rs.getString("section_number"), rs.getString("text"),
                            rs.getInt("others_included") != 0, Columns.getEnum(rs, "status", TaskStatus.class),
                            rs.getInt("source_line"), rs.getString("contact"), rs.getString("phone"),
                            rs.getString("notes")));
                }
            }
        }
        return rows;
    }

    private static Map<Long, List<Assignment>> assignments(Connection c, Filter filter, long key)
            throws SQLException {
        return byTask(c, filter, key, """
                SELECT a.task_id, u.id AS unit_id, u.name, a.role
                FROM assignment a
                JOIN task t ON t.id = a.task_id
                JOIN unit u ON u.id = a.unit_id
                WHERE %s
                ORDER BY a.task_id, a.ord""", rs -> new Assignment(new Unit(rs.getLong("unit_id"), rs.getString("name")),
                        Columns.getEnum(rs, "role", Role.class)));
    }

    private static Map<Long, List<Deadline>> deadlines(Connection c, Filter filter, long key)
            throws SQLException {
        return byTask(c, filter, key, """
                SELECT d.task_id, d.kind, d.raw, d.date, d.start_date, d.end_date, d.amount, d.span_unit,
                       d.recurrence, d.month, d.day
                FROM deadline d
                JOIN task t ON t.id = d.task_id
                WHERE %s
                ORDER BY d.task_id, d.ord""", rs -> new Deadline(Columns.getEnum(rs, "kind", DeadlineKind.class),
                        rs.getString("raw"), Columns.getDate(rs, "date"), Columns.getDate(rs, "start_date"),
                        Columns.getDate(rs, "end_date"), Columns.getInteger(rs, "amount"),
                        Columns.getEnum(rs, "span_unit", SpanUnit.class),
                        Columns.getEnum(rs, "recurrence", Recurrence.class), Columns.getInteger(rs, "month"),
                        Columns.getInteger(rs, "day")));
    }

    private static Map<Long, List<Milestone>> milestones(Connection c, Filter filter, long key)
            throws SQLException {
        return byTask(c, filter, key, """
                SELECT m.task_id, m.id, m.date, m.label
                FROM milestone m
                JOIN task t ON t.id = m.task_id
                WHERE %s
                ORDER BY m.task_id, m.date, m.id""",
                rs -> new Milestone(rs.getLong("id"), Columns.getDate(rs, "date"), rs.getString("label")));
    }

    private static Map<Long, List<ProgressEntry>> progress(Connection c, Filter filter, long key)
            throws SQLException {
        return byTask(c, filter, key, """
                SELECT e.task_id, e.id, e.date, e.percent, e.text, u.name AS unit, e.round_id
                FROM progress e
                JOIN task t ON t.id = e.task_id
                LEFT JOIN unit u ON u.id = e.unit_id
                WHERE %s
                ORDER BY e.task_id, e.date, e.id""", rs -> new ProgressEntry(rs.getLong("id"),
                        Columns.getDate(rs, "date"), rs.getInt("percent"), rs.getString("text"), rs.getString("unit"),
                        rs.getLong("round_id")));
    }

    /** One row of a table that hangs off tasks, as its domain value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The rows of one child table for the tasks {@code filter} selects, grouped by task in the
     * query's order. {@code sql} has a {@code %s} for the filter's condition and a {@code task_id}
     * column.
     */
    private static <T> Map<Long, List<T>> byTask(Connection c, Filter filter, long key, String sql, RowReader<T> row)
            throws SQLException {
        Map<Long, List<T>> byTask = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.formatted(filter.condition))) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byTask.computeIfAbsent(rs.getLong("task_id"), id -> new ArrayList<>()).add(row.read(rs));
                }
            }
        }
        return byTask;
    }
}
