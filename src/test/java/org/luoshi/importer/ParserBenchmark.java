package org.luoshi.importer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;

/**
 * How long the parser takes on documents of about 2 MB (the goal: under 1 s), measured after
 * warm-up in the JVM that runs it, as wall time (min / median / max of 10 runs) and as the
 * parsing thread's CPU time (median), which other processes on a busy machine do not inflate:
 * <ul>
 * <li><b>long plan</b> — one plan whose body is the sample plan's parts repeated, so that it
 *     holds some 3,000 sections and 7,000 tasks, with clauses and deadlines on every task;</li>
 * <li><b>corpus</b> — every corpus document, header and signature included, one after another
 *     until 2 MB;</li>
 * <li><b>one paragraph</b> — 2 MB without a line break: clauses, brackets and deadline phrases
 *     run together (a pasted PDF page gone wrong);</li>
 * <li><b>open brackets</b> — 2 MB of text lines full of unclosed and nested brackets.</li>
 * </ul>
 * Run: {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.luoshi.importer.ParserBenchmark}
 */
public final class ParserBenchmark {
    private static final int SIZE = 2 * 1024 * 1024;
    private static final int WARMUP = 5;
    private static final int RUNS = 10;

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "%-14s %10s %8s %9s %9s %9s %12s%n", "document", "chars", "tasks", "min ms",
                "median ms", "max ms", "median cpu");
        run("long plan", longPlan());
        run("corpus", corpus());
        run("one paragraph", oneParagraph());
        run("open brackets", openBrackets());
    }

    private static void run(String name, String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PlanParser parser = new PlanParser();
        int tasks = 0;
        for (int i = 0; i < WARMUP; i++) {
            tasks = parser.parse(text).plan().tasks().size();
        }
        long[] ms = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ParsedPlan parsed = parser.parse(text);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            tasks = parsed.plan().tasks().size();
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-14s %10d %8d %9d %9d %9d %12d%n", name, text.length(), tasks, ms[0], ms[RUNS / 2],
                ms[RUNS - 1], cpu[RUNS / 2]);
    }

    /** The sample plan's header, then its body repeated until the text reaches 2 MB (UTF-8 bytes). */
    static String longPlan() throws IOException {
        String sample = Corpus.text("shanxi-2023-1");
        int bodyStart = sample.indexOf("一、依靠改革开放");
        StringBuilder b = new StringBuilder(sample.substring(0, bodyStart));
        String body = sample.substring(bodyStart);
        while (utf8Length(b) < SIZE) {
            b.append(body).append('\n');
        }
        return b.toString();
    }

    static String corpus() throws IOException {
        StringBuilder b = new StringBuilder();
        while (utf8Length(b) < SIZE) {
            for (String name : Corpus.DOCUMENTS) {
                b.append(Corpus.text(name)).append('\n');
            }
        }
        return b.toString();
    }

    static String oneParagraph() throws IOException {
        String sample = Corpus.text("shanxi-2023-1").replace("\n", "");
        StringBuilder b = new StringBuilder();
        while (utf8Length(b) < SIZE) {
            b.append(sample);
        }
        return b.toString();
    }

    static String openBrackets() {
        String[] pieces = {"（省发展改革委牵头，", "【负责部门：", "（（试行", "2023年6月底前", "（省财政厅负责）", "（", "【", "[", "推进工作，"};
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (utf8Length(b) < SIZE) {
            b.append(i % 40 == 0 ? "\n" + (i / 40 % 50 + 1) + "．" : "").append(pieces[i % pieces.length]);
            i++;
        }
        return b.toString();
    }

    private static int utf8Length(CharSequence s) {
        return s.length() * 3; // the documents are Chinese: about three UTF-8 bytes a character
    }
}
