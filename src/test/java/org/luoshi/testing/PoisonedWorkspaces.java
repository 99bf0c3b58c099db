package org.luoshi.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.app.SamplePlan;
import org.luoshi.plan.Plan;
import org.luoshi.storage.Workspace;

/**
 * A workspace that already holds dates no view can show, written straight into the file with SQL
 * as an older version, a hand edit or damage could have left them: the sample plan twice, plan 1
 * (the one the window opens on) poisoned, plan 2 sound.
 */
public final class PoisonedWorkspaces {
    /** Plan 1's first BY deadline holds this; before the fix it stopped {@code due} and the window. */
    public static final String YEAR_MINUS_999999999 = "-999999999-01-01";

    /** The ids of the two plans. */
    public record Made(Path file, long poisoned, long sound) {
    }

    private PoisonedWorkspaces() {
    }

    public static Made make(Path file) throws SQLException {
        long poisoned;
        long sound;
        try (Workspace ws = Workspace.open(file)) {
            Plan a = ws.plans().save(SamplePlan.parse().plan());
            Plan b = ws.plans().save(SamplePlan.parse().plan());
            poisoned = a.id();
            sound = b.id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<Long> by = ids(c, "SELECT d.id FROM deadline d JOIN task t ON t.id = d.task_id "
                    + "WHERE t.plan_id = " + poisoned + " AND d.kind = 'BY' AND d.date IS NOT NULL ORDER BY t.seq, d.ord");
            List<Long> period = ids(c, "SELECT d.id FROM deadline d JOIN task t ON t.id = d.task_id "
                    + "WHERE t.plan_id = " + poisoned + " AND d.kind = 'PERIOD' ORDER BY t.seq, d.ord");
            List<Long> milestones = ids(c, "SELECT m.id FROM milestone m JOIN task t ON t.id = m.task_id "
                    + "WHERE t.plan_id = " + poisoned + " ORDER BY t.seq");
            List<Long> tasks = ids(c, "SELECT id FROM task WHERE plan_id = " + poisoned + " ORDER BY seq");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE deadline SET date = '" + YEAR_MINUS_999999999 + "' WHERE id = " + by.get(0));
                s.executeUpdate("UPDATE deadline SET date = 'not a date' WHERE id = " + by.get(1));
                s.executeUpdate("UPDATE deadline SET date = '+999999999-12-31' WHERE id = " + by.get(2));
                s.executeUpdate("UPDATE deadline SET end_date = '9999-12-31' WHERE id = " + period.get(0));
                s.executeUpdate("UPDATE milestone SET date = '0001-01-01' WHERE id = " + milestones.get(0));
                s.executeUpdate("INSERT INTO progress(task_id, date, percent, text) VALUES (" + tasks.get(2)
                        + ", '2023-02-30', 40, '进展')");
                s.executeUpdate("UPDATE plan SET issued_on = '-0001-06-30' WHERE id = " + poisoned);
                // The calendar and the reminders keep dates and times too.
                s.executeUpdate("INSERT INTO calendar_year(year, source, loaded_at) VALUES (999999999, 'x', 'x')");
                s.executeUpdate("INSERT INTO calendar_day(date, kind, name, notice_year) "
                        + "VALUES ('-999999999-01-01', 'OFF', '', 999999999)");
                s.executeUpdate("INSERT INTO calendar_edit(date, kind, note, edited_at) VALUES ('junk', 'OFF', '', 'x')");
                s.executeUpdate("INSERT INTO reminder_run(id, last_run) VALUES (1, '-999999999-01-01T00:00:00Z')");
                s.executeUpdate("INSERT INTO setting(key, value) VALUES ('timeline.horizon." + poisoned
                        + "', '+999999999-12-31')");
            }
        }
        return new Made(file, poisoned, sound);
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
