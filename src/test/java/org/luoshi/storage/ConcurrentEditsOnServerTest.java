package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.edit.EditConflict;
import org.luoshi.edit.TaskEdits;
import org.luoshi.history.HistoryEntry;
import org.luoshi.history.HistoryStep;
import org.luoshi.history.TaskDiff;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;

/** {@link ConcurrentEditsTest} with two clients of one database on the embedded PostgreSQL server; and four at once. */
class ConcurrentEditsOnServerTest extends ConcurrentEditsTest {
    private static final ServerDatabases SERVER = new ServerDatabases();

    @AfterEach
    void testDone() {
        SERVER.testDone();
    }

    @Override
    Workspace open(Path file, Clock clock) {
        return SERVER.open(file, clock);
    }

    @Override
    boolean onServer() {
        return true;
    }

    /** What one client did: the texts it stored in the shared task, and how many edits were refused. */
    private record Outcome(List<String> stored, int refused, int ownEdits) {
    }

    @Test
    void fourClientsAtOnceLoseNothingAndEveryRefusalIsReported() throws Exception {
        int clients = 4;
        int rounds = 30;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Task own = plan.tasks().get(client < 3 ? client : client + 1); // task 29 (index 3) is the shared one
            futures.add(pool.submit(() -> {
                try (Workspace ws = open(dir.resolve("shared.db"), Clock.systemDefaultZone())) {
                    Session session = Session.of(ws);
                    session.recordAs("client " + client);
                    start.await();
                    List<String> stored = new ArrayList<>();
                    int refused = 0;
                    int ownEdits = 0;
                    Task seen = null;
                    for (int i = 0; i < rounds; i++) {
                        // Its own task, always fresh: never refused.
                        session.apply(TaskEdits.notes(ws.tasks().require(own.id()), "client " + client + " note " + i));
                        ownEdits++;
                        // The shared task, on a view read every third round: often stale.
                        if (i % 3 == 0) {
                            seen = ws.tasks().require(task29.id());
                        }
                        String text = "client " + client + " text " + i;
                        try {
                            session.apply(TaskEdits.text(seen, text));
                            stored.add(text);
                            seen = seen.withText(text);
                        } catch (EditConflict refusal) {
                            assertThat(refusal.current()).isNotNull();
                            assertThat(refusal.attempted()).isEqualTo(text);
                            refused++;
                        }
                    }
                    return new Outcome(stored, refused, ownEdits);
                }
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        int storedCount = outcomes.stream().mapToInt(o -> o.stored().size()).sum();
        int refusedCount = outcomes.stream().mapToInt(Outcome::refused).sum();
        assertThat(storedCount + refusedCount).isEqualTo(clients * rounds);
        assertThat(storedCount).isGreaterThanOrEqualTo(rounds / 3); // at least the fresh-view edits of the luckiest
        // Every stored text is in the history once, and each step replaced exactly what the one before wrote:
        // no change was written over unseen.
        List<HistoryStep> steps = new ArrayList<>(liWs.history().ofTask(task29.id()));
        steps.sort(Comparator.comparingLong(HistoryStep::id));
        List<HistoryEntry> texts = steps.stream().flatMap(s -> s.entries().stream())
                .filter(e -> TaskDiff.TEXT.equals(e.field())).toList();
        assertThat(texts).hasSize(storedCount);
        assertThat(texts.get(0).before()).isEqualTo(task29.text());
        for (int k = 1; k < texts.size(); k++) {
            assertThat(texts.get(k).before()).isEqualTo(texts.get(k - 1).after());
        }
        assertThat(texts).extracting(HistoryEntry::after)
                .containsExactlyInAnyOrderElementsOf(outcomes.stream().flatMap(o -> o.stored().stream()).toList());
        assertThat(liWs.tasks().require(task29.id()).text()).isEqualTo(texts.get(texts.size() - 1).after());
        assertThat(liWs.versions().stamp(RowVersions.Row.TASK, task29.id()).orElseThrow().version())
                .isEqualTo(1 + storedCount);
        for (int c = 0; c < clients; c++) {
            Task own = liWs.tasks().require(plan.tasks().get(c < 3 ? c : c + 1).id());
            assertThat(own.notes()).isEqualTo("client " + c + " note " + (rounds - 1));
            assertThat(liWs.versions().stamp(RowVersions.Row.TASK, own.id()).orElseThrow().version()).isEqualTo(1 + rounds);
        }
    }

    @Test
    void twoClientsImportingAtOnceBothSucceedEvenWithTheSameNewUnits() throws Exception {
        int rounds = 5;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Long> plans = new ArrayList<>();
                try (Workspace ws = open(dir.resolve("shared.db"), Clock.systemDefaultZone())) {
                    Session session = Session.of(ws);
                    for (int r = 0; r < rounds; r++) {
                        int round = r;
                        // Both clients bring the same units, new to the workspace, in the same moment.
                        org.luoshi.plan.Plan imported = SamplePlans.shanxi().withTitle("客户端" + client + "第" + r + "份方案")
                                .withTasks(SamplePlans.shanxi().tasks().stream().map(t -> t.withAssignments(
                                        t.assignments().stream().map(a -> org.luoshi.plan.Assignment.of(
                                                a.unit().name() + "（第" + round + "批）", a.role())).toList(),
                                        t.othersIncluded())).toList());
                        together.await();
                        try {
                            session.apply(org.luoshi.edit.PlanEdits.importPlan(imported));
                        } catch (RuntimeException failed) {
                            together.reset(); // the other client stops waiting for this one
                            throw failed;
                        }
                        plans.add(ws.plans().list().stream().filter(p -> imported.title().equals(p.title()))
                                .findFirst().orElseThrow().id());
                    }
                }
                return plans;
            }));
        }
        List<Long> stored = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            stored.addAll(f.get());
        }
        pool.shutdown();
        assertThat(stored).doesNotHaveDuplicates().hasSize(2 * rounds);
        assertThat(liWs.plans().list()).hasSize(1 + 2 * rounds);
        for (long id : stored) {
            assertThat(liWs.plans().load(id).orElseThrow().tasks()).hasSize(plan.tasks().size());
        }
        // One unit per name: the second client found the one the first made.
        List<String> names = liWs.units().all().stream().map(org.luoshi.plan.Unit::name).toList();
        assertThat(names).doesNotHaveDuplicates().contains("省市场监管局（第4批）");
    }
}
