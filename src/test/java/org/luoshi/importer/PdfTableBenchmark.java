package org.luoshi.importer;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.HeaderCells;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.read.PdfDocumentReader;
import org.luoshi.importer.table.TaskTableHeaders;

/**
 * What finding the tables costs on a PDF that is one long 分工表: the read as text only (as before
 * tables were looked for), the read that lays out the tables, and the import's parse of what the
 * second gives (header, text parser, table reader) — medians of several runs after a warm-up, wall
 * time beside the reading thread's CPU time, and the load average.
 *
 * <p>The 30-page table: {@code python3 src/test/resources/pdf-tables/make_fodt.py --rows 500 /tmp}
 * then {@code soffice --headless --convert-to pdf --outdir /tmp /tmp/fenguan-500.fodt}. Run:
 * {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec
 * -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.luoshi.importer.PdfTableBenchmark [--runs N] /tmp/fenguan-500.pdf"}.
 */
public final class PdfTableBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private PdfTableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 9;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        for (Path file : files) {
            ImportedDocument tables = new PdfDocumentReader(TaskTableHeaders.INSTANCE).read(file);
            ParsedPlan parsed = new DocumentImporter().importDocument(tables);
            System.out.printf(Locale.ROOT, "%s: %d table(s), %d rows, %d tasks, %d chars of text%n", file.getFileName(),
                    tables.tables().size(), tables.tables().stream().mapToInt(t -> t.rows().size()).sum(),
                    parsed.plan().tasks().size(), tables.text().length());
            List<org.luoshi.importer.read.TableRow> rows = tables.tables().get(0).rows();
            long numbered = java.util.stream.IntStream.range(1, rows.size())
                    .filter(r -> rows.get(r).cells().get(0).text().equals(String.valueOf(r))).count();
            System.out.printf(Locale.ROOT, "  rows numbered in order: %d of %d%n", numbered, rows.size() - 1);
            measure("read, text only", runs, () -> new PdfDocumentReader(HeaderCells.NONE).read(file));
            measure("read, tables laid out", runs, () -> new PdfDocumentReader(TaskTableHeaders.INSTANCE).read(file));
            measure("parse (importDocument)", runs, () -> new DocumentImporter().importDocument(tables));
        }
        System.out.printf(Locale.ROOT, "load average %.2f, %d processors%n", OS.getSystemLoadAverage(),
                OS.getAvailableProcessors());
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void measure(String what, int runs, Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpu0;
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "  %-24s median %7.1f ms wall, %7.1f ms CPU (min %.1f, max %.1f ms wall; %d runs)%n",
                what, wall[runs / 2] / 1e6, cpu[runs / 2] / 1e6, wall[0] / 1e6, wall[runs - 1] / 1e6, runs);
    }
}
