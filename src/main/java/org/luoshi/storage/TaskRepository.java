package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * The small edits made while a plan is carried out. Each is one transaction, committed when the
 * method returns (or part of the caller's transaction, see {@link Workspace#inTransaction}). An
 * id that names no task, milestone or progress entry is a caller's mistake (a stale view) and is
 * refused with an IllegalArgumentException, changing nothing.
 */
public final class TaskRepository {

    private final Database db;

    TaskRepository(Database db) {
        this.db = db;
    }

    /** The task with its units, dates and progress, or empty if there is none with this id. */
    public Optional<Task> load(long taskId) {
        return db.inTransaction("load the task", c -> TaskReader.byId(c, taskId));
    }

    /** The task with this id; refused if there is none. */
    public Task require(long taskId) {
        return load(taskId).orElseThrow(() -> noSuchTask(taskId));
    }

    /** The id of the plan the task belongs to. */
    public long planOf(long taskId) {
        return db.inTransaction("find the task's plan", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT plan_id FROM task WHERE id = ?")) {
                ps.setLong(1, taskId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw noSuchTask(taskId);
                    }
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Adds a dated progress line; returns it with its new id. */
    public ProgressEntry addProgress(long taskId, ProgressEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return db.inTransaction("add progress to the task", c -> {
            requireTask(c, taskId);
            return TaskWriter.insertProgress(c, taskId, entry.withId(0));
        });
    }

    /** Puts back a removed progress entry under its old id. */
    public ProgressEntry restoreProgress(long taskId, ProgressEntry entry) {
        Objects.requireNonNull(entry, "entry");
        requireStoredId(entry.id(), "progress entry");
        return db.inTransaction("restore the progress entry", c -> {
            requireTask(c, taskId);
            return TaskWriter.insertProgress(c, taskId, entry);
        });
    }

    /** Changes a progress entry's date, percent and text (its id stays). */
    public void updateProgress(ProgressEntry entry) {
        Objects.requireNonNull(entry, "entry");
        db.inTransaction("change the progress entry", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE progress SET date = ?, percent = ?, text = ? WHERE id = ?")) {
                Columns.setDate(ps, 1, entry.date());
                ps.setInt(2, entry.percent());
                ps.setString(3, entry.text());
                ps.setLong(4, entry.id());
                requireOneRow(ps, "progress entry", entry.id());
            }
            return null;
        });
    }

    public void removeProgress(long entryId) {
        deleteRow("remove the progress entry", "DELETE FROM progress WHERE id = ?", entryId, "progress entry");
    }

    /** Adds a milestone; returns it with its new id. */
    public Milestone addMilestone(long taskId, Milestone milestone) {
        Objects.requireNonNull(milestone, "milestone");
        return db.inTransaction("add a milestone to the task", c -> {
            requireTask(c, taskId);
            return TaskWriter.insertMilestone(c, taskId, Milestone.of(milestone.date(), milestone.label()));
        });
    }

    /** Puts back a removed milestone under its old id. */
    public Milestone restoreMilestone(long taskId, Milestone milestone) {
        Objects.requireNonNull(milestone, "milestone");
        requireStoredId(milestone.id(), "milestone");
        return db.inTransaction("restore the milestone", c -> {
            requireTask(c, taskId);
            return TaskWriter.insertMilestone(c, taskId, milestone);
        });
    }

    /** Moves a milestone to another date and/or renames it (its id stays). */
    public void updateMilestone(long milestoneId, LocalDate date, String label) {
        Objects.requireNonNull(date, "date");
        db.inTransaction("change the milestone", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE milestone SET date = ?, label = ? WHERE id = ?")) {
                Columns.setDate(ps, 1, date);
                ps.setString(2, label == null ? "" : label.strip());
                ps.setLong(3, milestoneId);
                requireOneRow(ps, "milestone", milestoneId);
            }
            return null;
        });
    }

    public void removeMilestone(long milestoneId) {
        deleteRow("remove the milestone", "DELETE FROM milestone WHERE id = ?", milestoneId, "milestone");
    }

    /**
     * Removes a milestone and gives back what other features kept about it (its reminder rule),
     * for {@link #restoreMilestone(long, Milestone, Traces)}.
     */
    public Traces removeMilestoneKeepingTraces(long milestoneId) {
        return db.inTransaction("remove the milestone", c -> {
            Traces traces = Traces.ofMilestone(db.dialect(), c, milestoneId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM milestone WHERE id = ?")) {
                ps.setLong(1, milestoneId);
                requireOneRow(ps, "milestone", milestoneId);
            }
            return traces;
        });
    }

    /** Puts back a removed milestone under its old id with its traces, in one transaction. */
    public Milestone restoreMilestone(long taskId, Milestone milestone, Traces traces) {
        Objects.requireNonNull(milestone, "milestone");
        requireStoredId(milestone.id(), "milestone");
        return db.inTransaction("restore the milestone", c -> {
            requireTask(c, taskId);
            Milestone back = TaskWriter.insertMilestone(c, taskId, milestone);
            traces.restore(c);
            return back;
        });
    }

    public void setStatus(long taskId, TaskStatus status) {
        Objects.requireNonNull(status, "status");
        update(taskId, "change the task's status", "UPDATE task SET status = ? WHERE id = ?", status.name());
    }

    public void updateText(long taskId, String text) {
        Objects.requireNonNull(text, "text");
        update(taskId, "change the task's text", "UPDATE task SET text = ? WHERE id = ?", text);
    }

    public void setNotes(long taskId, String notes) {
        update(taskId, "change the task's notes", "UPDATE task SET notes = ? WHERE id = ?",
                notes == null ? "" : notes);
    }

    /** Sets the task's contact person and phone ("" for none). */
    public void setContact(long taskId, String contact, String phone) {
        db.inTransaction("change the task's contact", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE task SET contact = ?, phone = ? WHERE id = ?")) {
                ps.setString(1, contact == null ? "" : contact.strip());
                ps.setString(2, phone == null ? "" : phone.strip());
                ps.setLong(3, taskId);
                if (ps.executeUpdate() == 0) {
                    throw noSuchTask(taskId);
                }
            }
            return null;
        });
    }

    /**
     * Replaces the task's units and roles; units not yet in the directory are added to it.
     *
     * @return the assignments as stored (units with their ids)
     * @throws IllegalArgumentException if a unit is listed twice in one role
     */
    public List<Assignment> setAssignments(long taskId, List<Assignment> assignments, boolean othersIncluded) {
        Objects.requireNonNull(assignments, "assignments");
        return db.inTransaction("change the task's units", c -> {
            int seq = seqOf(c, taskId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assignment WHERE task_id = ?")) {
                ps.setLong(1, taskId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE task SET others_included = ? WHERE id = ?")) {
                ps.setInt(1, othersIncluded ? 1 : 0);
                ps.setLong(2, taskId);
                ps.executeUpdate();
            }
            return TaskWriter.insertAssignments(c, taskId, assignments, seq);
        });
    }

    /** Replaces the task's deadlines, in the given order. */
    public void setDeadlines(long taskId, List<Deadline> deadlines) {
        Objects.requireNonNull(deadlines, "deadlines");
        db.inTransaction("change the task's deadlines", c -> {
            requireTask(c, taskId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM deadline WHERE task_id = ?")) {
                ps.setLong(1, taskId);
                ps.executeUpdate();
            }
            TaskWriter.insertDeadlines(c, taskId, deadlines);
            return null;
        });
    }

    /**
     * Adds a task to a plan at the position {@code task.seq()}, moving the tasks from there on one
     * place down. Its part and section are found by number in the plan. A task that carries an id
     * (one being restored after a delete) gets that id back, with its milestones' and progress
     * entries' ids.
     *
     * @return the task as stored
     * @throws IllegalArgumentException if the plan does not exist or has no such part or section
     */
    public Task insert(long planId, Task task) {
        Objects.requireNonNull(task, "task");
        return db.inTransaction("add the task", c -> insertIn(c, planId, task));
    }

    private static Task insertIn(Connection c, long planId, Task task) throws SQLException {
        requirePlan(c, planId);
        if (task.seq() < 1) {
            throw new IllegalArgumentException("A task's position starts at 1, was " + task.seq() + ".");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE task SET seq = seq + 1 WHERE plan_id = ? AND seq >= ?")) {
            ps.setLong(1, planId);
            ps.setInt(2, task.seq());
            ps.executeUpdate();
        }
        String who = "task " + task.label();
        Long partId = HeadingLookup.part(c, planId, task.part(), who);
        Long sectionId = HeadingLookup.section(c, planId, task.part(), task.section(), who);
        return TaskWriter.insert(c, planId, task, partId, sectionId, true);
    }

    /**
     * Deletes the task with everything hanging off it and closes the gap in its plan's order.
     *
     * @return the task as it was, for putting it back with {@link #insert}
     */
    public Task delete(long taskId) {
        return remove(taskId).item();
    }

    /**
     * Deletes the task like {@link #delete} and gives it back with what other features kept about
     * it (reminder rules, snoozes, items marked done), for {@link #restore(long, Removed)}.
     */
    public Removed<Task> remove(long taskId) {
        return db.inTransaction("delete the task", c -> {
            Task task = TaskReader.byId(c, taskId).orElseThrow(() -> noSuchTask(taskId));
            Traces traces = Traces.ofTask(db.dialect(), c, taskId);
            long planId = planOf(c, taskId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM task WHERE id = ?")) {
                ps.setLong(1, taskId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE task SET seq = seq - 1 WHERE plan_id = ? AND seq > ?")) {
                ps.setLong(1, planId);
                ps.setInt(2, task.seq());
                ps.executeUpdate();
            }
            return new Removed<>(task, traces);
        });
    }

    /** Puts back a task {@link #remove}d, with its traces, in one transaction; see {@link #insert}. */
    public Task restore(long planId, Removed<Task> removed) {
        Objects.requireNonNull(removed, "removed");
        requireStoredId(removed.item().id(), "task");
        return db.inTransaction("restore the task", c -> {
            Task back = insertIn(c, planId, removed.item());
            removed.traces().restore(c);
            return back;
        });
    }

    private void update(long taskId, String what, String sql, String value) {
        db.inTransaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.setLong(2, taskId);
                if (ps.executeUpdate() == 0) {
                    throw noSuchTask(taskId);
                }
            }
            return null;
        });
    }

    private void deleteRow(String what, String sql, long id, String kind) {
        db.inTransaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                requireOneRow(ps, kind, id);
            }
            return null;
        });
    }

    private static void requireOneRow(PreparedStatement ps, String kind, long id) throws SQLException {
        if (ps.executeUpdate() == 0) {
            throw new IllegalArgumentException("The workspace has no " + kind + " " + id + ".");
        }
    }

    private static void requireStoredId(long id, String kind) {
        if (id <= 0) {
            throw new IllegalArgumentException("Only a " + kind + " that was stored before can be restored.");
        }
    }

    private static void requireTask(Connection c, long taskId) throws SQLException {
        seqOf(c, taskId);
    }

    private static int seqOf(Connection c, long taskId) throws SQLException {
        return (int) taskColumn(c, taskId, "seq");
    }

    private static long planOf(Connection c, long taskId) throws SQLException {
        return taskColumn(c, taskId, "plan_id");
    }

    /** A number from the task's row; a task that is not there is an IllegalArgumentException. */
    private static long taskColumn(Connection c, long taskId, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM task WHERE id = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw noSuchTask(taskId);
                }
                return rs.getLong(1);
            }
        }
    }

    private static void requirePlan(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM plan WHERE id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("The workspace has no plan " + planId + ".");
                }
            }
        }
    }

    private static IllegalArgumentException noSuchTask(long taskId) {
        return new IllegalArgumentException("The workspace has no task " + taskId + ".");
    }
}
