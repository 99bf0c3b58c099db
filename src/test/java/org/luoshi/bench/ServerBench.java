package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.storage.CopyReport;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * A workspace on the embedded PostgreSQL 14 server (issue 19): the 10,000-task workspace
 * ({@link BigWorkspace}, 20 plans) copied from a file to the server and back, the first screen read
 * from the server (what the window reads before it shows anything: the plan list, the first plan,
 * the settings, the open tasks per unit), and 5 clients each adding 200 progress entries at once,
 * half of them to tasks the others write too, then every entry counted.
 *
 * <pre>./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.luoshi.bench.ServerBench</pre>
 *
 * Prints medians with min and max of wall time, this JVM's CPU seconds (the server's own are not in them) and
 * the load average.
 */
public final class ServerBench {
    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String load0 = load();
        Path dir = Files.createTempDirectory("luoshi-server-bench");
        Path file = dir.resolve("big.db");
        BigWorkspace.write(file, 10_000, 20);
        EmbeddedServer.server();
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();

        double[] up = new double[runs];
        double[] upCpu = new double[runs];
        ServerAddress last = null;
        CopyReport report = null;
        for (int i = 0; i < runs; i++) {
            last = EmbeddedServer.freshDatabase();
            long c = cpuNanos();
            long t = System.nanoTime();
            report = Workspace.copy(file.toString(), last.url());
            up[i] = (System.nanoTime() - t) / 1e6;
            upCpu[i] = (cpuNanos() - c) / 1e6;
        }
        System.out.printf("copy file → server (%d rows, %d tables): %s; CPU median %.0f ms%n", report.rows(),
                report.tables().size(), stats(up), median(upCpu));

        double[] down = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path back = dir.resolve("back-" + i + ".db");
            long t = System.nanoTime();
            Workspace.copy(last.url(), back.toString());
            down[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("copy server → file: %s%n", stats(down));

        double[] first = new double[runs + 1];
        for (int i = 0; i <= runs; i++) {
            long t = System.nanoTime();
            try (Workspace ws = Workspace.openServer(last, null)) {
                List<PlanSummary> plans = ws.plans().list();
                Plan plan = ws.plans().load(plans.get(0).id()).orElseThrow();
                WorkspaceSettings.load(ws);
                ws.units().openTaskCounts();
                ws.units().aliases();
                if (plan.tasks().isEmpty()) {
                    throw new IllegalStateException("empty first plan");
                }
            }
            first[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("first screen from the server: first (cold) %.0f ms; then %s%n", first[0],
                stats(Arrays.copyOfRange(first, 1, first.length)));

        // 5 clients × 200 progress entries at once: 100 each to tasks of their own, 100 to 20 tasks all write.
        List<Long> taskIds = new ArrayList<>();
        try (Workspace ws = Workspace.openServer(last, null)) {
            for (PlanSummary p : ws.plans().list()) {
                ws.plans().load(p.id()).orElseThrow().tasks().stream().map(Task::id).forEach(taskIds::add);
            }
        }
        long before = progressCount(last);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        long t = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int client = 0; client < 5; client++) {
            int c = client;
            ServerAddress a = last;
            done.add(pool.submit(() -> {
                int stored = 0;
                try (Workspace ws = Workspace.openServer(a, null)) {
                    for (int i = 0; i < 200; i++) {
                        long task = i % 2 == 0 ? taskIds.get(i % 20) : taskIds.get(1000 + c * 1000 + i);
                        ws.tasks().addProgress(task, ProgressEntry.of(LocalDate.of(2023, 5, 1).plusDays(i), i % 101,
                                "客户端" + c + "第" + i + "条"));
                        stored++;
                    }
                }
                return stored;
            }));
        }
        int stored = 0;
        for (Future<Integer> f : done) {
            stored += f.get();
        }
        double concurrent = (System.nanoTime() - t) / 1e6;
        pool.shutdown();
        long after = progressCount(last);
        System.out.printf("5 clients × 200 progress entries at once: %.0f ms; reported stored %d, found %d more rows"
                + " (lost %d)%n", concurrent, stored, after - before, stored - (after - before));

        // A change seen by another client: A adds a progress entry; B, polling othersChanges() every
        // millisecond on its own thread, sees the notice. From A's commit returning to B seeing it.
        double[] seen = new double[20];
        try (Workspace a = Workspace.openServer(last, null); Workspace b = Workspace.openServer(last, null)) {
            b.othersChanges();
            for (int i = 0; i < seen.length; i++) {
                a.tasks().addProgress(taskIds.get(i), ProgressEntry.of(LocalDate.of(2023, 9, 1), 90, "通知" + i));
                long committed = System.nanoTime();
                while (b.othersChanges() == 0) {
                    Thread.sleep(1);
                }
                seen[i] = (System.nanoTime() - committed) / 1e6;
            }
        }
        System.out.printf("a change seen by another client (LISTEN/NOTIFY, polled every 1 ms): %s%n", stats(seen));

        System.out.printf("whole run: %.1f s wall, %.1f s CPU; load average before: %s, after: %s%n",
                (System.nanoTime() - wall0) / 1e9, (cpuNanos() - cpu0) / 1e9, load0, load());
        System.exit(0);
    }

    private static long progressCount(ServerAddress a) {
        try (Workspace ws = Workspace.openServer(a, null)) {
            long n = 0;
            for (PlanSummary p : ws.plans().list()) {
                n += ws.plans().load(p.id()).orElseThrow().tasks().stream().mapToLong(x -> x.progress().size()).sum();
            }
            return n;
        }
    }

    private static String load() throws Exception {
        return Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).strip() : "?";
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("median %.1f ms (min %.1f, max %.1f, %d runs)", s[s.length / 2], s[0], s[s.length - 1], s.length);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
