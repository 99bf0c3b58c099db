package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * The small edits made while a plan is carried out. Each is one transaction, committed when the
 * method returns. An id that names no task is a caller's mistake (a stale view) and is refused
 * with an IllegalArgumentException, changing nothing.
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

    /** Adds a dated progress line; returns it with its new id. */
    public ProgressEntry addProgress(long taskId, ProgressEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return db.inTransaction("add progress to the task", c -> {
            requireTask(c, taskId);
            return TaskWriter.insertProgress(c, taskId, entry);
        });
    }

    /** Adds a milestone; returns it with its new id. */
    public Milestone addMilestone(long taskId, Milestone milestone) {
        Objects.requireNonNull(milestone, "milestone");
        return db.inTransaction("add a milestone to the task", c -> {
            requireTask(c, taskId);
            return TaskWriter.insertMilestone(c, taskId, milestone);
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

    private static void requireTask(Connection c, long taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM task WHERE id = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw noSuchTask(taskId);
                }
            }
        }
    }

    private static IllegalArgumentException noSuchTask(long taskId) {
        return new IllegalArgumentException("The workspace has no task " + taskId + ".");
    }
}
