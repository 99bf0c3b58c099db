package org.luoshi.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.luoshi.app.SamplePlan;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.requests.workspace.Requests;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * Evidence files inside the workspace (issue 17): the time to store a 50 MB file with its closing request
 * (hash, chunks of 1 MB, the request, one transaction, through the same use case as {@code luoshi close}),
 * and the time to open a workspace holding {@code GB} gigabytes of evidence against the same workspace
 * without it — opening, the one check of the file the window and every command make, and reading the plan
 * list and the first plan.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.luoshi.bench.EvidenceBench [RUNS] [GB] [DIR]</pre>
 *
 * Prints medians of wall time and of the process's CPU time, and the load average.
 */
public final class EvidenceBench {
    private static final int MB = 1024 * 1024;
    private static final int FILE_MB = 50;

    private EvidenceBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double gb = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        Path dir = args.length > 2 ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("luoshi-evidence-bench");
        System.out.println("load average before: " + load());
        Plan sample = SamplePlan.parse().plan();
        Path plain = dir.resolve("plain.db");
        Path full = dir.resolve("with-evidence.db");
        Files.deleteIfExists(plain);
        Files.deleteIfExists(full);
        try (Workspace ws = Workspace.open(plain)) {
            ws.plans().save(sample);
        }

        // 1. Storing: each run a new 50 MB file (different bytes: nothing deduplicated) on the next task.
        Path file = dir.resolve("evidence.bin");
        byte[] block = new byte[MB];
        new Random(17).nextBytes(block);
        int files = (int) Math.ceil(gb * 1024 / FILE_MB);
        double[] wall = new double[files];
        double[] cpu = new double[files];
        long bytes = 0;
        try (Workspace ws = Workspace.open(full)) {
            Session session = Session.of(ws);
            Plan plan = ws.plans().save(sample);
            List<Task> tasks = new ArrayList<>(plan.tasks());
            for (int i = 0; i < files; i++) {
                write(file, block, i);
                Task task = tasks.get(i % tasks.size());
                if (i >= tasks.size()) {
                    // every task has a pending closing request by now: start the next round of tasks afresh
                    ws.requests().ofTask(task.id()).forEach(r -> ws.requests().remove(r.id()));
                }
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                Requests.close(new Requests.Close(task.id(), "已完成", List.of(file), null, LocalDate.of(2023, 6, 1)))
                        .run(session);
                wall[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (cpuNanos() - c0) / 1e9;
                bytes += (long) FILE_MB * MB;
            }
        }
        Files.delete(file);
        System.out.printf("store a 50 MB file with its request: median %.2f s wall, %.2f s CPU; p90 %.2f s wall (%d files)%n",
                median(wall), median(cpu), p90(wall), files);
        System.out.printf("workspace with evidence: %.2f GB file, %.2f GB of evidence; without: %.1f MB%n",
                Files.size(full) / 1e9, bytes / 1e9, Files.size(plain) / 1e6);

        // 2. Opening, alternately, the workspace without and with the evidence.
        for (int i = 0; i < 2; i++) { // warm-up
            open(plain);
            open(full);
        }
        double[][] p = new double[runs][];
        double[][] f = new double[runs][];
        for (int i = 0; i < runs; i++) {
            p[i] = open(plain);
            f[i] = open(full);
        }
        String[] what = {"open", "check", "plans + first plan", "total", "total CPU"};
        for (int k = 0; k < what.length; k++) {
            System.out.printf("%-20s without evidence %8.1f ms   with %.1f GB %8.1f ms%n", what[k], median(column(p, k)),
                    bytes / 1e9, median(column(f, k)));
        }
        System.out.println("load average after: " + load());
    }

    private static void write(Path file, byte[] block, int index) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int m = 0; m < FILE_MB; m++) {
                ByteBuffer.wrap(block).putInt(0, index).putInt(4, m);
                out.write(block);
            }
        }
    }

    /** Open, check, read the plan list and the first plan: ms of each, the total, and the total CPU ms. */
    private static double[] open(Path file) {
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(file)) {
            long t1 = System.nanoTime();
            ws.check();
            long t2 = System.nanoTime();
            ws.plans().load(ws.plans().list().get(0).id()).orElseThrow();
            long t3 = System.nanoTime();
            return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6,
                (cpuNanos() - c0) / 1e6};
        }
    }

    private static double[] column(double[][] rows, int k) {
        return Arrays.stream(rows).mapToDouble(r -> r[k]).toArray();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double p90(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) (s.length * 0.9)];
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
