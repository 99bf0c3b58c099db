package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;

/** Opening a workspace on the embedded server: passwords, another program's database, a newer schema, no server. */
class ServerOpeningTest {

    private static ServerAddress withPassword(ServerAddress db) {
        return new ServerAddress("127.0.0.1", db.port(), db.database(), EmbeddedServer.PASSWORD_ROLE, Map.of("sslmode", "disable"));
    }

    @Test
    void aRoleThatMustGiveAPasswordIsAskedForItAndAWrongOneIsRefused() {
        ServerAddress db = EmbeddedServer.freshDatabase();
        ServerAddress a = withPassword(db);
        assertThatThrownBy(() -> Workspace.openServer(a, "wrong".toCharArray()))
                .isInstanceOfSatisfying(WorkspacePasswordNeededException.class, e -> {
                    assertThat(e.refused()).isTrue();
                    assertThat(e.address()).isEqualTo(a);
                })
                .hasMessage("The server refused the password for " + a.display() + ".");
        try (Workspace ws = Workspace.openServer(a, EmbeddedServer.PASSWORD.toCharArray())) {
            assertThat(ws.readOnly()).isFalse();
            assertThat(ws.displayName()).isEqualTo(a.display()).doesNotContain(EmbeddedServer.PASSWORD);
        }
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndLeftAsItWas() {
        ServerAddress db = EmbeddedServer.freshDatabase();
        EmbeddedServer.sql(db.database(), "CREATE TABLE customer (id int PRIMARY KEY, name text)",
                "INSERT INTO customer VALUES (1, '张三')");
        assertThatThrownBy(() -> Workspace.openServer(db, null))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("The database " + db.display() + " is not a Luoshi workspace (it holds 1 tables of another"
                        + " program); nothing was changed.");
        EmbeddedServer.sql(db.database(), "DO $$ BEGIN IF to_regclass('luoshi_schema') IS NOT NULL"
                + " OR (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') <> 1 THEN RAISE 'touched'; END IF; END $$");
    }

    @Test
    void aSchemaNewerThanThisLuoshiIsRefusedWithAClearMessage() {
        ServerAddress db = EmbeddedServer.freshDatabase();
        Workspace.openServer(db, null).close();
        EmbeddedServer.sql(db.database(), "UPDATE luoshi_schema SET version = 99");
        assertThatThrownBy(() -> Workspace.openServer(db, null))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("The workspace " + db.display() + " was written by a newer Luoshi (schema 99, this version knows "
                        + Migrations.latest() + ").");
    }

    @Test
    void noServerListeningIsOfflineInOneSentence() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServerAddress nowhere = new ServerAddress("127.0.0.1", port, "luoshi", "zhang", Map.of("sslmode", "disable"));
        assertThatThrownBy(() -> Workspace.openServer(nowhere, null))
                .isInstanceOf(WorkspaceOfflineException.class)
                .hasMessageStartingWith("Could not reach the server of postgresql://zhang@127.0.0.1:" + port + "/luoshi (");
    }

    @Test
    void twoClientsWritingAtOnceBothSucceedAndEveryEntryIsThere() throws Exception {
        ServerAddress db = EmbeddedServer.freshDatabase();
        Plan plan;
        try (Workspace ws = Workspace.openServer(db, null)) {
            plan = ws.plans().save(SamplePlanFixture.plan());
        }
        Task shared = SamplePlanFixture.task(plan, "29");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int client = c;
            Callable<Integer> work = () -> {
                try (Workspace ws = Workspace.openServer(db, null)) {
                    for (int i = 0; i < 25; i++) {
                        ws.tasks().addProgress(shared.id(), ProgressEntry.of(LocalDate.of(2023, 5, 1), 50,
                                "客户端" + client + "第" + i + "条"));
                    }
                    ws.plans().save(SamplePlanFixture.plan()); // an import each, at the same time
                }
                return 25;
            };
            results.add(pool.submit(work));
        }
        for (Future<Integer> f : results) {
            assertThat(f.get()).isEqualTo(25);
        }
        pool.shutdown();
        try (Workspace ws = Workspace.openServer(db, null)) {
            assertThat(ws.tasks().require(shared.id()).progress()).hasSize(shared.progress().size() + 50);
            assertThat(ws.plans().list()).hasSize(3);
        }
    }

    @Test
    void aCommitIsAnnouncedToTheOtherClientsButNotToItselfAndAReadIsNot() throws Exception {
        ServerAddress db = EmbeddedServer.freshDatabase();
        try (Workspace a = Workspace.openServer(db, null); Workspace b = Workspace.openServer(db, null)) {
            assertThat(a.othersChanges()).isZero(); // starts listening
            assertThat(b.othersChanges()).isZero();
            Plan plan = a.plans().save(SamplePlanFixture.plan());
            a.tasks().addProgress(SamplePlanFixture.task(plan, "29").id(), ProgressEntry.of(LocalDate.of(2023, 5, 1), 50, "甲"));
            b.plans().list(); // a read announces nothing
            assertThat(seenWithin(b, 2, 5_000)).isEqualTo(2);
            assertThat(a.othersChanges()).isZero();
        }
        try (Workspace file = Workspace.open(java.nio.file.Files.createTempDirectory("luoshi").resolve("w.db"))) {
            assertThat(file.othersChanges()).isZero();
        }
    }

    /** Polls (without sleeping) until {@code expected} notices came or the time is up; gives how many came. */
    private static int seenWithin(Workspace ws, int expected, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        int seen = 0;
        while (seen < expected && System.nanoTime() < end) {
            seen += ws.othersChanges();
            Thread.onSpinWait();
        }
        return seen;
    }

    @Test
    void theServerGoingAwayIsOfflineWithNothingSavedAndTheNextEditConnectsAgain() {
        ServerAddress db = EmbeddedServer.freshDatabase();
        try (Workspace ws = Workspace.openServer(db, null)) {
            Plan plan = ws.plans().save(SamplePlanFixture.plan());
            Task t29 = SamplePlanFixture.task(plan, "29");
            int before = ws.tasks().require(t29.id()).progress().size();
            // The server ends every session of the database, as a restart does.
            EmbeddedServer.sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + db.database() + "'");
            assertThatThrownBy(() -> ws.tasks().addProgress(t29.id(), ProgressEntry.of(LocalDate.of(2023, 5, 1), 50, "断线时")))
                    .isInstanceOf(WorkspaceOfflineException.class)
                    .hasMessageContaining("nothing of it was saved");
            assertThat(ws.online()).isTrue(); // the server is there: connected again
            ws.tasks().addProgress(t29.id(), ProgressEntry.of(LocalDate.of(2023, 5, 2), 60, "恢复后"));
            assertThat(ws.tasks().require(t29.id()).progress()).hasSize(before + 1)
                    .extracting(ProgressEntry::text).contains("恢复后").doesNotContain("断线时");
        }
    }
}
