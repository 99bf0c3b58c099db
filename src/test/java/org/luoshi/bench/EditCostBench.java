package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.luoshi.edit.TaskEdits;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * What the row versions (issue 19) cost on a file: the 10,000-task workspace written ({@link BigWorkspace},
 * 20 plans saved), and 200 edits of the task table on it (notes and status, alternately, each through the
 * session as the window makes them: one transaction with its history step). Uses only what main had
 * before the versions, so the same class runs on both builds.
 *
 * <pre>./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.luoshi.bench.EditCostBench</pre>
 */
public final class EditCostBench {
    private EditCostBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String load0 = load();
        Path dir = Files.createTempDirectory("luoshi-edit-cost");
        double[] write = new double[runs];
        double[] writeCpu = new double[runs];
        Path file = null;
        for (int i = 0; i < runs; i++) {
            file = dir.resolve("big-" + i + ".db");
            long c = cpuNanos();
            long t = System.nanoTime();
            BigWorkspace.write(file, 10_000, 20);
            write[i] = (System.nanoTime() - t) / 1e6;
            writeCpu[i] = (cpuNanos() - c) / 1e6;
        }
        System.out.printf("10,000 tasks written (20 plans saved): %s; CPU median %.0f ms%n", stats(write), median(writeCpu));

        int edits = 200;
        double[] each = new double[edits];
        long c = cpuNanos();
        try (Workspace ws = Workspace.open(file)) {
            Session session = Session.of(ws);
            List<PlanSummary> plans = ws.plans().list();
            Plan plan = ws.plans().load(plans.get(plans.size() / 2).id()).orElseThrow();
            for (int i = 0; i < edits; i++) {
                Task task = plan.tasks().get(i % plan.tasks().size());
                long t = System.nanoTime();
                session.apply(i % 2 == 0 ? TaskEdits.notes(task, "备注 " + i)
                        : TaskEdits.status(task, task.status() == TaskStatus.DONE ? TaskStatus.IN_PROGRESS : TaskStatus.DONE));
                each[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double[] warm = Arrays.copyOfRange(each, 20, edits);
        System.out.printf("task table edits on it (notes / status, one transaction each): %s after 20 warm-up; CPU %.0f ms for all %d%n",
                stats(warm), (cpuNanos() - c) / 1e6, edits);
        System.out.printf("load average before: %s, after: %s%n", load0, load());
        System.exit(0);
    }

    static String load() throws Exception {
        return Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).strip() : "?";
    }

    static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("median %.1f ms (min %.1f, p90 %.1f, max %.1f, %d)", s[s.length / 2], s[0],
                s[(int) (s.length * 0.9)], s[s.length - 1], s.length);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
