package org.luoshi.importer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.table.FlatTableFinder;
import org.luoshi.importer.table.TaskTableReader;

/**
 * How long a 5,000-row division-of-work table takes (the goal: under 1 s of parse time), after
 * warm-up, as wall time (min / median / max of 10 runs) and the thread's CPU time (median):
 * <ul>
 * <li><b>table</b> — a {@link DocumentTable} of 5,000 rows (what the Word or Excel reader gives)
 *     read into tasks by {@link TaskTableReader};</li>
 * <li><b>flat lines</b> — the same table flattened one cell a line (a web page's copy: task
 *     texts wrapped over two lines, unit lists over two, a page number every 20 rows, a left-out
 *     cell every 10th row), found by {@link FlatTableFinder} and read;</li>
 * <li><b>flat tabs</b> — the same as tab-separated rows, found and read;</li>
 * <li><b>finder prose</b> — the finder over 2 MB of the corpus's plans (numbered prose, no
 *     table): what every document read without a table now pays on top of the text parser;</li>
 * <li><b>import lines</b> — the whole import of the one-cell-a-line text (the text parser, the
 *     finder and the reader), as {@link DocumentImporter} does it.</li>
 * </ul>
 * Run: {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.luoshi.importer.TableBenchmark}
 */
public final class TableBenchmark {
    private static final int ROWS = 5_000;
    private static final int WARMUP = 5;
    private static final int RUNS = 10;
    private static final String[] UNITS = {"市发展改革委", "市财政局", "市商务局", "市人社局", "市住建局", "市数据局",
        "市市场监管局", "各区人民政府", "市教育局", "市卫生健康委", "市公安局", "市交通运输局"};
    private static final String[] LIMITS = {"2024年6月底前", "2024年12月底前", "持续推进", "长期坚持", "2025年底前", "每季度"};

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "load average before: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-13s %9s %8s %9s %9s %9s %12s%n", "input", "chars", "tasks", "min ms",
                "median ms", "max ms", "median cpu");
        DocumentTable table = DocumentTable.ofLines("表 1", 1, cells());
        TaskTableReader reader = new TaskTableReader();
        FlatTableFinder finder = new FlatTableFinder();
        String lines = oneCellALine();
        String tabs = tabSeparated();
        run("table", 0, () -> reader.read(table, 1, 2024, ImportMonitor.NONE).orElseThrow().tasks().size());
        run("flat lines", lines.length(), () -> reader.read(finder.find(lines).get(0), 1, 2024, ImportMonitor.NONE)
                .orElseThrow().tasks().size());
        run("flat tabs", tabs.length(), () -> reader.read(finder.find(tabs).get(0), 1, 2024, ImportMonitor.NONE)
                .orElseThrow().tasks().size());
        String prose;
        try {
            prose = ParserBenchmark.corpus();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        run("finder prose", prose.length(), () -> finder.find(prose).size());
        DocumentImporter importer = new DocumentImporter();
        run("import lines", lines.length(), () -> importer.importDocument(ImportedDocument.text("b", "text", lines))
                .plan().tasks().size());
        System.out.printf(Locale.ROOT, "load average after: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void run(String name, int chars, IntSupplier work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int tasks = 0;
        for (int i = 0; i < WARMUP; i++) {
            tasks = work.getAsInt();
        }
        long[] ms = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            tasks = work.getAsInt();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-13s %9d %8d %9d %9d %9d %12d%n", name, chars, tasks, ms[0], ms[RUNS / 2],
                ms[RUNS - 1], cpu[RUNS / 2]);
    }

    private static String task(int i) {
        return "推进第" + i + "批政务服务事项标准化建设，完善办事指南和业务流程，实现线上线下一体化办理。";
    }

    private static String coop(int i) {
        return UNITS[(i + 1) % UNITS.length] + "、" + UNITS[(i + 3) % UNITS.length] + "、" + UNITS[(i + 5) % UNITS.length];
    }

    static List<List<String>> cells() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限"));
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(String.valueOf(i), task(i), UNITS[i % UNITS.length], coop(i), LIMITS[i % LIMITS.length]));
        }
        return rows;
    }

    static String oneCellALine() {
        StringBuilder b = new StringBuilder("附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n");
        for (int i = 1; i <= ROWS; i++) {
            String t = task(i);
            String c = coop(i);
            int cut = c.indexOf('、', c.indexOf('、') + 1) + 1;
            b.append(i).append('\n').append(t, 0, 20).append('\n').append(t.substring(20)).append('\n')
                    .append(UNITS[i % UNITS.length]).append('\n');
            if (i % 10 != 0) {
                b.append(c, 0, cut).append('\n').append(c.substring(cut)).append('\n'); // every 10th row leaves it out
            }
            b.append(LIMITS[i % LIMITS.length]).append('\n');
            if (i % 20 == 0) {
                b.append("— ").append(i / 20 + 1).append(" —\n");
            }
        }
        return b.toString();
    }

    static String tabSeparated() {
        StringBuilder b = new StringBuilder();
        for (List<String> row : cells()) {
            b.append(String.join("\t", row)).append('\n');
        }
        return b.toString();
    }
}
