package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.luoshi.notices.Notice;
import org.luoshi.notices.NoticeKind;

/** 督办 / 催办 notices issued, with their tasks. Deleted with their plan (put back with it on undo). */
public final class NoticeRepository {
    private final Database db;

    NoticeRepository(Database db) {
        this.db = db;
    }

    /** Stores a notice; one with an id (put back by redo) keeps it. Refused for a plan or task that does not exist. */
    public Notice add(Notice n) {
        Objects.requireNonNull(n, "notice");
        return db.inTransaction("store the notice", c -> {
            Rows.require(c, "plan", n.planId());
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO notice(id, plan_id, kind, year, seq, number, issued_on, unit, recipients, basis,
                                       time_limit, requirement, contact)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                Columns.setId(ps, 1, n.id() != 0 ? n.id() : null);
                ps.setLong(2, n.planId());
                Columns.setEnum(ps, 3, n.kind());
                ps.setInt(4, n.year());
                ps.setInt(5, n.seq());
                ps.setString(6, n.number());
                Columns.setDate(ps, 7, n.issuedOn());
                ps.setString(8, n.unit());
                ps.setString(9, String.join("、", n.recipients()));
                ps.setString(10, n.basis());
                Columns.setDate(ps, 11, n.timeLimit());
                ps.setString(12, n.requirement());
                ps.setString(13, n.contact());
                id = Columns.insertReturningId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO notice_task(notice_id, task_id, ord) VALUES (?, ?, ?)")) {
                int ord = 0;
                for (long task : n.taskIds()) {
                    Rows.require(c, "task", task);
                    ps.setLong(1, id);
                    ps.setLong(2, task);
                    ps.setInt(3, ord++);
                    ps.executeUpdate();
                }
            }
            return n.withId(id);
        });
    }

    public void remove(long id) {
        db.inTransaction("remove the notice", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM notice WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public java.util.Optional<Notice> find(long id) {
        return db.inTransaction("read the notice", c -> {
            List<Notice> found = read(c, "n.id = ?", id);
            return found.isEmpty() ? java.util.Optional.<Notice>empty() : java.util.Optional.of(found.get(0));
        });
    }

    /** The notices about a task, newest first. */
    public List<Notice> ofTask(long taskId) {
        return db.inTransaction("read the task's notices", c -> read(c,
                "n.id IN (SELECT notice_id FROM notice_task WHERE task_id = ?)", taskId));
    }

    /** The notices of a plan, newest first. */
    public List<Notice> ofPlan(long planId) {
        return db.inTransaction("read the plan's notices", c -> read(c, "n.plan_id = ?", planId));
    }

    private static List<Notice> read(Connection c, String where, long id) throws SQLException {
        List<Notice> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM notice n WHERE " + where
                + " ORDER BY n.issued_on DESC, n.id DESC")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String recipients = rs.getString("recipients");
                    out.add(new Notice(rs.getLong("id"), rs.getLong("plan_id"),
                            Columns.getEnum(rs, "kind", NoticeKind.class), rs.getInt("year"), rs.getInt("seq"),
                            rs.getString("number"), Columns.getDate(rs, "issued_on"), rs.getString("unit"),
                            recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split("、")),
                            rs.getString("basis"), Columns.getDate(rs, "time_limit"), rs.getString("requirement"),
                            rs.getString("contact"), List.of()));
                }
            }
        }
        List<Notice> withTasks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT task_id FROM notice_task WHERE notice_id = ? ORDER BY ord")) {
            for (Notice n : out) {
                ps.setLong(1, n.id());
                List<Long> tasks = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tasks.add(rs.getLong(1));
                    }
                }
                withTasks.add(new Notice(n.id(), n.planId(), n.kind(), n.year(), n.seq(), n.number(), n.issuedOn(),
                        n.unit(), n.recipients(), n.basis(), n.timeLimit(), n.requirement(), n.contact(), tasks));
            }
        }
        return withTasks;
    }
}
