package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.Unit;

/**
 * Inserts a task with everything hanging off it, on a connection already in a transaction, and
 * returns it as {@link TaskReader} will read it back: ids assigned, milestones and progress by
 * date.
 */
final class TaskWriter {

    private TaskWriter() {
    }

    static Task insert(Connection c, long planId, Task task, Long partId, Long sectionId) throws SQLException {
        long taskId;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO task(plan_id, seq, number, part_id, section_id, text, others_included, status,
                                 source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, planId);
            ps.setInt(2, task.seq());
            ps.setString(3, task.number());
            Columns.setId(ps, 4, partId);
            Columns.setId(ps, 5, sectionId);
            ps.setString(6, task.text());
            ps.setInt(7, task.othersIncluded() ? 1 : 0);
            Columns.setEnum(ps, 8, task.status());
            ps.setInt(9, task.sourceLine());
            taskId = Columns.insertReturningId(ps);
        }
        List<Assignment> assignments = insertAssignments(c, taskId, task);
        insertDeadlines(c, taskId, task.deadlines());
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone m : task.milestones()) {
            milestones.add(insertMilestone(c, taskId, m));
        }
        List<ProgressEntry> progress = new ArrayList<>();
        for (ProgressEntry e : task.progress()) {
            progress.add(insertProgress(c, taskId, e));
        }
        // Same order as TaskReader: by date, ties in insertion (= id) order; List.sort is stable.
        milestones.sort(Comparator.comparing(Milestone::date));
        progress.sort(Comparator.comparing(ProgressEntry::date));
        return new Task(taskId, task.seq(), task.number(), task.part(), task.section(), task.text(),
                assignments, task.othersIncluded(), task.deadlines(), milestones, progress, task.status(),
                task.sourceLine());
    }

    private static List<Assignment> insertAssignments(Connection c, long taskId, Task task) throws SQLException {
        List<Assignment> stored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO assignment(task_id, unit_id, role, ord) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < task.assignments().size(); i++) {
                Assignment a = task.assignments().get(i);
                Unit unit = UnitRepository.findOrCreate(c, a.unit().name());
                if (!seen.add(unit.id() + " " + a.role())) {
                    throw new IllegalArgumentException("Task " + task.seq() + " lists " + unit.name()
                            + " twice as " + a.role() + ".");
                }
                ps.setLong(1, taskId);
                ps.setLong(2, unit.id());
                Columns.setEnum(ps, 3, a.role());
                ps.setInt(4, i);
                ps.executeUpdate();
                stored.add(new Assignment(unit, a.role()));
            }
        }
        return stored;
    }

    private static void insertDeadlines(Connection c, long taskId, List<Deadline> deadlines) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO deadline(task_id, ord, kind, raw, date, start_date, end_date, amount, span_unit,
                                     recurrence, month, day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < deadlines.size(); i++) {
                Deadline d = deadlines.get(i);
                ps.setLong(1, taskId);
                ps.setInt(2, i);
                Columns.setEnum(ps, 3, d.kind());
                ps.setString(4, d.raw());
                Columns.setDate(ps, 5, d.date());
                Columns.setDate(ps, 6, d.start());
                Columns.setDate(ps, 7, d.end());
                Columns.setInteger(ps, 8, d.amount());
                Columns.setEnum(ps, 9, d.spanUnit());
                Columns.setEnum(ps, 10, d.recurrence());
                Columns.setInteger(ps, 11, d.month());
                Columns.setInteger(ps, 12, d.day());
                ps.executeUpdate();
            }
        }
    }

    static Milestone insertMilestone(Connection c, long taskId, Milestone m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO milestone(task_id, date, label) VALUES (?, ?, ?) RETURNING id")) {
            ps.setLong(1, taskId);
            Columns.setDate(ps, 2, m.date());
            ps.setString(3, m.label());
            return new Milestone(Columns.insertReturningId(ps), m.date(), m.label());
        }
    }

    static ProgressEntry insertProgress(Connection c, long taskId, ProgressEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO progress(task_id, date, percent, text) VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, taskId);
            Columns.setDate(ps, 2, e.date());
            ps.setInt(3, e.percent());
            ps.setString(4, e.text());
            return new ProgressEntry(Columns.insertReturningId(ps), e.date(), e.percent(), e.text());
        }
    }
}
