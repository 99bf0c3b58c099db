package org.luoshi.importer;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.importer.read.DocumentReaders;
import org.luoshi.importer.read.OfficeFiles;

/**
 * How long a spreadsheet plan takes to read and parse, and how much memory: task sheets of 5,000
 * and 50,000 rows (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限, a date cell each row) as .xlsx and
 * .xls, and a .xlsx of 250,000 rows (its sheet some 90 MB of XML, near the 100 MB a part of a file
 * may unpack to: 300,000 such rows are refused as too large). For each: the median over several runs after
 * a warm-up of the read alone and of read + parse ({@link ImportDocument#read}), as wall time and as
 * the thread's CPU time, with the load average beside them; the peak of the heap pools during one
 * read + parse. With {@code --min-heap} it instead finds, in a fresh JVM per file, the smallest
 * {@code -Xmx} from a ladder in which read + parse succeeds — and, for each .xlsx, in which POI's
 * {@code XSSFWorkbook} (which the reader does not use) merely opens the file and formats its cells.
 *
 * <p>Run: {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec
 * -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.luoshi.importer.SpreadsheetBenchmark [--runs N] [--min-heap]
 * [--only 5000.xlsx,50000.xls]"}.
 */
public final class SpreadsheetBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int[] HEAP_LADDER_MB = {24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048};

    private record Sheet(String label, Path file, int rows) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        boolean minHeap = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--min-heap" -> minHeap = true;
                case "--child" -> {
                    child(args[++i], Path.of(args[++i]));
                    return;
                }
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Path dir = Files.createTempDirectory("luoshi-sheets");
        List<Sheet> sheets = new ArrayList<>();
        for (String spec : (only == null ? "5000.xlsx,5000.xls,50000.xlsx,50000.xls,250000.xlsx" : only).split(",")) {
            int rows = Integer.parseInt(spec.substring(0, spec.indexOf('.')));
            boolean xlsx = spec.endsWith(".xlsx");
            sheets.add(new Sheet(String.format(Locale.ROOT, "%,d rows %s", rows, xlsx ? ".xlsx" : ".xls"),
                    OfficeFiles.largeWorkbook(dir.resolve(spec), xlsx, rows), rows));
        }
        System.out.println("JVM " + System.getProperty("java.version") + " "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ", " + OS.getAvailableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        for (Sheet s : sheets) {
            System.out.printf(Locale.ROOT, "%-20s %6.2f MB%n", s.label, Files.size(s.file) / 1048576.0);
        }
        if (minHeap) {
            minHeap(sheets);
        } else {
            times(sheets, runs);
        }
        for (Sheet s : sheets) {
            Files.deleteIfExists(s.file);
        }
        Files.deleteIfExists(dir);
    }

    private static void times(List<Sheet> sheets, int runs) throws Exception {
        for (int i = 0; i < 5; i++) { // warm-up: the JIT compiles readers and parser
            for (Sheet s : sheets.subList(0, Math.min(2, sheets.size()))) {
                if (s.rows <= 50_000) {
                    ImportDocument.read(s.file);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%-20s %6s %6s %11s %11s %13s %13s %13s %10s %s%n", "sheet", "runs", "tasks",
                "read wall", "read cpu", "+parse wall", "+parse cpu", "worst +parse", "peak heap", "load (1/5/15 min)");
        for (Sheet s : sheets) {
            int n = s.rows > 100_000 ? Math.min(3, runs) : runs;
            long[] readWall = new long[n];
            long[] readCpu = new long[n];
            long[] wall = new long[n];
            long[] cpu = new long[n];
            int tasks = 0;
            for (int r = 0; r < n; r++) {
                System.gc();
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                DocumentReaders.read(s.file);
                readWall[r] = System.nanoTime() - t0;
                readCpu[r] = THREADS.getCurrentThreadCpuTime() - c0;
                System.gc();
                c0 = THREADS.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                tasks = ImportDocument.read(s.file).parsed().plan().tasks().size();
                wall[r] = System.nanoTime() - t0;
                cpu[r] = THREADS.getCurrentThreadCpuTime() - c0;
            }
            long peak = peakHeap(s.file);
            Arrays.sort(readWall);
            Arrays.sort(readCpu);
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-20s %6d %6d %9.3f s %9.3f s %11.3f s %11.3f s %11.3f s %7d MB %s%n",
                    s.label, n, tasks, readWall[n / 2] / 1e9, readCpu[n / 2] / 1e9, wall[n / 2] / 1e9, cpu[n / 2] / 1e9,
                    wall[n - 1] / 1e9, peak >> 20, load());
        }
    }

    /** The sum of the heap pools' peaks during one read + parse, after a collection reset them. */
    private static long peakHeap(Path file) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ImportDocument.read(file);
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void minHeap(List<Sheet> sheets) throws Exception {
        System.out.printf(Locale.ROOT, "%n%-20s %-22s %s%n", "sheet", "what", "smallest -Xmx that works");
        for (Sheet s : sheets) {
            report(s, "read + parse", "import");
            if (s.file.toString().endsWith(".xlsx")) {
                report(s, "XSSFWorkbook (not used)", "xssf");
            }
        }
    }

    private static void report(Sheet s, String what, String mode) throws Exception {
        Integer found = null;
        for (int mb : HEAP_LADDER_MB) {
            if (runChild(mb, mode, s.file)) {
                found = mb;
                break;
            }
        }
        System.out.printf(Locale.ROOT, "%-20s %-22s %s%n", s.label, what,
                found == null ? "> " + HEAP_LADDER_MB[HEAP_LADDER_MB.length - 1] + " MB" : found + " MB");
    }

    private static boolean runChild(int heapMb, String mode, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), SpreadsheetBenchmark.class.getName(), "--child", mode,
                file.toString()).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    private static void child(String mode, Path file) throws Exception {
        try {
            if (mode.equals("import")) {
                if (ImportDocument.read(file).parsed().plan().tasks().isEmpty()) {
                    System.exit(3);
                }
            } else {
                DataFormatter formatter = new DataFormatter();
                long chars = 0;
                try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                    for (Row row : wb.getSheetAt(0)) {
                        for (Cell cell : row) {
                            chars += formatter.formatCellValue(cell).length();
                        }
                    }
                }
                if (chars == 0) {
                    System.exit(3);
                }
            }
            System.exit(0);
        } catch (OutOfMemoryError e) {
            System.exit(1);
        }
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", OS.getSystemLoadAverage());
        }
    }
}
