package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.luoshi.app.SamplePlan;
import org.luoshi.files.FileNameFit;
import org.luoshi.files.SafeText;
import org.luoshi.plan.Plan;
import org.luoshi.sheets.ExportSheets;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetOptions;

/**
 * What the export guards cost: {@link SafeText} over 10 MB of clean and of dirty text, names cut
 * by {@link FileNameFit}, and the sample plan's 38 unit sheets as .xlsx and .docx (median of
 * {@code RUNS}, wall and CPU time of this thread), with the load average beside them.
 *
 * <pre>java -cp … org.luoshi.bench.ExportBench [RUNS]</pre>
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String clean = "推进政务服务“一网通办”，持续优化营商环境。".repeat(500_000); // 10.5 M chars
        String dirty = clean.replace("，", "\u001b[31m，\u0000");
        time("SafeText.text, 10.5 M chars, clean", runs, () -> SafeText.text(clean).length());
        time("SafeText.text, 10.5 M chars, 1 control per 10", runs, () -> SafeText.text(dirty).length());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add("省".repeat(50 + i % 150) + i);
        }
        time("FileNameFit.name, 10,000 names of 50-200 characters", runs, () -> {
            int n = 0;
            for (String name : names) {
                n += FileNameFit.name(name, "xlsx", List.of(), FileNameFit.NAME_MAX).length();
            }
            return n;
        });
        Plan plan = SamplePlan.parse().plan();
        SheetOptions options = SheetOptions.standard(LocalDate.of(2023, 6, 1));
        for (SheetFormat format : List.of(SheetFormat.XLSX, SheetFormat.DOCX)) {
            Path dir = Files.createTempDirectory("export-bench");
            time("38 unit sheets as ." + format.extension(), runs, () -> ExportSheets.write(plan,
                    ExportSheets.Request.intoFolder(ExportSheets.Pick.EVERY_UNIT, format, options, dir),
                    (d, t, u) -> { }, () -> false).files().size());
        }
        System.out.printf("load average (1 min) at the end: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    interface Work {
        int run() throws Exception;
    }

    private static void time(String what, int runs, Work work) throws Exception {
        work.run(); // warm up
        long[][] samples = new long[runs][2];
        var bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            work.run();
            samples[i][0] = System.nanoTime() - wall;
            samples[i][1] = bean.getCurrentThreadCpuTime() - cpu;
        }
        Arrays.sort(samples, Comparator.comparingLong(s -> s[0]));
        long[] median = samples[runs / 2];
        System.out.printf("%-55s median wall %8.1f ms, CPU %8.1f ms (%d runs)%n", what, median[0] / 1e6,
                median[1] / 1e6, runs);
    }
}
