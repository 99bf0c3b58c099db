package org.luoshi.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * What checking a plan file against plan.schema.json costs: for an export of {@code TASKS} tasks
 * (the tracked sample's 47 repeated, every extra field set), the time to parse it, to validate the
 * parsed tree, and to read it whole as {@code import-json} does (parse, schema, references, copy).
 * The first run includes loading and compiling the schema; the warm runs after it show the steady
 * state. Wall time and the process's CPU time (all threads, JIT and GC) are printed with the load
 * average, as the machine is shared.
 *
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec -Dexec.classpathScope=test \
 *   -Dexec.executable=java -Dexec.args="-cp %classpath org.luoshi.exchange.PlanJsonBenchmark 10000"</pre>
 */
public final class PlanJsonBenchmark {
    private static final int WARM_RUNS = 9;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private PlanJsonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Plan sample = PlanExchangeTest.trackedSample();
        List<Task> tasks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Task t = sample.tasks().get(i % sample.tasks().size());
            tasks.add(new Task(0, i + 1, t.number(), t.part(), t.section(), t.text(), t.assignments(),
                    t.othersIncluded(), t.deadlines(), t.milestones(), t.progress(), t.status(), t.sourceLine(),
                    t.contact(), t.phone(), t.notes()));
        }
        String json = new PlanExchangeWriter().write(sample.withTasks(tasks));
        ObjectMapper mapper = new ObjectMapper();
        double load = OS.getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "export of %d tasks: %.1f MB; cores %d, load average %.2f, java %s%n", size,
                json.length() / 1e6, Runtime.getRuntime().availableProcessors(), load,
                System.getProperty("java.version"));
        for (String step : List.of("parse", "schema", "read")) {
            double[] wall = new double[WARM_RUNS + 1];
            double[] cpu = new double[WARM_RUNS + 1];
            JsonNode tree = mapper.readTree(json);
            for (int i = 0; i <= WARM_RUNS; i++) {
                long c0 = OS.getProcessCpuTime();
                long t0 = System.nanoTime();
                switch (step) {
                    case "parse" -> mapper.readTree(json);
                    case "schema" -> {
                        if (!PlanSchema.problems(tree).isEmpty()) {
                            throw new IllegalStateException("the benchmark's plan does not keep the schema");
                        }
                    }
                    default -> new PlanExchangeReader().read(json);
                }
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (OS.getProcessCpuTime() - c0) / 1e6;
            }
            double first = wall[0];
            double firstCpu = cpu[0];
            double[] w = Arrays.copyOfRange(wall, 1, wall.length);
            double[] c = Arrays.copyOfRange(cpu, 1, cpu.length);
            Arrays.sort(w);
            Arrays.sort(c);
            System.out.printf(Locale.ROOT, "%-6s first %.0f ms wall / %.0f ms CPU; warm (%d) median %.0f ms wall / %.0f ms CPU%n",
                    step, first, firstCpu, WARM_RUNS, w[WARM_RUNS / 2], c[WARM_RUNS / 2]);
        }
    }
}
