package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.plan.Unit;

/**
 * The directory of units shared by every plan in the workspace: one row per name, so the same
 * office named in two plans is one unit that sees all its tasks. Names are compared after
 * {@link String#strip()}, exactly otherwise (aliases such as 省发改委 = 省发展改革委 come later).
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
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit(name) VALUES (?) RETURNING id")) {
            ps.setString(1, normalized);
            return new Unit(Columns.insertReturningId(ps), normalized);
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
