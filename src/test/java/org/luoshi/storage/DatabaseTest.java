package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.storage.MigrationsTest.rows;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.db"));
        db.useWriteAheadLog();
        insert("CREATE TABLE t(x INTEGER NOT NULL)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void allWorkOfATransactionIsCommitted() {
        db.inTransaction("insert", c -> {
            execute(c, "INSERT INTO t VALUES (1)");
            execute(c, "INSERT INTO t VALUES (2)");
            return null;
        });
        assertThat(rows(db, "SELECT x FROM t ORDER BY x")).containsExactly("1", "2");
    }

    @Test
    void anExceptionRollsBackEverythingAndIsRethrown() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> db.inTransaction("insert", c -> {
            execute(c, "INSERT INTO t VALUES (1)");
            throw boom;
        })).isSameAs(boom);
        assertThat(rows(db, "SELECT x FROM t")).isEmpty();
    }

    @Test
    void anSqlErrorRollsBackAndBecomesAWorkspaceExceptionNamingTheWork() {
        assertThatThrownBy(() -> db.inTransaction("add the numbers", c -> {
            execute(c, "INSERT INTO t VALUES (1)");
            execute(c, "INSERT INTO t VALUES (NULL)");
            return null;
        })).isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("Could not add the numbers in the workspace ")
                .hasMessageContaining("NOT NULL constraint failed: t.x");
        assertThat(rows(db, "SELECT x FROM t")).isEmpty();
    }

    @Test
    void anInnerCallJoinsTheOuterTransaction() {
        assertThatThrownBy(() -> db.inTransaction("outer", c -> {
            db.inTransaction("inner", inner -> {
                execute(inner, "INSERT INTO t VALUES (1)");
                return null;
            });
            throw new IllegalStateException("outer fails after the inner call returned");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rows(db, "SELECT x FROM t")).isEmpty();
    }

    @Test
    void theConnectionIsBackInAutoCommitAfterEachTransaction() throws Exception {
        db.inTransaction("ok", c -> execute(c, "INSERT INTO t VALUES (1)"));
        assertThatThrownBy(() -> db.inTransaction("fails", c -> {
            throw new IllegalStateException();
        }));
        // A second connection can write at once: no transaction (and no lock) is left open.
        try (Database other = Database.open(dir.resolve("test.db"))) {
            other.inTransaction("other", c -> execute(c, "INSERT INTO t VALUES (2)"));
        }
        assertThat(rows(db, "SELECT x FROM t ORDER BY x")).containsExactly("1", "2");
    }

    private void insert(String sql) {
        db.inTransaction("setup", c -> execute(c, sql));
    }

    private static Void execute(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }
}
