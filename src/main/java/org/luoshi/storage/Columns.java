package org.luoshi.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How record fields map to SQLite columns: dates as ISO text (sortable, readable in any SQLite
 * tool), enums by name, absent numbers as NULL rather than 0 (which JDBC's getInt would give).
 */
final class Columns {

    private Columns() {
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setString(index, date == null ? null : date.toString());
    }

    /**
     * The date in {@code column}, or null. Text that is no date at all (written by hand, or
     * damaged) is read as {@link #UNREADABLE_DATE} rather than refusing the whole plan: like any
     * date outside the years Luoshi shows, the views flag it as invalid and leave it out of every
     * reckoning (see {@code plan.UsableDates}), and the rest of the plan reads.
     */
    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return UNREADABLE_DATE;
        }
    }

    /** What a stored date that cannot be parsed reads as: a date no view uses. */
    static final LocalDate UNREADABLE_DATE = LocalDate.MIN;

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static Integer getInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable reference to another row. */
    static void setId(PreparedStatement ps, int index, Long id) throws SQLException {
        if (id == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, id);
        }
    }

    static void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        ps.setString(index, value == null ? null : value.name());
    }

    static <E extends Enum<E>> E getEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new SQLException("column " + column + " holds '" + name + "', not a "
                    + type.getSimpleName(), e);
        }
    }

    /** Runs an {@code INSERT … RETURNING id} and gives the new row's id. */
    static long insertReturningId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the insert returned no id");
            }
            return rs.getLong(1);
        }
    }
}
