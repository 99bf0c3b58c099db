package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.luoshi.rounds.ReportLine;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.Submission;

/**
 * Progress rounds: the rounds of each plan with the units and tasks they ask, and the forms
 * received in them (every one kept; a later form of a unit marks the earlier one superseded). Also
 * the workspace's own identity, which the forms carry.
 */
public final class RoundRepository {
    private static final String WORKSPACE_ID = "workspace.id";

    private final Database db;

    RoundRepository(Database db) {
        this.db = db;
    }

    /** The workspace's identity (random, made on first use): a form names the workspace it was made from. */
    public String workspaceId() {
        return db.inTransaction("read the workspace's identity", RoundRepository::workspaceId);
    }

    /** The identity, made and stored if the workspace has none yet (opening the first round does). */
    private static String workspaceId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, WORKSPACE_ID);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)")) {
            ps.setString(1, WORKSPACE_ID);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * Stores a round with its units and tasks; a round with an id (put back by redo) keeps it. A
     * token is made if the round has none. Units are named as the directory names them.
     *
     * @throws IllegalArgumentException if the plan or a task does not exist
     */
    public Round create(Round round) {
        Objects.requireNonNull(round, "round");
        return db.inTransaction("open the progress round", c -> {
            requireRow(c, "plan", round.planId());
            workspaceId(c); // made now, so that writing and reading forms later only reads it
            String token = round.token().isEmpty() ? UUID.randomUUID().toString() : round.token();
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO round(id, plan_id, period, due, due_rule, contact, opened_on, token)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                Columns.setId(ps, 1, round.id() != 0 ? round.id() : null);
                ps.setLong(2, round.planId());
                ps.setString(3, round.period());
                Columns.setDate(ps, 4, round.due());
                ps.setString(5, round.dueRule());
                ps.setString(6, round.contact());
                Columns.setDate(ps, 7, round.openedOn());
                ps.setString(8, token);
                id = Columns.insertReturningId(ps);
            }
            List<String> units = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_unit(round_id, unit_id, ord) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String name : round.units()) {
                    var unit = UnitRepository.findOrCreate(c, name);
                    units.add(unit.name());
                    ps.setLong(1, id);
                    ps.setLong(2, unit.id());
                    ps.setInt(3, units.size());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_task(round_id, task_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (long task : round.taskIds()) {
                    requireRow(c, "task", task);
                    ps.setLong(1, id);
                    ps.setLong(2, task);
                    ps.executeUpdate();
                }
            }
            return new Round(id, round.planId(), round.period(), round.due(), round.dueRule(), round.contact(),
                    round.openedOn(), token, units.stream().distinct().toList(), round.taskIds());
        });
    }

    /** Deletes a round with what was received in it; its progress entries stay, no longer marked with it. */
    public void delete(long roundId) {
        db.inTransaction("delete the progress round", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM round WHERE id = ?")) {
                ps.setLong(1, roundId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Round> find(long roundId) {
        return db.inTransaction("read the progress round", c -> {
            List<Round> found = read(c, "r.id = ?", roundId);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    /** The rounds of a plan, oldest first. */
    public List<Round> ofPlan(long planId) {
        return db.inTransaction("list the progress rounds", c -> read(c, "r.plan_id = ?", planId));
    }

    /** Every round of the workspace, by plan, oldest first. */
    public List<Round> all() {
        return db.inTransaction("list the progress rounds", c -> read(c, "1 = ?", 1));
    }

    private static List<Round> read(Connection c, String where, long key) throws SQLException {
        Map<Long, Round> rounds = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.plan_id, r.period, r.due, r.due_rule, r.contact, "
                + "r.opened_on, r.token FROM round r WHERE " + where + " ORDER BY r.plan_id, r.id")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    rounds.put(id, new Round(id, rs.getLong("plan_id"), rs.getString("period"), Columns.getDate(rs, "due"),
                            rs.getString("due_rule"), rs.getString("contact"), Columns.getDate(rs, "opened_on"),
                            rs.getString("token"), List.of(), List.of()));
                }
            }
        }
        List<Round> out = new ArrayList<>();
        for (Round r : rounds.values()) {
            List<String> units = strings(c, "SELECT u.name FROM round_unit x JOIN unit u ON u.id = x.unit_id "
                    + "WHERE x.round_id = ? ORDER BY x.ord, u.id", r.id());
            List<Long> tasks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT x.task_id FROM round_task x JOIN task t ON t.id = x.task_id "
                    + "WHERE x.round_id = ? ORDER BY t.seq")) {
                ps.setLong(1, r.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tasks.add(rs.getLong(1));
                    }
                }
            }
            out.add(new Round(r.id(), r.planId(), r.period(), r.due(), r.dueRule(), r.contact(), r.openedOn(), r.token(),
                    units, tasks));
        }
        return out;
    }

    /** Every form received in the round, current and superseded, in the order received. */
    public List<Submission> submissions(long roundId) {
        return db.inTransaction("read the forms received", c -> {
            Map<Long, List<ReportLine>> lines = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT l.submission_id, l.task_id, l.progress, l.problems, l.next_steps, l.percent, l.done
                    FROM round_submission_line l JOIN round_submission s ON s.id = l.submission_id
                    JOIN task t ON t.id = l.task_id
                    WHERE s.round_id = ? ORDER BY l.submission_id, t.seq""")) {
                ps.setLong(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Integer done = Columns.getInteger(rs, "done");
                        lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ReportLine(rs.getLong(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), Columns.getInteger(rs, "percent"),
                                done == null ? null : done != 0));
                    }
                }
            }
            List<Submission> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.id, u.name, s.received, s.file_name, s.reporter, s.phone,
                        (SELECT max(n.id) FROM round_submission n WHERE n.replaces = s.id) AS superseded_by
                    FROM round_submission s JOIN unit u ON u.id = s.unit_id
                    WHERE s.round_id = ? ORDER BY s.id""")) {
                ps.setLong(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.add(new Submission(id, roundId, rs.getString(2), Columns.getDate(rs, "received"),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7),
                                lines.getOrDefault(id, List.of())));
                    }
                }
            }
            return out;
        });
    }

    /** Stores a received form with its lines (as current); one with an id (put back by redo) keeps it. */
    public Submission addSubmission(Submission s) {
        Objects.requireNonNull(s, "submission");
        return db.inTransaction("store the form received", c -> {
            requireRow(c, "round", s.roundId());
            long unitId = UnitRepository.findOrCreate(c, s.unit()).id();
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO round_submission(id, round_id, unit_id, received, file_name, reporter, phone)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                Columns.setId(ps, 1, s.id() != 0 ? s.id() : null);
                ps.setLong(2, s.roundId());
                ps.setLong(3, unitId);
                Columns.setDate(ps, 4, s.received());
                ps.setString(5, s.fileName());
                ps.setString(6, s.reporter());
                ps.setString(7, s.phone());
                id = Columns.insertReturningId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO round_submission_line(submission_id, task_id, progress, problems, next_steps, percent, done)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (ReportLine l : s.lines()) {
                    ps.setLong(1, id);
                    ps.setLong(2, l.taskId());
                    ps.setString(3, l.progress());
                    ps.setString(4, l.problems());
                    ps.setString(5, l.nextSteps());
                    Columns.setInteger(ps, 6, l.percent());
                    Columns.setInteger(ps, 7, l.done() == null ? null : l.done() ? 1 : 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return s.withId(id);
        });
    }

    /**
     * Marks a form superseded by a later one of the same unit, {@code by} (0: current again). Stored
     * on the later form, as the one it replaces.
     */
    public void setSupersededBy(long submissionId, long by) {
        db.inTransaction("mark the earlier form replaced", c -> {
            String sql = by != 0 ? "UPDATE round_submission SET replaces = ? WHERE id = ?"
                    : "UPDATE round_submission SET replaces = NULL WHERE replaces = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, submissionId);
                if (by != 0) {
                    ps.setLong(2, by);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalArgumentException("There is no form received with id " + by + ".");
                    }
                } else {
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    public void removeSubmission(long submissionId) {
        db.inTransaction("remove the form received", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM round_submission WHERE id = ?")) {
                ps.setLong(1, submissionId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The progress entries {@code unit} reported in the round: task id → entry ids. */
    public Map<Long, List<Long>> progressOf(long roundId, String unit) {
        return db.inTransaction("read the progress reported in the round", c -> {
            Map<Long, List<Long>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.task_id, e.id FROM progress e JOIN unit u ON u.id = e.unit_id
                    WHERE e.round_id = ? AND u.name = ? ORDER BY e.task_id, e.id""")) {
                ps.setLong(1, roundId);
                ps.setString(2, unit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    private static List<String> strings(Connection c, String sql, long key) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void requireRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("There is no " + table + " with id " + id + ".");
                }
            }
        }
    }
}
