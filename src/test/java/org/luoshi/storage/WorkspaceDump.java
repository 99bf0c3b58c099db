package org.luoshi.storage;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table (sqlite_sequence included; on a server luoshi_schema), as text: equal dumps, equal workspaces. */
final class WorkspaceDump {

    private WorkspaceDump() {
    }

    static Map<String, List<String>> of(Workspace ws) {
        List<String> tables = MigrationsTest.query(ws, ws.onServer()
                ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
                : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            dump.put(table, ws.database().inTransaction("dump", c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(i > 1 ? " | " : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                return rows;
            }));
        }
        return dump;
    }

    /** Row count of one table. */
    static int count(Workspace ws, String table) {
        return Integer.parseInt(MigrationsTest.query(ws, "SELECT count(*) FROM " + table).get(0));
    }

    /**
     * The dump with the row ids of {@code table} left out: rows whose ids nothing refers to
     * (deadlines) get new ones when a task is put back, and that is no loss.
     */
    static Map<String, List<String>> withoutIds(Map<String, List<String>> dump, String table) {
        Map<String, List<String>> copy = new LinkedHashMap<>(dump);
        copy.put(table, dump.get(table).stream().map(r -> r.substring(r.indexOf(" | ") + 3)).sorted().toList());
        return copy;
    }
}
