package org.luoshi.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.sheets.output.SheetWriter;
import org.luoshi.storage.Workspace;

/**
 * Times PDF sheets for every unit of the sample plan (38 units, 47 tasks), as {@code sheets --format pdf}
 * makes them: open the workspace, load the stored plan, find and open the font, lay out and save each
 * PDF. The first run is the figure that counts (the JVM just started, nothing warmed up); the warm
 * runs after it show the steady state. Wall time is what a user waits; the process's CPU time (all
 * threads, JIT and GC included) is printed too, because on a shared, busy machine wall time says
 * more about the other processes than about this code. Run from the README:
 *
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec -Dexec.classpathScope=test \
 *   -Dexec.executable=java -Dexec.args="-cp %classpath org.luoshi.sheets.SheetsBenchmark"</pre>
 */
public final class SheetsBenchmark {
    private static final int WARM_RUNS = 8;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private SheetsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path dir = Files.createTempDirectory("luoshi-sheets-bench");
        Path db = dir.resolve("workspace.db");
        long planId;
        try (Workspace ws = Workspace.open(db)) {
            planId = ws.plans().save(SamplePlan.parse().plan()).id();
        }
        long beforeFirst = System.currentTimeMillis();
        double load = OS.getSystemLoadAverage();
        long cpu0 = OS.getProcessCpuTime();
        double first = run(db, planId, dir.resolve("run0"), true);
        double firstCpu = (OS.getProcessCpuTime() - cpu0) / 1e6;
        double[] warm = new double[WARM_RUNS];
        double[] warmCpu = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long c = OS.getProcessCpuTime();
            warm[i] = run(db, planId, dir.resolve("run" + (i + 1)), false);
            warmCpu[i] = (OS.getProcessCpuTime() - c) / 1e6;
        }
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf(Locale.ROOT, "JVM start to first run: %d ms (workspace set up with the sample plan)%n",
                beforeFirst - jvmStart);
        System.out.printf(Locale.ROOT, "first run, 38 PDFs: %.0f ms wall, %.0f ms CPU%n", first, firstCpu);
        System.out.printf(Locale.ROOT, "warm runs (%d): wall min %.0f / median %.0f ms, CPU min %.0f / median %.0f ms%n",
                WARM_RUNS, warm[0], warm[WARM_RUNS / 2], warmCpu[0], warmCpu[WARM_RUNS / 2]);
        System.out.printf(Locale.ROOT, "cores: %d, load average before the first run: %.1f, java %s%n",
                Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.version"));
        deleteAll(dir);
    }

    /** One export of every unit's PDF; returns milliseconds. */
    private static double run(Path db, long planId, Path out, boolean report) throws IOException {
        long t0 = System.nanoTime();
        Plan plan;
        try (Workspace ws = Workspace.open(db)) {
            plan = ws.plans().load(planId).orElseThrow();
        }
        long t1 = System.nanoTime();
        List<String> units = PlanUnits.of(plan).stream().map(UnitRoles::unit).toList();
        BatchExport.Result result;
        long t2;
        try (SheetWriter writer = SheetFormat.PDF.openWriter(null)) {
            t2 = System.nanoTime();
            result = new BatchExport(writer, SheetOptions.standard(LocalDate.now())).units(plan, units, out,
                    (done, total, unit) -> { }, () -> false);
        }
        long t3 = System.nanoTime();
        if (result.files().size() != 38) {
            throw new IllegalStateException("expected 38 files, got " + result.files().size());
        }
        if (report) {
            long bytes = 0;
            for (Path f : result.files()) {
                bytes += Files.size(f);
            }
            System.out.printf(Locale.ROOT, "first run: load plan %.0f ms, open font %.0f ms, 38 PDFs %.0f ms (%d KB)%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, bytes / 1024);
        }
        return (t3 - t0) / 1e6;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
