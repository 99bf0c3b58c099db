package org.luoshi.importer;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;
import org.luoshi.importer.review.ReviewDraft;

/**
 * How the import scales with the document (issue 13): parse time for plans of 20,000 / 40,000 /
 * 80,000 / 240,000 task lines of each {@link LargePlans.Shape} — median of several runs after a
 * warm-up, as wall time and as the parsing thread's CPU time (which other processes on a busy machine
 * do not inflate), the process's CPU time per run (JIT and GC threads included), the heap the result
 * holds, and the load average; then what the window does after the parse for the largest plans
 * (the review's draft and highlights); then whole files through the readers — a text file just under
 * the 20 MB limit and a Word file of about 15 MB.
 *
 * <p>With {@code --min-heap} it instead finds, for the largest inputs, the smallest heap
 * ({@code -Xmx}, from a ladder of sizes) in which a fresh JVM reads and parses them: the memory the
 * import needs, independent of how much garbage a big heap lets pile up.
 *
 * <p>Run: {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec
 * -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.luoshi.importer.ImportScalingBenchmark [--runs N] [--sizes 20000,40000]
 * [--min-heap]"}; add JVM options before {@code -cp} (the packaged app runs with
 * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn256m}).
 */
public final class ImportScalingBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int[] sizes = {20_000, 40_000, 80_000, 240_000};
        boolean minHeap = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--min-heap" -> minHeap = true;
                case "--child" -> {
                    child(args[++i], args[++i]);
                    return;
                }
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        System.out.println("JVM " + System.getProperty("java.version") + " "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ", " + OS.getAvailableProcessors()
                + " cores, max heap " + MEMORY.getHeapMemoryUsage().getMax() / (1 << 20) + " MB");
        if (minHeap) {
            minHeap();
            return;
        }
        parsing(runs, sizes);
        review(sizes[sizes.length - 1]);
        files(runs);
    }

    // ---- parse time by size and shape ----

    private static void parsing(int runs, int[] sizes) {
        PlanParser parser = new PlanParser();
        for (LargePlans.Shape shape : LargePlans.Shape.values()) {
            for (int i = 0; i < 3; i++) {
                parser.parse(LargePlans.plan(sizes[0], shape)); // warm-up: the JIT compiles the parser
            }
        }
        System.out.printf(Locale.ROOT, "%n%-15s %8s %10s %8s %12s %12s %12s %10s %9s %12s %s%n", "shape", "lines",
                "chars", "tasks", "median wall", "median cpu", "process cpu", "cpu/line", "result", "worst wall",
                "load (1/5/15 min)");
        for (LargePlans.Shape shape : LargePlans.Shape.values()) {
            for (int size : sizes) {
                String text = LargePlans.plan(size, shape);
                long[] wall = new long[runs];
                long[] cpu = new long[runs];
                long processStart = OS.getProcessCpuTime();
                int tasks = 0;
                long retained = 0;
                for (int r = 0; r < runs; r++) {
                    gc();
                    long before = MEMORY.getHeapMemoryUsage().getUsed();
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    ParsedPlan parsed = parser.parse(text);
                    wall[r] = System.nanoTime() - start;
                    cpu[r] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                    tasks = parsed.plan().tasks().size();
                    if (r == 0) {
                        gc();
                        retained = MEMORY.getHeapMemoryUsage().getUsed() - before;
                    }
                    parsed = null;
                }
                long processCpu = (OS.getProcessCpuTime() - processStart) / runs;
                Arrays.sort(wall);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%-15s %8d %10d %8d %10.2f s %10.2f s %10.2f s %7.1f µs %6d MB %10.2f s %s%n",
                        shape.label(), size, text.length(), tasks, wall[runs / 2] / 1e9, cpu[runs / 2] / 1e9,
                        processCpu / 1e9, cpu[runs / 2] / 1e3 / size, retained >> 20, wall[runs - 1] / 1e9, load());
            }
        }
    }

    /** What the window does after the parse: the review's draft, its task list and the highlights. */
    private static void review(int size) {
        System.out.printf(Locale.ROOT, "%n%-15s %8s %12s %12s %s%n", "review of", "lines", "wall", "cpu", "load");
        for (LargePlans.Shape shape : LargePlans.Shape.values()) {
            ParsedPlan parsed = new PlanParser().parse(LargePlans.plan(size, shape));
            for (int r = 0; r < 2; r++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ReviewDraft draft = new ReviewDraft(parsed);
                int highlights = draft.highlights().size() + draft.tasks().size() + draft.toPlan().tasks().size();
                if (r == 1) {
                    System.out.printf(Locale.ROOT, "%-15s %8d %10.2f s %10.2f s %s (%d)%n", shape.label(), size,
                            (System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9,
                            load(), highlights);
                }
            }
        }
    }

    // ---- whole files through the readers ----

    private static void files(int runs) throws IOException {
        Path dir = Files.createTempDirectory("luoshi-bench");
        try {
            Path text = textFile(dir);
            Path word = wordFile(dir);
            System.out.printf(Locale.ROOT, "%n%-28s %10s %9s %12s %12s %12s %s%n", "file", "size", "tasks",
                    "median wall", "median cpu", "process cpu", "load");
            for (Path file : List.of(text, word)) {
                ImportDocument.read(file); // warm-up
                long[] wall = new long[runs];
                long[] cpu = new long[runs];
                long processStart = OS.getProcessCpuTime();
                int tasks = 0;
                for (int r = 0; r < runs; r++) {
                    gc();
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    tasks = ImportDocument.read(file).parsed().plan().tasks().size();
                    wall[r] = System.nanoTime() - start;
                    cpu[r] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                }
                Arrays.sort(wall);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%-28s %7.1f MB %9d %10.2f s %10.2f s %10.2f s %s%n",
                        file.getFileName(), Files.size(file) / 1048576.0, tasks, wall[runs / 2] / 1e9, cpu[runs / 2] / 1e9,
                        (OS.getProcessCpuTime() - processStart) / 1e9 / runs, load());
            }
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** A plan as a UTF-8 text file just under the 20 MB the readers accept (about 210,000 task lines). */
    static Path textFile(Path dir) throws IOException {
        int lines = 215_000;
        byte[] bytes = LargePlans.plan(lines, LargePlans.Shape.MIXED).getBytes(StandardCharsets.UTF_8);
        while (bytes.length > 20 * 1024 * 1024 - 1) {
            lines -= 2_000;
            bytes = LargePlans.plan(lines, LargePlans.Shape.MIXED).getBytes(StandardCharsets.UTF_8);
        }
        return Files.write(dir.resolve("plan-" + lines + ".txt"), bytes);
    }

    /**
     * A Word file of about 15 MB: 120,000 task lines marked up as Word does (some 80 MB of XML,
     * under the 100 MB a part may inflate to) and a picture that makes up the rest of the size.
     */
    static Path wordFile(Path dir) throws IOException {
        Path file = dir.resolve("plan-120000.docx");
        LargePlans.docx(file, LargePlans.plan(120_000, LargePlans.Shape.NUMBERED), 0);
        long missing = 15L * 1024 * 1024 - Files.size(file);
        return missing > 0 ? LargePlans.docx(file, LargePlans.plan(120_000, LargePlans.Shape.NUMBERED), (int) missing)
                : file;
    }

    // ---- the smallest heap that will do ----

    private static void minHeap() throws Exception {
        Path dir = Files.createTempDirectory("luoshi-bench");
        List<String[]> inputs = new ArrayList<>();
        for (LargePlans.Shape shape : LargePlans.Shape.values()) {
            Path file = dir.resolve(shape.label() + "-240000.txt");
            Files.writeString(file, LargePlans.plan(240_000, shape), StandardCharsets.UTF_8);
            inputs.add(new String[] {"parse", file.toString()});
        }
        inputs.add(new String[] {"read", textFile(dir).toString()});
        inputs.add(new String[] {"read", wordFile(dir).toString()});
        int[] ladder = {32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024};
        System.out.printf(Locale.ROOT, "%n%-40s %12s %12s%n", "input (parse: text of 240,000 lines; read: file)",
                "size", "smallest -Xmx");
        for (String[] input : inputs) {
            int found = -1;
            for (int mb : ladder) {
                if (childSucceeds(mb, input[0], input[1])) {
                    found = mb;
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "%-40s %9.1f MB %9s%n", input[0] + " " + Path.of(input[1]).getFileName(),
                    Files.size(Path.of(input[1])) / 1048576.0, found < 0 ? "> 1024 MB" : found + " MB");
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private static boolean childSucceeds(int heapMb, String what, String file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportScalingBenchmark.class.getName(),
                "--child", what, file));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    /** In a child JVM: read and parse the file (read), or parse the text file's text as it is (parse). */
    private static void child(String what, String file) throws Exception {
        Path path = Path.of(file);
        int tasks = what.equals("read") ? ImportDocument.read(path).parsed().plan().tasks().size()
                : new PlanParser().parse(Files.readString(path)).plan().tasks().size();
        System.exit(tasks > 0 ? 0 : 3);
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", OS.getSystemLoadAverage());
        }
    }
}
