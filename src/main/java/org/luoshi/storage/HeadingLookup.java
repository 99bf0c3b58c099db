package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stored part and section rows of a plan by their printed numbers, for a task added to
 * a plan that is stored already (the same rules as {@link HeadingIds} when a whole plan is saved).
 */
final class HeadingLookup {

    private HeadingLookup() {
    }

    static Long part(Connection c, long planId, String number, String who) throws SQLException {
        if (number == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM part WHERE plan_id = ? AND number = ? ORDER BY ord, id LIMIT 1")) {
            ps.setLong(1, planId);
            ps.setString(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("The " + who + " is in part " + number
                            + ", which the plan does not list.");
                }
                return rs.getLong(1);
            }
        }
    }

    static Long section(Connection c, long planId, String part, String number, String who) throws SQLException {
        if (number == null) {
            return null;
        }
        List<Long> inPart = new ArrayList<>();
        List<Long> anyPart = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.id, p.number AS part_number
                FROM section s LEFT JOIN part p ON p.id = s.part_id
                WHERE s.plan_id = ? AND s.number = ?
                ORDER BY s.ord, s.id""")) {
            ps.setLong(1, planId);
            ps.setString(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    anyPart.add(rs.getLong("id"));
                    String partNumber = rs.getString("part_number");
                    if (part == null ? partNumber == null : part.equals(partNumber)) {
                        inPart.add(rs.getLong("id"));
                    }
                }
            }
        }
        if (!inPart.isEmpty()) {
            return inPart.get(0);
        }
        if (anyPart.size() == 1) {
            return anyPart.get(0);
        }
        throw new IllegalArgumentException("The " + who + " is in section " + number
                + (part == null ? "" : " of part " + part)
                + (anyPart.isEmpty() ? ", which the plan does not list." : ", which is ambiguous."));
    }
}
