package org.luoshi.storage;

import org.luoshi.plan.UnitTaskCount;

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
import org.luoshi.plan.Unit;

/**
 * The directory of units shared by every plan in the workspace: one row per name, so the same
 * office named in two plans is one unit that sees all its tasks. Names are compared after
 * {@link String#strip()}, exactly otherwise; other names of a unit (省发改委 for 省发展改革委) are
 * aliases, kept here and applied by {@link org.luoshi.plan.UnitDirectory} when a plan is saved.
 */
public final class UnitRepository {

    private final Database db;

    UnitRepository(Database db) {
        this.db = db;
    }

    /**
     * The unit with this name, created if the workspace has none. Inside another repository's
     * transaction (a plan being saved) it takes part in that transaction.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Unit findOrCreate(String name) {
        String normalized = Unit.named(name).name();
        return db.inTransaction("add the unit " + normalized, c -> findOrCreate(c, normalized));
    }

    static Unit findOrCreate(Connection c, String name) throws SQLException {
        String normalized = Unit.named(name).name();
        Optional<Unit> existing = byName(c, normalized);
        if (existing.isPresent()) {
            return existing.get();
        }
        // On a server another client may be adding the same name at this moment: its row is waited for and
        // then taken (DO NOTHING, read again), instead of failing this whole save on the unique name.
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO unit(name) VALUES (?) ON CONFLICT(name) DO NOTHING RETURNING id")) {
            ps.setString(1, normalized);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new Unit(rs.getLong(1), normalized);
                }
            }
        }
        return byName(c, normalized).orElseThrow(() -> new SQLException("the unit " + normalized + " was neither added nor found"));
    }

    /**
     * Finds or adds every unit of {@code names} in one order (sorted), so that two clients saving plans
     * with the same new units at once wait for each other instead of each holding a name the other needs.
     */
    static void findOrCreateInOrder(Connection c, java.util.Collection<String> names) throws SQLException {
        java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                sorted.add(Unit.named(n).name());
            }
        }
        for (String n : sorted) {
            findOrCreate(c, n);
        }
    }

    /** Every unit, ordered by name (code point order; the UI may re-sort by pinyin). */
    public List<Unit> all() {
        return db.inTransaction("list the units", c -> {
            List<Unit> units = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM unit ORDER BY name, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new Unit(rs.getLong("id"), rs.getString("name")));
                }
            }
            return units;
        });
    }

    /** The unit with this name (stripped), if the workspace has it. */
    public Optional<Unit> byName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            return Optional.empty();
        }
        return db.inTransaction("find the unit " + name.strip(), c -> byName(c, name.strip()));
    }

    private static Optional<Unit> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM unit WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Unit(rs.getLong("id"), rs.getString("name"))) : Optional.empty();
            }
        }
    }

    /** Every unit with the number of tasks it holds across all plans, ordered by name. */
    public List<UnitTaskCount> taskCounts() {
        return db.inTransaction("count the tasks of each unit", c -> {
            List<UnitTaskCount> counts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT u.id, u.name, count(DISTINCT a.task_id) AS tasks
                    FROM unit u LEFT JOIN assignment a ON a.unit_id = u.id
                    GROUP BY u.id
                    ORDER BY u.name, u.id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new UnitTaskCount(new Unit(rs.getLong("id"), rs.getString("name")),
                            rs.getInt("tasks")));
                }
            }
            return counts;
        });
    }

    /** The workspace's aliases: other name → the unit's name. */
    public Map<String, String> aliases() {
        return db.inTransaction("list the unit aliases", c -> {
            Map<String, String> aliases = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT a.alias, u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id ORDER BY a.alias");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.put(rs.getString(1), rs.getString(2));
                }
            }
            return aliases;
        });
    }

    /**
     * Records {@code alias} as another name of the unit {@code unitId}; an alias already pointing
     * elsewhere is moved.
     *
     * @throws IllegalArgumentException if the alias is blank, is itself a unit's name, or the unit is unknown
     */
    public void addAlias(long unitId, String alias) {
        String name = Unit.named(alias).name();
        db.inTransaction("add the alias " + name, c -> {
            if (byName(c, name).isPresent()) {
                throw new IllegalArgumentException("“" + name + "” is a unit of its own; merge the two units instead");
            }
            requireUnit(c, unitId);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO unit_alias(alias, unit_id) VALUES (?, ?) "
                            + "ON CONFLICT(alias) DO UPDATE SET unit_id = excluded.unit_id")) {
                ps.setString(1, name);
                ps.setLong(2, unitId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Merges unit {@code fromId} into {@code intoId} in one transaction: every assignment of the
     * first moves to the second (where a task already names the second in that role, the duplicate
     * goes), its aliases follow, its name becomes an alias, and the first unit is deleted.
     */
    public void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new IllegalArgumentException("a unit cannot be merged into itself");
        }
        db.inTransaction("merge two units", c -> {
            Unit from = requireUnit(c, fromId);
            requireUnit(c, intoId);
            update(c, """
                    DELETE FROM assignment
                    WHERE unit_id = ? AND EXISTS (SELECT 1 FROM assignment b
                        WHERE b.task_id = assignment.task_id AND b.role = assignment.role AND b.unit_id = ?)""",
                    fromId, intoId);
            update(c, "UPDATE assignment SET unit_id = ? WHERE unit_id = ?", intoId, fromId);
            update(c, "UPDATE unit_alias SET unit_id = ? WHERE unit_id = ?", intoId, fromId);
            // What the unit reported in progress rounds, and the rounds that named it, follow it.
            update(c, "UPDATE progress SET unit_id = ? WHERE unit_id = ?", intoId, fromId);
            update(c, "UPDATE round_submission SET unit_id = ? WHERE unit_id = ?", intoId, fromId);
            update(c, """
                    DELETE FROM round_unit
                    WHERE unit_id = ? AND EXISTS (SELECT 1 FROM round_unit b
                        WHERE b.round_id = round_unit.round_id AND b.unit_id = ?)""", fromId, intoId);
            update(c, "UPDATE round_unit SET unit_id = ? WHERE unit_id = ?", intoId, fromId);
            update(c, "DELETE FROM unit WHERE id = ?", fromId);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO unit_alias(alias, unit_id) VALUES (?, ?) "
                            + "ON CONFLICT(alias) DO UPDATE SET unit_id = excluded.unit_id")) {
                ps.setString(1, from.name());
                ps.setLong(2, intoId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Unit requireUnit(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM unit WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no unit with id " + id);
                }
                return new Unit(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static void update(Connection c, String sql, long a, long b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, long a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.executeUpdate();
        }
    }

    /**
     * Every unit with the number of its open tasks (not 已完成 and not 已销号) across all plans,
     * ordered by name: the counts beside the unit directory.
     */
    public List<UnitTaskCount> openTaskCounts() {
        return db.inTransaction("count the open tasks of each unit", c -> {
            List<UnitTaskCount> counts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT u.id, u.name,
                           count(DISTINCT CASE WHEN t.status NOT IN ('DONE', 'CLOSED') THEN t.id END) AS open
                    FROM unit u
                    LEFT JOIN assignment a ON a.unit_id = u.id
                    LEFT JOIN task t ON t.id = a.task_id
                    GROUP BY u.id
                    ORDER BY u.name, u.id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new UnitTaskCount(new Unit(rs.getLong("id"), rs.getString("name")),
                            rs.getInt("open")));
                }
            }
            return counts;
        });
    }
}
