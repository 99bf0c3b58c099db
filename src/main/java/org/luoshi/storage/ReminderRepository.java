package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.reminders.ReminderRuleBook;
import org.luoshi.reminders.ReminderRules;
import org.luoshi.reminders.ReminderState;
import org.luoshi.reminders.ReminderStates;

/**
 * Reminder rules and what the user did with reminders: snoozed, dismissed, marked done, and when
 * the app last looked. Each change is one transaction; a task or plan that does not exist is
 * refused with an IllegalArgumentException and nothing changes.
 */
public final class ReminderRepository {

    /** The three levels a rule can be set at. */
    private enum Scope {
        PLAN("reminder_plan_rule", "plan_id", "plan"),
        TASK("reminder_task_rule", "task_id", "task"),
        MILESTONE("reminder_milestone_rule", "milestone_id", "milestone");

        final String table;
        final String column;
        final String owner;

        Scope(String table, String column, String owner) {
            this.table = table;
            this.column = column;
            this.owner = owner;
        }
    }

    /** The settings key of the default offsets (WorkspaceSettings.REMINDER_OFFSETS). */
    static final String DEFAULT_OFFSETS_KEY = "reminders.defaultOffsets";

    private final Database db;

    ReminderRepository(Database db) {
        this.db = db;
    }

    /** Every rule set at any level, and the workspace's default from the settings. */
    public ReminderRuleBook ruleBook() {
        return db.inTransaction("read the reminder rules", c -> new ReminderRuleBook(
                rules(c, Scope.PLAN), rules(c, Scope.TASK), rules(c, Scope.MILESTONE), workspaceDefault(c)));
    }

