package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.edit.TaskEdits;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.storage.Workspace;

/**
 * What the history costs an edit (median of {@code N} edits, wall and CPU time of this thread, load
 * average beside them): a status edit stored through {@link EditHistory} (with its history step) against
 * the same edit run in a transaction without one; reading a task's history of {@code N} steps.
 *
 * <pre>java -cp … org.luoshi.bench.HistoryBench [N]</pre>
 */
public final class HistoryBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path tmp = Files.createTempDirectory("history-bench");
        System.out.printf("load average at start: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (Workspace ws = Workspace.open(tmp.resolve("w.db"))) {
            Plan plan = ws.plans().save(SamplePlanFixture.plan());
            Task task = plan.tasks().get(28);
            EditHistory history = new EditHistory(() -> "bench", java.time.Clock.systemDefaultZone());
            TaskStatus[] states = {TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED};
            // warm-up
            for (int i = 0; i < 50; i++) {
                history.perform(ws, TaskEdits.status(ws.tasks().require(task.id()), states[i % 2]));
                Edit e = TaskEdits.status(ws.tasks().require(task.id()), states[(i + 1) % 2]);
                ws.inTransaction("bench", () -> e.execute(ws));
            }
            long[][] with = new long[2][n];
            long[][] without = new long[2][n];
            for (int i = 0; i < n; i++) {
                Edit a = TaskEdits.status(ws.tasks().require(task.id()), states[i % 2]);
                long w0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                history.perform(ws, a);
                with[0][i] = System.nanoTime() - w0;
                with[1][i] = THREADS.getCurrentThreadCpuTime() - c0;
                Edit b = TaskEdits.status(ws.tasks().require(task.id()), states[(i + 1) % 2]);
                w0 = System.nanoTime();
                c0 = THREADS.getCurrentThreadCpuTime();
                ws.inTransaction("bench", () -> b.execute(ws));
                without[0][i] = System.nanoTime() - w0;
                without[1][i] = THREADS.getCurrentThreadCpuTime() - c0;
            }
            report("status edit with its history step", with);
            report("status edit without history", without);
            long[][] read = new long[2][20];
            int steps = 0;
            for (int i = 0; i < 20; i++) {
                long w0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                steps = ws.history().ofTask(task.id()).size();
                read[0][i] = System.nanoTime() - w0;
                read[1][i] = THREADS.getCurrentThreadCpuTime() - c0;
            }
            report("read the task's history (" + steps + " steps)", read);
        }
        System.out.printf("load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void report(String what, long[][] times) {
        long[] wall = times[0].clone();
        long[] cpu = times[1].clone();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-45s median wall %.2f ms, median CPU %.2f ms, max wall %.2f ms (%d runs)%n", what,
                wall[wall.length / 2] / 1e6, cpu[cpu.length / 2] / 1e6, wall[wall.length - 1] / 1e6, wall.length);
    }
}
