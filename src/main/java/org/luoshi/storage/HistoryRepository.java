package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.luoshi.history.HistoryEntry;
import org.luoshi.history.HistoryStep;

/**
 * The history of edits: a step per stored edit with what it changed per task and field. Written
 * only by the edit layer, in the edit's own transaction; a step is removed only when its edit is
 * undone, and put back under the same id when it is redone. No method changes a stored step.
 */
public final class HistoryRepository {
    private final Database db;

    HistoryRepository(Database db) {
        this.db = db;
    }

    /** Stores the step with its entries; a step with an id (put back by redo) keeps it. Returns it with its id. */
    public HistoryStep add(HistoryStep step) {
        Objects.requireNonNull(step, "step");
        return db.inTransaction("record the change in the history", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO history_step(id, at, person, action) VALUES (?, ?, ?, ?) RETURNING id")) {
                Columns.setId(ps, 1, step.id() != 0 ? step.id() : null);
                ps.setString(2, step.at().withNano(0).toString());
                ps.setString(3, step.person());
                ps.setString(4, step.action());
                id = Columns.insertReturningId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO history_entry(step_id, ord, task_id, plan_id, task, field, before, after)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int ord = 0;
                for (HistoryEntry e : step.entries()) {
                    ps.setLong(1, id);
                    ps.setInt(2, ord++);
                    ps.setLong(3, e.taskId());
                    ps.setLong(4, e.planId());
                    ps.setString(5, e.task());
                    ps.setString(6, e.field());
                    ps.setString(7, e.before());
                    ps.setString(8, e.after());
                    ps.executeUpdate();
                }
            }
            return step.withId(id);
        });
    }

    /** Removes a step with its entries: its edit was undone. */
    public void remove(long stepId) {
        db.inTransaction("remove the undone change from the history", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM history_step WHERE id = ?")) {
                ps.setLong(1, stepId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The steps that changed the task, newest first, each with the task's entries only. */
    public List<HistoryStep> ofTask(long taskId) {
        return db.inTransaction("read the task's history", c -> read(c, "e.task_id = ?", taskId));
    }

    /** The steps that changed tasks of the plan, newest first, each with the plan's entries only. */
    public List<HistoryStep> ofPlan(long planId) {
        return db.inTransaction("read the plan's history", c -> read(c, "e.plan_id = ?", planId));
    }

    /** How many steps the workspace holds (tests). */
    public int stepCount() {
        return db.inTransaction("count the history", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM history_step");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static List<HistoryStep> read(Connection c, String where, long id) throws SQLException {
        Map<Long, HistoryStep> steps = new LinkedHashMap<>();
        Map<Long, List<HistoryEntry>> entries = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.id, s.at, s.person, s.action, e.task_id, e.plan_id, e.task, e.field, e.before, e.after
                FROM history_entry e JOIN history_step s ON s.id = e.step_id
                WHERE\s""" + where + " ORDER BY s.id DESC, e.ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long step = rs.getLong(1);
                    if (!steps.containsKey(step)) {
                        steps.put(step, new HistoryStep(step, time(rs.getString(2)), rs.getString(3), rs.getString(4),
                                List.of()));
                        entries.put(step, new ArrayList<>());
                    }
                    entries.get(step).add(new HistoryEntry(rs.getLong(5), rs.getLong(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
        }
        List<HistoryStep> out = new ArrayList<>();
        steps.forEach((k, s) -> out.add(new HistoryStep(s.id(), s.at(), s.person(), s.action(), entries.get(k))));
        return out;
    }

    private static LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            return LocalDateTime.MIN;
        }
    }
}