    /** The default offsets set in the settings dialog (stored by org.luoshi.settings), or the app's. */
    private static ReminderRules workspaceDefault(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, DEFAULT_OFFSETS_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return ReminderRules.DEFAULT;
                }
                try {
                    return ReminderRules.parse(rs.getString(1));
                } catch (IllegalArgumentException e) {
                    return ReminderRules.DEFAULT; // a damaged setting must not stop reminders
                }
            }
        }
    }

    public void setPlanRules(long planId, ReminderRules rules) {
        setRules(Scope.PLAN, planId, rules);
    }

    public void setTaskRules(long taskId, ReminderRules rules) {
        setRules(Scope.TASK, taskId, rules);
    }

    public void setMilestoneRules(long milestoneId, ReminderRules rules) {
        setRules(Scope.MILESTONE, milestoneId, rules);
    }

    /** Back to the plan's rules (or the default); returns whether the plan had its own. */
    public boolean clearPlanRules(long planId) {
        return clearRules(Scope.PLAN, planId);
    }

    /** Back to the plan's rules; returns whether the task had its own. */
    public boolean clearTaskRules(long taskId) {
        return clearRules(Scope.TASK, taskId);
    }

    /** Back to the task's rules; returns whether the milestone had its own. */
    public boolean clearMilestoneRules(long milestoneId) {
        return clearRules(Scope.MILESTONE, milestoneId);
    }

    private void setRules(Scope scope, long id, ReminderRules rules) {
        Objects.requireNonNull(rules, "rules");
        db.inTransaction("set the reminder rules of the " + scope.owner, c -> {
            requireRow(c, scope.owner, id);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + scope.table + "("
                    + scope.column + ", offsets) VALUES (?, ?) ON CONFLICT (" + scope.column
                    + ") DO UPDATE SET offsets = excluded.offsets")) {
                ps.setLong(1, id);
                ps.setString(2, rules.format());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private boolean clearRules(Scope scope, long id) {
        return db.inTransaction("clear the reminder rules of the " + scope.owner, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM " + scope.table + " WHERE " + scope.column + " = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Map<Long, ReminderRules> rules(Connection c, Scope scope) throws SQLException {
        Map<Long, ReminderRules> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + scope.column + ", offsets FROM " + scope.table);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String text = rs.getString("offsets");
                try {
                    map.put(rs.getLong(1), ReminderRules.parse(text));
                } catch (IllegalArgumentException e) {
                    throw new SQLException(scope.table + " holds '" + text + "', not reminder offsets", e);
                }
            }
        }
        return map;
    }

    /** Every snooze, dismissal and done mark. */
    public ReminderStates states() {
        return db.inTransaction("read the reminders' states", c -> {
            Map<String, ReminderState> reminders = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT reminder_key, task_id, state, snoozed_until, changed_at FROM reminder_state");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReminderState s = new ReminderState(rs.getString("reminder_key"), rs.getLong("task_id"),
                            Columns.getEnum(rs, "state", ReminderState.Kind.class), instant(rs, "snoozed_until"),
                            instant(rs, "changed_at"));
                    reminders.put(s.reminderKey(), s);
                }
            }
            Map<String, Instant> done = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT item_key, done_at FROM reminder_done");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.put(rs.getString("item_key"), instant(rs, "done_at"));
                }
            }
            return new ReminderStates(reminders, done);
        });
    }

    /** Puts a reminder off until {@code until}; replaces an earlier snooze or dismissal of it. */
    public void snooze(String reminderKey, long taskId, Instant until, Instant now) {
        Objects.requireNonNull(until, "until");
        putState(new ReminderState(reminderKey, taskId, ReminderState.Kind.SNOOZED, until, now), "snooze the reminder");
    }

    /** Silences a reminder for good (the item's later reminders still come). */
    public void dismiss(String reminderKey, long taskId, Instant now) {
        putState(new ReminderState(reminderKey, taskId, ReminderState.Kind.DISMISSED, null, now),
                "dismiss the reminder");
    }

    private void putState(ReminderState s, String what) {
        db.inTransaction(what, c -> {
            requireRow(c, "task", s.taskId());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO reminder_state(reminder_key, task_id, state, snoozed_until, changed_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (reminder_key) DO UPDATE SET task_id = excluded.task_id, state = excluded.state,
                        snoozed_until = excluded.snoozed_until, changed_at = excluded.changed_at""")) {
                ps.setString(1, s.reminderKey());
                ps.setLong(2, s.taskId());
                Columns.setEnum(ps, 3, s.kind());
                ps.setString(4, s.snoozedUntil() == null ? null : s.snoozedUntil().toString());
                ps.setString(5, s.changedAt().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets a snooze or dismissal; returns whether there was one. */
    public boolean clearState(String reminderKey) {
        return db.inTransaction("restore the reminder", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM reminder_state WHERE reminder_key = ?")) {
                ps.setString(1, reminderKey);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Marks a due item done: none of its reminders comes any more. */
    public void markDone(String itemKey, long taskId, Instant now) {
        Objects.requireNonNull(itemKey, "itemKey");
        db.inTransaction("mark the item done", c -> {
            requireRow(c, "task", taskId);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO reminder_done(item_key, task_id, done_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (item_key) DO UPDATE SET task_id = excluded.task_id, done_at = excluded.done_at")) {
                ps.setString(1, itemKey);
                ps.setLong(2, taskId);
                ps.setString(3, now.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Takes a done mark back; returns whether there was one. */
    public boolean unmarkDone(String itemKey) {
        return db.inTransaction("take back the done mark", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM reminder_done WHERE item_key = ?")) {
                ps.setString(1, itemKey);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** When the app last looked at reminders, if it ever did. */
    public Optional<Instant> lastRun() {
        return db.inTransaction("read when reminders were last checked", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_run FROM reminder_run WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(instant(rs, "last_run")) : Optional.empty();
            }
        });
    }

    public void setLastRun(Instant when) {
        Objects.requireNonNull(when, "when");
        db.inTransaction("note when reminders were checked", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO reminder_run(id, last_run) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET last_run = excluded.last_run")) {
                ps.setString(1, when.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void requireRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("The workspace has no " + table + " " + id + ".");
                }
            }
        }
    }

    /**
     * The time in {@code column}, or null. Text that is no time (written by hand, or damaged) reads
     * as {@link Instant#EPOCH}, long past: a snooze with it has ended, a run with it is long ago.
     * Refusing it would stop every reminder of the workspace.
     */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
