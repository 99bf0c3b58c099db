package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small checks shared by the history, notice and chase repositories. */
final class Rows {
    private Rows() {
    }

    /** Refuses (IllegalArgumentException) an id that names no row of {@code table}. */
    static void require(Connection c, String table, long id) throws SQLException {
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
