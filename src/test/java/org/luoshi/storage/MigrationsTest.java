package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void newFileGetsTheLatestSchemaInWalModeWithForeignKeysOn() {
        Path file = dir.resolve("a/b/workspace.db"); // folders do not exist yet
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.file()).isEqualTo(file.toAbsolutePath());
            assertThat(pragma(ws, "user_version")).isEqualTo(String.valueOf(Migrations.latest()));
            assertThat(pragma(ws, "application_id")).isEqualTo(String.valueOf(Migrations.APPLICATION_ID));
            assertThat(pragma(ws, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(ws, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(ws, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(ws, "busy_timeout")).isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MILLIS));
            assertThat(tables(ws)).contains("plan", "part", "section", "task", "unit", "assignment",
                    "deadline", "milestone", "progress", "unit_alias", "calendar_year", "calendar_day", "calendar_edit",
                    "reminder_plan_rule", "reminder_task_rule", "reminder_milestone_rule", "reminder_state",
                    "reminder_done", "reminder_run", "setting", "history_step", "history_entry", "notice", "notice_task",
                    "chase", "task_request", "evidence", "evidence_chunk", "request_evidence");
            assertThat(indexes(ws)).contains("task_plan_seq", "assignment_unit");
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
        assertThat(Migrations.latest()).isEqualTo(9);
    }

    @Test
    void reopeningRunsNoMigrationAndKeepsTheData() {
        Path file = dir.resolve("workspace.db");
        try (Database db = Database.open(file)) {
            db.useWriteAheadLog();
            assertThat(Migrations.apply(db)).isEqualTo(Migrations.latest());
            db.inTransaction("test", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO unit(name) VALUES ('省发展改革委')");
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertThat(Migrations.apply(db)).isZero();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(query(ws, "SELECT name FROM unit")).containsExactly("省发展改革委");
            assertThat(pragma(ws, "user_version")).isEqualTo(String.valueOf(Migrations.latest()));
        }
    }

    @Test
    void aSchemaOneWorkspaceIsUpgradedKeepingItsPlans() {
        Path file = dir.resolve("workspace.db");
        try (Database db = Database.open(file)) {
            db.useWriteAheadLog();
            Migrations.apply(db, Migrations.all().subList(0, 1));
            db.inTransaction("schema 1 data", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO plan(id, title) VALUES (1, '旧方案')");
                    s.execute("INSERT INTO task(id, plan_id, seq, text, status) VALUES (7, 1, 1, '旧任务', 'DONE')");
                }
                return null;
            });
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(pragma(ws, "user_version")).isEqualTo(String.valueOf(Migrations.latest()));
            var task = ws.tasks().require(7);
            assertThat(task.text()).isEqualTo("旧任务");
            assertThat(task.status()).isEqualTo(org.luoshi.plan.TaskStatus.DONE);
            assertThat(task.contact() + task.phone() + task.notes()).isEmpty();
            assertThat(ws.settings().all()).isEmpty();
        }
    }

    @Test
    void migrationsRunInOrderAndOnlyThoseMissing() {
        Path file = dir.resolve("workspace.db");
        List<Migration> first = List.of(new Migration(1, "a", "CREATE TABLE a(x)"));
        List<Migration> three = List.of(first.get(0),
                new Migration(2, "b", "CREATE TABLE b(x); INSERT INTO a VALUES (2)"),
                new Migration(3, "c", "CREATE TABLE c(x); INSERT INTO a VALUES (3)"));
        try (Database db = Database.open(file)) {
            assertThat(Migrations.apply(db, first)).isEqualTo(1);
            assertThat(Migrations.apply(db, three)).isEqualTo(2);
            assertThat(Migrations.apply(db, three)).isZero();
            assertThat(db.readHeader().userVersion()).isEqualTo(3);
            assertThat(rows(db, "SELECT x FROM a ORDER BY rowid")).containsExactly("2", "3");
        }
    }

    @Test
    void aFailingMigrationLeavesTheFileAtTheLastCompleteVersion() {
        Path file = dir.resolve("workspace.db");
        List<Migration> migrations = List.of(
                new Migration(1, "a", "CREATE TABLE a(x)"),
                new Migration(2, "broken", "CREATE TABLE b(x); INSERT INTO nowhere VALUES (1)"));
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> Migrations.apply(db, migrations))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("upgrade the workspace to schema 2")
                    .hasMessageContaining("no such table: nowhere");
            assertThat(db.readHeader().userVersion()).isEqualTo(1);
            assertThat(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")).containsExactly("a");
        }
    }

    @Test
    void migrationsMustBeNumberedOneByOne() {
        try (Database db = Database.open(dir.resolve("workspace.db"))) {
            List<Migration> gap = List.of(new Migration(1, "a", "CREATE TABLE a(x)"),
                    new Migration(3, "c", "CREATE TABLE c(x)"));
            assertThatThrownBy(() -> Migrations.apply(db, gap)).isInstanceOf(IllegalStateException.class);
            assertThat(db.readHeader().userVersion()).isZero();
        }
    }

    @Test
    void scriptsSplitIntoStatementsIgnoringComments() {
        Migration m = new Migration(1, "x", """
                -- a comment; with a semicolon
                CREATE TABLE a(x);  -- trailing; comment
                CREATE TABLE b(
                    y TEXT DEFAULT (strftime('%Y-%m-%d', 'now'))
                );
                """);
        assertThat(m.statements()).containsExactly("CREATE TABLE a(x)",
                "CREATE TABLE b(\n    y TEXT DEFAULT (strftime('%Y-%m-%d', 'now'))\n)");
    }

    static String pragma(Workspace ws, String name) {
        return query(ws, "PRAGMA " + name).get(0);
    }

    static List<String> tables(Workspace ws) {
        return query(ws, "SELECT name FROM sqlite_master WHERE type = 'table'");
    }

    static List<String> indexes(Workspace ws) {
        return query(ws, "SELECT name FROM sqlite_master WHERE type = 'index'");
    }

    static List<String> query(Workspace ws, String sql) {
        return rows(ws.database(), sql);
    }

    /** First column of every row, as text. */
    static List<String> rows(Database db, String sql) {
        return db.inTransaction("test query", c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
