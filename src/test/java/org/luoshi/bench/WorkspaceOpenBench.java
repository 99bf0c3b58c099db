package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.luoshi.app.SamplePlan;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceLock;

/**
 * What the checks made before a workspace is used cost: taking the lock (the real path, the link
 * count, the holder's text), opening an existing workspace (the same, the first 100 bytes, the
 * identity check after SQLite opened it) and making a new one (built under another name, then
 * linked). Uses only calls older builds have too, so it runs unchanged against them:
 *
 * <pre>java -cp target/luoshi.jar:target/lib/*:target/test-classes org.luoshi.bench.WorkspaceOpenBench [RUNS]</pre>
 *
 * Prints the median and the 90th percentile wall time of each step, the process's CPU seconds and
 * the load average.
 */
public final class WorkspaceOpenBench {
    private WorkspaceOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path dir = Files.createTempDirectory("luoshi-open-bench");
        Path existing = dir.resolve("workspace.db");
        try (Workspace ws = Workspace.open(existing)) {
            ws.plans().save(SamplePlan.parse().plan());
        }
        String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).strip() : "?";
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        // Warm-up, then the measured runs.
        for (int i = 0; i < runs / 3; i++) {
            lockOnce(existing);
            openOnce(existing);
        }
        double[] lock = new double[runs];
        double[] open = new double[runs];
        double[] create = new double[runs / 3];
        for (int i = 0; i < runs; i++) {
            lock[i] = lockOnce(existing);
            open[i] = openOnce(existing);
        }
        for (int i = 0; i < create.length; i++) {
            long t = System.nanoTime();
            Workspace.open(dir.resolve("new-" + i + ".db")).close();
            create[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("lock + release, existing workspace: %s%n", stats(lock));
        System.out.printf("open + close, existing workspace:   %s%n", stats(open));
        System.out.printf("make a new workspace:               %s%n", stats(create));
        System.out.printf("whole run: %.1f s wall, %.1f s CPU; load average before: %s%n",
                (System.nanoTime() - wall0) / 1e9, (cpuNanos() - cpu0) / 1e9, load);
    }

    private static double lockOnce(Path workspace) {
        long t = System.nanoTime();
        WorkspaceLock.acquire(workspace).close();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double openOnce(Path workspace) {
        long t = System.nanoTime();
        Workspace.open(workspace).close();
        return (System.nanoTime() - t) / 1e6;
    }

    private static String stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p90 %.2f ms (%d runs)", sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)], sorted.length);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
