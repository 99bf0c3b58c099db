package org.luoshi.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.luoshi.find.IndexedTask;
import org.luoshi.find.TaskFacts;
import org.luoshi.find.TaskIndex;
import org.luoshi.find.TaskRows;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.lights.StatusLights;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.storage.Workspace;

/**
 * Search without the window: the index of every task, then for each query the matching tasks,
 * their lights, and the rows grouped by plan — what the window does before it draws. Warms up,
 * then prints the median and the 95th percentile per query over 200 runs.
 *
 * <pre>java -cp … org.luoshi.bench.SearchBench WORKSPACE</pre>
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<Plan> plans;
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            plans = ws.plans().loadAll();
        }
        long t1 = System.nanoTime();
        TaskIndex index = TaskIndex.of(plans);
        long t2 = System.nanoTime();
        System.out.printf("read %d plans in %d ms; indexed %d tasks in %d ms%n", plans.size(), (t1 - t0) / 1_000_000,
                index.size(), (t2 - t1) / 1_000_000);
        StatusLights lights = new StatusLights(Clock.systemDefaultZone(), LightThresholds.DEFAULT);
        for (int warm = 0; warm < 30; warm++) {
            for (String q : WindowProbe.QUERIES) {
                rows(index, q, lights);
            }
        }
        for (String q : WindowProbe.QUERIES) {
            List<Long> times = new ArrayList<>();
            int hits = 0;
            for (int i = 0; i < 200; i++) {
                long s = System.nanoTime();
                hits = rows(index, q, lights);
                times.add(System.nanoTime() - s);
            }
            times.sort(null);
            System.out.printf("“%s”: %d tasks, median %.2f ms, 95th percentile %.2f ms%n", q, hits,
                    times.get(100) / 1e6, times.get(190) / 1e6);
        }
    }

    private static int rows(TaskIndex index, String query, StatusLights lights) {
        List<TaskFacts> facts = new ArrayList<>();
        for (IndexedTask it : index.search(query)) {
            facts.add(TaskFacts.of(it, lights));
        }
        List<OutlineRow> rows = TaskRows.byPlan(facts);
        return rows.stream().mapToInt(OutlineRow::taskCount).sum();
    }
}
