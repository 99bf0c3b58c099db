package org.luoshi.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * On a PostgreSQL server: for every plan, a stamp that changes with every commit that writes any row a
 * whole plan is read from (the plan, its parts, sections and tasks, their units in roles, deadlines,
 * milestones and progress entries). Built from the transaction id every row carries ({@code xmin}): per
 * plan the count of those rows and the sum of their ids. A commit that inserts or updates rows adds
 * its own id, which is newer than the ids it replaces, and one that only deletes lowers the count, so
 * two stamps of a plan differ once anything of it changed. One query, answered from the server's
 * indexes in a few milliseconds for 10,000 tasks: what a window reads to learn which plans another
 * client changed, before it reads just those again.
 */
final class PlanStamps {
    private static final String SQL = """
            SELECT plan_id, count(*) || ':' || sum(x) FROM (
                SELECT id AS plan_id, xmin::text::bigint AS x FROM plan
                UNION ALL SELECT plan_id, xmin::text::bigint FROM part
                UNION ALL SELECT plan_id, xmin::text::bigint FROM section
                UNION ALL SELECT plan_id, xmin::text::bigint FROM task
                UNION ALL SELECT t.plan_id, a.xmin::text::bigint FROM assignment a JOIN task t ON t.id = a.task_id
                UNION ALL SELECT t.plan_id, u.xmin::text::bigint FROM assignment a JOIN task t ON t.id = a.task_id
                    JOIN unit u ON u.id = a.unit_id
                UNION ALL SELECT t.plan_id, d.xmin::text::bigint FROM deadline d JOIN task t ON t.id = d.task_id
                UNION ALL SELECT t.plan_id, m.xmin::text::bigint FROM milestone m JOIN task t ON t.id = m.task_id
                UNION ALL SELECT t.plan_id, e.xmin::text::bigint FROM progress e JOIN task t ON t.id = e.task_id
            ) rows_of_plans GROUP BY plan_id""";

    private PlanStamps() {
    }

    /** Plan id → stamp, for every plan; empty for a workspace file (its lock keeps other writers out). */
    static Map<Long, String> read(Database db) {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return Map.of();
        }
        return db.inTransaction("read which plans changed", c -> {
            Map<Long, String> stamps = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stamps.put(rs.getLong(1), rs.getString(2));
                }
            }
            return stamps;
        });
    }
}
