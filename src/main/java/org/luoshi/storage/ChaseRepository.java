package org.luoshi.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.luoshi.chase.ChaseEntry;
import org.luoshi.chase.ChaseHow;

/** The chase log: entries per task, deleted with the task (and put back with it on undo, as traces). */
public final class ChaseRepository {
    private final Database db;

    ChaseRepository(Database db) {
        this.db = db;
    }

    /** Stores an entry; one with an id (put back by redo) keeps it. Refused for a task that does not exist. */
    public ChaseEntry add(ChaseEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return db.inTransaction("add to the chase log", c -> {
            Rows.require(c, "task", entry.taskId());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO chase(id, task_id, date, how, who, said) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                Columns.setId(ps, 1, entry.id() != 0 ? entry.id() : null);
                ps.setLong(2, entry.taskId());
                Columns.setDate(ps, 3, entry.date());
                Columns.setEnum(ps, 4, entry.how());
                ps.setString(5, entry.who());
                ps.setString(6, entry.said());
                return entry.withId(Columns.insertReturningId(ps));
            }
        });
    }

    public void remove(long id) {
        db.inTransaction("remove from the chase log", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM chase WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The task's chase log, newest first. */
    public List<ChaseEntry> ofTask(long taskId) {
        return db.inTransaction("read the chase log", c -> {
            List<ChaseEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, task_id, date, how, who, said FROM chase WHERE task_id = ? ORDER BY date DESC, id DESC")) {
                ps.setLong(1, taskId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ChaseEntry(rs.getLong("id"), rs.getLong("task_id"), Columns.getDate(rs, "date"),
                                Columns.getEnum(rs, "how", ChaseHow.class), rs.getString("who"), rs.getString("said")));
                    }
                }
            }
            return out;
        });
    }
}
