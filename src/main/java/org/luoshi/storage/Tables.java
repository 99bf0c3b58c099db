package org.luoshi.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables of a workspace file as its schema describes them: for the check and for recovery. */
final class Tables {

    /** A column: its name, declared type and place in the primary key (0: not in it). */
    record Column(String name, String type, int pk) {
        boolean holdsText() {
            String t = type.toUpperCase(Locale.ROOT);
            return !t.contains("INT") && (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"));
        }

        boolean holdsIntegers() {
            return type.toUpperCase(Locale.ROOT).contains("INT");
        }
    }

    /** A foreign key: {@code from} columns of this table refer to {@code to} columns of {@code parent}. */
    record ForeignKey(String parent, List<String> from, List<String> to) {
    }

    /** A table of the schema; {@code withoutRowid} tables are keyed by their primary key alone. */
    record Table(String name, boolean withoutRowid, List<Column> columns, List<ForeignKey> foreignKeys) {

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        List<String> textColumns() {
            return columns.stream().filter(Column::holdsText).map(Column::name).toList();
        }

        /** The columns rows are ordered by in the table's own B-tree: rowid, or the primary key. */
        List<String> key() {
            if (!withoutRowid) {
                return List.of("rowid");
            }
            return columns.stream().filter(c -> c.pk() > 0)
                    .sorted(java.util.Comparator.comparingInt(Column::pk)).map(Column::name).toList();
        }

        /** Whether the first key column holds integers (so a reader can seek past a gap). */
        boolean keyStartsWithInteger() {
            if (!withoutRowid) {
                return true;
            }
            String first = key().get(0);
            return columns.stream().anyMatch(c -> c.name().equals(first) && c.holdsIntegers());
        }

        /** Every row in key order, read from the table's own B-tree, no index. */
        String selectAllInKeyOrder() {
            return "SELECT * FROM " + quote(name) + (withoutRowid ? "" : " NOT INDEXED") + " ORDER BY "
                    + String.join(", ", key().stream().map(Tables::quote).toList());
        }
    }

    private Tables() {
    }

    /** The ordinary tables of the main database (not SQLite's own, not views or virtual tables). */
    static List<Table> of(Connection c) throws SQLException {
        Map<String, Boolean> names = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' "
                        + "AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getInt(2) != 0);
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : names.entrySet()) {
            tables.add(new Table(e.getKey(), e.getValue(), columns(c, e.getKey()), foreignKeys(c, e.getKey())));
        }
        return tables;
    }

    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
                            rs.getInt(3)));
                }
            }
        }
        return columns;
    }

    private static List<ForeignKey> foreignKeys(Connection c, String table) throws SQLException {
        Map<Integer, ForeignKey> keys = new LinkedHashMap<>();
        try (var ps = c.prepareStatement(
                "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ForeignKey k = keys.computeIfAbsent(rs.getInt(1),
                            id -> new ForeignKey(rsString(rs, 2), new ArrayList<>(), new ArrayList<>()));
                    k.from().add(rs.getString(3));
                    k.to().add(rs.getString(4));
                }
            }
        }
        return List.copyOf(keys.values());
    }

    private static String rsString(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SQL identifier in double quotes. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * The tables with every table after the tables it refers to (parents first), ties by name; a
     * cycle, which the schema does not have, keeps the rest in name order.
     */
    static List<Table> parentsFirst(List<Table> tables) {
        Map<String, Table> left = new LinkedHashMap<>();
        tables.forEach(t -> left.put(t.name(), t));
        List<Table> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            Table next = left.values().stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(k -> k.parent().equals(t.name())
                            || !left.containsKey(k.parent())))
                    .findFirst().orElse(left.values().iterator().next());
            ordered.add(next);
            left.remove(next.name());
        }
        return ordered;
    }
}
