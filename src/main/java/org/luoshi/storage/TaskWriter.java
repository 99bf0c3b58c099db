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
        return insert(c, planId, task, partId, sectionId, false);
    }

    /**
     * Inserts the task; with {@code keepIds} the task, its milestones and its progress entries keep
     * the ids they carry (an undone delete puts them back as they were, so later edits that name
     * them still find them).
     */
    static Task insert(Connection c, long planId, Task task, Long partId, Long sectionId, boolean keepIds)
            throws SQLException {
        long taskId;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO task(id, plan_id, seq, number, part_id, section_id, text, others_included, status,
                                 source_line, contact, phone, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            Columns.setId(ps, 1, keepIds && task.id() != 0 ? task.id() : null);
            ps.setLong(2, planId);
            ps.setInt(3, task.seq());
            ps.setString(4, task.number());
            Columns.setId(ps, 5, partId);
            Columns.setId(ps, 6, sectionId);
            ps.setString(7, task.text());
            ps.setInt(8, task.othersIncluded() ? 1 : 0);
            Columns.setEnum(ps, 9, task.status());
            ps.setInt(10, task.sourceLine());
            ps.setString(11, task.contact());
            ps.setString(12, task.phone());
            ps.setString(13, task.notes());
            taskId = Columns.insertReturningId(ps);
        }
        List<Assignment> assignments = insertAssignments(c, taskId, task.assignments(), task.seq());
        insertDeadlines(c, taskId, task.deadlines());
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone m : task.milestones()) {
            milestones.add(insertMilestone(c, taskId, keepIds ? m : Milestone.of(m.date(), m.label())));
        }
        List<ProgressEntry> progress = new ArrayList<>();
        for (ProgressEntry e : task.progress()) {
            progress.add(insertProgress(c, taskId, keepIds ? e : e.withId(0)));
        }
        // Same order as TaskReader: by date, ties in insertion (= id) order; List.sort is stable.
        milestones.sort(Comparator.comparing(Milestone::date).thenComparingLong(Milestone::id));
        progress.sort(Comparator.comparing(ProgressEntry::date).thenComparingLong(ProgressEntry::id));
        return new Task(taskId, task.seq(), task.number(), task.part(), task.section(), task.text(),
                assignments, task.othersIncluded(), task.deadlines(), milestones, progress, task.status(),
                task.sourceLine(), task.contact(), task.phone(), task.notes());
    }

    static List<Assignment> insertAssignments(Connection c, long taskId, List<Assignment> assignments, int seq)
            throws SQLException {
        List<Assignment> stored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO assignment(task_id, unit_id, role, ord) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < assignments.size(); i++) {
                Assignment a = assignments.get(i);
                Unit unit = UnitRepository.findOrCreate(c, a.unit().name());
                if (!seen.add(unit.id() + " " + a.role())) {
                    throw new IllegalArgumentException("Task " + seq + " lists " + unit.name()
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

    static void insertDeadlines(Connection c, long taskId, List<Deadline> deadlines) throws SQLException {
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

    /** Inserts the milestone, with its own id if it carries one (a restored milestone). */
    static Milestone insertMilestone(Connection c, long taskId, Milestone m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO milestone(id, task_id, date, label) VALUES (?, ?, ?, ?) RETURNING id")) {
            Columns.setId(ps, 1, m.id() != 0 ? m.id() : null);
            ps.setLong(2, taskId);
            Columns.setDate(ps, 3, m.date());
            ps.setString(4, m.label());
            return new Milestone(Columns.insertReturningId(ps), m.date(), m.label());
        }
    }

    /** Inserts the entry, with its own id if it carries one (a restored entry). */
    static ProgressEntry insertProgress(Connection c, long taskId, ProgressEntry e) throws SQLException {
        // The reporting unit is named as the directory names it; a round deleted meanwhile is not referred to.
        Long unitId = e.unit() == null ? null : UnitRepository.findOrCreate(c, e.unit()).id();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO progress(id, task_id, date, percent, text, unit_id, "
                + "round_id) VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM round WHERE id = ?)) RETURNING id")) {
            Columns.setId(ps, 1, e.id() != 0 ? e.id() : null);
            ps.setLong(2, taskId);
            Columns.setDate(ps, 3, e.date());
            ps.setInt(4, e.percent());
            ps.setString(5, e.text());
            Columns.setId(ps, 6, unitId);
            ps.setLong(7, e.roundId());
            return e.withId(Columns.insertReturningId(ps));
        }
    }
}
