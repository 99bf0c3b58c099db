package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;

/**
 * The watch a window keeps on a server workspace (embedded PostgreSQL): other clients' commits are
 * told on its own thread, its own are not, a read is not; the server ending the watch's session is
 * told as offline without anything else happening; the plan stamps say which plans changed. A file
 * workspace gets no watch (no thread, no timer) and no stamps.
 */
class ChangeWatchTest {

    /** What a watch told, in order: "listening", "changed:N", "lost". */
    private static final class Told implements ChangeWatch.Listener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final CountDownLatch listening = new CountDownLatch(1);

        @Override
        public void listening() {
            listening.countDown();
        }

        @Override
        public void othersChanged(int commits) {
            events.add("changed:" + commits);
        }

        @Override
        public void lost(WorkspaceOfflineException why) {
            events.add("lost:" + why.getMessage());
        }

        String next() throws InterruptedException {
            String e = events.poll(10, TimeUnit.SECONDS);
            assertThat(e).as("something told within 10 s").isNotNull();
            return e;
        }
    }

    @Test
    void anotherClientsCommitIsToldOnceAndTheWorkspacesOwnAndReadsAreNot() throws Exception {
        ServerAddress db = EmbeddedServer.freshDatabase();
        Told told = new Told();
        try (Workspace mine = Workspace.openServer(db, null); Workspace other = Workspace.openServer(db, null);
                ChangeWatch watch = mine.watchOthers(told)) {
            assertThat(told.listening.await(10, TimeUnit.SECONDS)).isTrue();
            Plan plan = mine.plans().save(SamplePlanFixture.plan()); // my own: not told
            mine.plans().list();
            other.plans().list(); // a read: not told
            Task t29 = SamplePlanFixture.task(plan, "29");
            other.tasks().addProgress(t29.id(), ProgressEntry.of(LocalDate.of(2023, 5, 1), 50, "乙填报"));
            assertThat(told.next()).isEqualTo("changed:1");
            // A burst of commits arriving while the watch is told about the first is told in one or a few calls.
            mine.tasks().addProgress(t29.id(), ProgressEntry.of(LocalDate.of(2023, 5, 2), 60, "甲填报"));
            other.tasks().setNotes(t29.id(), "乙的备注");
            assertThat(told.next()).isEqualTo("changed:1");
            assertThat(told.events).isEmpty();
            assertThat(watch.running()).isTrue();
        }
    }

    @Test
    void theServerEndingTheWatchIsToldAsOfflineAndTheWatchStops() throws Exception {
        ServerAddress db = EmbeddedServer.freshDatabase();
        Told told = new Told();
        try (Workspace mine = Workspace.openServer(db, null);
                ChangeWatch watch = mine.watchOthers(told, Duration.ofMillis(200))) {
            assertThat(told.listening.await(10, TimeUnit.SECONDS)).isTrue();
            EmbeddedServer.sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + db.database() + "'");
            assertThat(told.next()).startsWith("lost:The server of the workspace " + db.display());
            watch.close();
            assertThat(told.events).isEmpty();
        }
    }

    @Test
    void closingAWatchThatWaitsOnTheServerEndsItsThreadWithoutTellingAnything() throws Exception {
        ServerAddress db = EmbeddedServer.freshDatabase();
        Told told = new Told();
        try (Workspace mine = Workspace.openServer(db, null)) {
            ChangeWatch watch = mine.watchOthers(told);
            assertThat(told.listening.await(10, TimeUnit.SECONDS)).isTrue();
            watch.close();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (watch.running() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            assertThat(watch.running()).as("the thread ends at once, not after the 5 s heartbeat").isFalse();
            assertThat(told.events).isEmpty();
        }
    }

    @Test
    void thePlanStampsChangeForThePlanAnotherClientChangedAndOnlyForIt() {
        ServerAddress db = EmbeddedServer.freshDatabase();
        try (Workspace a = Workspace.openServer(db, null); Workspace b = Workspace.openServer(db, null)) {
            Plan first = a.plans().save(SamplePlanFixture.plan());
            Plan second = a.plans().save(SamplePlanFixture.plan());
            Map<Long, String> before = a.planStamps();
            assertThat(before).containsOnlyKeys(first.id(), second.id());
            assertThat(a.planStamps()).as("reading changes nothing").isEqualTo(before);

            Task t29 = SamplePlanFixture.task(second, "29");
            ProgressEntry added = b.tasks().addProgress(t29.id(), ProgressEntry.of(LocalDate.of(2023, 5, 1), 50, "乙"));
            Map<Long, String> afterAdd = a.planStamps();
            assertThat(afterAdd.get(first.id())).isEqualTo(before.get(first.id()));
            assertThat(afterAdd.get(second.id())).isNotEqualTo(before.get(second.id()));

            b.tasks().removeProgress(added.id()); // only a deletion: the plan is as it was before the entry
            Map<Long, String> afterRemove = a.planStamps();
            assertThat(afterRemove.get(second.id())).isNotEqualTo(afterAdd.get(second.id()))
                    .as("the same rows as before the entry: the same stamp").isEqualTo(before.get(second.id()));
            assertThat(afterRemove.get(first.id())).isEqualTo(before.get(first.id()));

            b.tasks().updateText(SamplePlanFixture.task(first, "1").id(), "改过的任务内容");
            assertThat(a.planStamps().get(first.id())).isNotEqualTo(before.get(first.id()));

            b.plans().delete(second.id());
            assertThat(a.planStamps()).containsOnlyKeys(first.id());
        }
    }

    @Test
    void aFileWorkspaceHasNoWatchNoThreadAndNoStamps() throws Exception {
        try (Workspace file = Workspace.open(Files.createTempDirectory("luoshi").resolve("w.db"))) {
            file.plans().save(SamplePlanFixture.plan());
            long watchesBefore = watchThreads();
            assertThat(file.watchOthers(new Told())).isNull();
            assertThat(watchThreads()).isEqualTo(watchesBefore);
            assertThat(file.planStamps()).isEmpty();
        }
    }

    private static long watchThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("luoshi-watch")).count();
    }
}
