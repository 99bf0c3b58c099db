package org.luoshi.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace schema on a PostgreSQL server: the same migrations as a file, with the same
 * version numbers, translated by {@link Dialect#ddl(String)}. Where a file keeps its version in
 * {@code PRAGMA user_version} and its mark in {@code PRAGMA application_id}, the server keeps both
 * in the one-row table {@code luoshi_schema}. Each migration runs in its own transaction under an
 * advisory lock, so two clients opening an old workspace at once upgrade it once.
 */
final class ServerSchema {

    /** What the server says about the workspace before anything is written. */
    record Found(boolean marked, int applicationId, int version, int otherTables, boolean mayWrite) {
    }

    private ServerSchema() {
    }

    static Found read(Database db) {
        return db.inTransaction("read the workspace", c -> {
            boolean marked = queryBoolean(c, "SELECT to_regclass('luoshi_schema') IS NOT NULL");
            int others = (int) queryLong(c, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                    + " AND tablename <> 'luoshi_schema'");
            if (!marked) {
                boolean mayCreate = queryBoolean(c, "SELECT has_schema_privilege(current_schema(), 'CREATE')");
                return new Found(false, 0, 0, others, mayCreate);
            }
            int app = 0;
            int version = 0;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT application_id, version FROM luoshi_schema")) {
                if (rs.next()) {
                    app = rs.getInt(1);
                    version = rs.getInt(2);
                }
            }
            boolean mayWrite = queryBoolean(c, "SELECT has_table_privilege('luoshi_schema', 'SELECT')"
                    + " AND (to_regclass('task') IS NULL OR has_table_privilege('task', 'UPDATE'))");
            return new Found(true, app, version, others, mayWrite);
        });
    }

    /**
     * Refuses a database of another program and a schema newer than this Luoshi; sets up an empty
     * database (the mark and the helper function) when the role may; then brings the schema up to date.
     * A read-only role is opened read-only, and only on a schema that is up to date.
     */
    static void prepare(Database db, List<Migration> migrations) {
        int known = Migrations.latest(migrations);
        Found found = read(db);
        String name = db.name();
        if (!found.marked()) {
            if (found.otherTables() > 0) {
                throw new WorkspaceException("The database " + name + " is not a Luoshi workspace (it holds "
                        + found.otherTables() + " tables of another program); nothing was changed.");
            }
            if (!found.mayWrite()) {
                throw new WorkspaceException("The database " + name + " has no workspace yet, and the role may not"
                        + " create one: open it once as the database's owner.");
            }
            db.inTransaction("set up the workspace", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + Migrations.APPLICATION_ID + ")");
                    s.execute("CREATE TABLE IF NOT EXISTS luoshi_schema (application_id BIGINT NOT NULL,"
                            + " version BIGINT NOT NULL)");
                    s.execute("""
                            CREATE OR REPLACE FUNCTION luoshi_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$
                            BEGIN
                                IF NEW.id IS NULL THEN
                                    NEW.id := nextval(pg_get_serial_sequence(
                                        quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id'));
                                END IF;
                                RETURN NEW;
                            END $$""");
                    s.execute("INSERT INTO luoshi_schema (application_id, version) SELECT " + Migrations.APPLICATION_ID
                            + ", 0 WHERE NOT EXISTS (SELECT 1 FROM luoshi_schema)");
                }
                return null;
            });
            found = read(db);
        }
        if (found.applicationId() != Migrations.APPLICATION_ID) {
            throw new WorkspaceException("The database " + name + " is not a Luoshi workspace (its mark is "
                    + found.applicationId() + "); nothing was changed.");
        }
        if (found.version() > known) {
            throw WorkspaceException.newerSchema(name, found.version(), known);
        }
        if (!found.mayWrite()) {
            if (found.version() < known) {
                throw new WorkspaceException("The workspace " + name + " has schema " + found.version() + " and this"
                        + " Luoshi needs " + known + "; the role may only read: an editor must open it once to bring"
                        + " it up to date.");
            }
            db.useReadOnlyRole();
            return;
        }
        if (found.version() >= known) {
            return;
        }
        for (Migration migration : migrations) {
            db.inTransaction("upgrade the workspace to schema " + migration.version(), c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + Migrations.APPLICATION_ID + ")");
                    // Read again under the lock: another client may have just done it.
                    if (queryLong(c, "SELECT version FROM luoshi_schema") >= migration.version()) {
                        return false;
                    }
                    for (String statement : migration.statements()) {
                        for (String translated : Dialect.POSTGRESQL.ddl(statement)) {
                            s.execute(translated);
                        }
                    }
                    s.execute("UPDATE luoshi_schema SET version = " + migration.version());
                }
                return true;
            });
        }
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
