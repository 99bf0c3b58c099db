package org.luoshi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.luoshi.app.SamplePlan;
import org.luoshi.edit.EditConflict;
import org.luoshi.edit.TaskEdits;
import org.luoshi.history.HistoryEntry;
import org.luoshi.history.HistoryStep;
import org.luoshi.history.TaskDiff;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * Five people editing one server workspace at once (issue 19), on the embedded PostgreSQL 14: 5 clients
 * × 200 edits each, through the session as the window makes them. Every second edit changes the notes of
 * a task of the client's own (never refused); the others change the text of one of 3 tasks all five
 * write, built on a view read every fourth edit (often stale: refused). Then: every edit reported
 * stored is in the workspace's history once, each stored text replaced exactly the text stored before
 * it (no change written over unseen), the final values are the last stored, and every other edit was
 * reported to its client as refused ({@link EditConflict}); any other failure stops the bench.
 *
 * <pre>./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.luoshi.bench.StaleEditBench</pre>
 */
public final class StaleEditBench {
    private static final int CLIENTS = 5;
    private static final int EDITS = 200;
    private static final int SHARED = 3;

    private StaleEditBench() {
    }

    /** What one client did. */
    private record Outcome(Map<Long, List<String>> storedTexts, Map<Long, String> lastNotes, int notes, int refused) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String load0 = EditCostBench.load();
        EmbeddedServer.server();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int run = 0; run < runs; run++) {
            ServerAddress db = EmbeddedServer.freshDatabase();
            Plan plan;
            try (Workspace ws = Workspace.openServer(db, null)) {
                plan = SamplePlan.seedIfEmpty(ws);
            }
            List<Task> tasks = plan.tasks();
            if (tasks.size() < SHARED + CLIENTS * 8) {
                throw new IllegalStateException("the sample plan has only " + tasks.size() + " tasks");
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                futures.add(pool.submit(() -> client(db, tasks, client, start)));
            }
            long c0 = EditCostBench.cpuNanos();
            long t0 = System.nanoTime();
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            wall[run] = (System.nanoTime() - t0) / 1e6;
            cpu[run] = (EditCostBench.cpuNanos() - c0) / 1e6;
            pool.shutdown();
            check(db, tasks, outcomes, run, wall[run]);
        }
        System.out.printf("%d clients × %d edits at once: wall %s; JVM CPU (5 clients, the server's not counted) median %.0f ms%n",
                CLIENTS, EDITS, EditCostBench.stats(wall), EditCostBench.median(cpu));
        System.out.printf("load average before: %s, after: %s%n", load0, EditCostBench.load());
        System.exit(0);
    }

    private static Outcome client(ServerAddress db, List<Task> tasks, int client, CountDownLatch start) throws Exception {
        try (Workspace ws = Workspace.openServer(db, null)) {
            Session session = Session.of(ws);
            session.recordAs("client " + client);
            Map<Long, List<String>> stored = new HashMap<>();
            Map<Long, String> lastNotes = new HashMap<>();
            Map<Long, Task> views = new HashMap<>();
            int notes = 0;
            int refused = 0;
            start.await();
            for (int i = 0; i < EDITS; i++) {
                if (i % 2 == 0) {
                    Task own = tasks.get(SHARED + client * 8 + (i / 2) % 8);
                    String value = "client " + client + " note " + i;
                    session.apply(TaskEdits.notes(ws.tasks().require(own.id()), value));
                    lastNotes.put(own.id(), value);
                    notes++;
                    continue;
                }
                long shared = tasks.get((i / 2) % SHARED).id();
                if (i % 8 == 1 || !views.containsKey(shared)) {
                    views.put(shared, ws.tasks().require(shared));
                }
                String text = "client " + client + " text " + i;
                try {
                    session.apply(TaskEdits.text(views.get(shared), text));
                    stored.computeIfAbsent(shared, k -> new ArrayList<>()).add(text);
                    views.put(shared, views.get(shared).withText(text));
                } catch (EditConflict reported) {
                    if (reported.current() == null || !text.equals(reported.attempted())) {
                        throw new IllegalStateException("a refusal without the value now or the text typed", reported);
                    }
                    refused++;
                }
            }
            return new Outcome(stored, lastNotes, notes, refused);
        }
    }

    private static void check(ServerAddress db, List<Task> tasks, List<Outcome> outcomes, int run, double wall) {
        int storedTexts = outcomes.stream().mapToInt(o -> o.storedTexts().values().stream().mapToInt(List::size).sum()).sum();
        int notes = outcomes.stream().mapToInt(Outcome::notes).sum();
        int refused = outcomes.stream().mapToInt(Outcome::refused).sum();
        int found = 0;
        int lost = 0;
        try (Workspace ws = Workspace.openServer(db, null)) {
            for (int s = 0; s < SHARED; s++) {
                long id = tasks.get(s).id();
                List<HistoryStep> steps = new ArrayList<>(ws.history().ofTask(id));
                steps.sort(Comparator.comparingLong(HistoryStep::id));
                List<HistoryEntry> texts = steps.stream().flatMap(x -> x.entries().stream())
                        .filter(e -> TaskDiff.TEXT.equals(e.field())).toList();
                String before = tasks.get(s).text();
                for (HistoryEntry e : texts) {
                    if (!Objects.equals(e.before(), before)) {
                        throw new IllegalStateException("task " + id + ": a text written over unseen: " + e);
                    }
                    before = e.after();
                }
                if (!ws.tasks().require(id).text().equals(before)) {
                    throw new IllegalStateException("task " + id + ": the text stored is not the last one written");
                }
                List<String> afters = new ArrayList<>(texts.stream().map(HistoryEntry::after).toList());
                for (Outcome o : outcomes) {
                    for (String t : o.storedTexts().getOrDefault(id, List.of())) {
                        if (afters.remove(t)) {
                            found++;
                        } else {
                            lost++;
                        }
                    }
                }
                if (!afters.isEmpty()) {
                    throw new IllegalStateException("task " + id + ": texts in the history nobody reported stored: " + afters);
                }
            }
            for (Outcome o : outcomes) {
                for (Map.Entry<Long, String> e : o.lastNotes().entrySet()) {
                    if (!ws.tasks().require(e.getKey()).notes().equals(e.getValue())) {
                        lost++;
                    }
                }
            }
            int noteSteps = 0;
            for (int t = SHARED; t < SHARED + CLIENTS * 8; t++) {
                noteSteps += ws.history().ofTask(tasks.get(t).id()).size();
            }
            found += noteSteps;
            lost += notes - noteSteps;
        }
        if (storedTexts + notes + refused != CLIENTS * EDITS) {
            throw new IllegalStateException("edits neither stored nor refused: " + (CLIENTS * EDITS - storedTexts - notes - refused));
        }
        System.out.printf("run %d: %.0f ms; %d edits: stored %d (%d notes, never refused; %d of %d shared texts), refused and"
                + " reported %d; found in the workspace %d, lost %d%n", run + 1, wall, CLIENTS * EDITS, storedTexts + notes,
                notes, storedTexts, storedTexts + refused, refused, found, lost);
        if (lost != 0) {
            throw new IllegalStateException(lost + " edits lost");
        }
    }
}
