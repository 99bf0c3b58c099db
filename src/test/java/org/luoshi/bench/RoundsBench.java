package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.UnitFiller;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * What progress rounds cost (median of {@code RUNS}, wall and CPU time of this thread, load average
 * beside them): the sample plan's forms for its 38 units; collecting 38 returned forms, every row
 * filled (read, matched, checked and applied as one edit; undone between runs, outside the timing);
 * the forms of a 10,000-task plan ({@link BigWorkspace}, one plan).
 *
 * <pre>java -cp … org.luoshi.bench.RoundsBench [RUNS] [KEEP_DIR]</pre>
 * With KEEP_DIR the sample plan's forms and one filled form stay there (to open in LibreOffice).
 */
public final class RoundsBench {
    private RoundsBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path tmp = Files.createTempDirectory("rounds-bench");
        Path keep = args.length > 1 ? Path.of(args[1]) : null;
        load("start");
        try (Workspace ws = Workspace.open(tmp.resolve("sample.db"))) {
            Session session = Session.of(ws);
            Plan plan = ws.plans().save(SamplePlanFixture.plan());
            Round round = Rounds.open(new Rounds.OpenRequest(plan.id(), "2023年3月", RoundDue.on(LocalDate.of(2023, 4, 25)),
                    "督查室 0351-1234567", List.of(), List.of(), LocalDate.of(2023, 4, 1))).run(session);
            Rounds.Loaded loaded = Rounds.load(round.id()).run(session);
            Path out = tmp.resolve("forms");
            time("sample plan: forms for all " + loaded.scope().units().size() + " units (.xlsx)", runs,
                    () -> Rounds.writeForms(loaded, out, null, false).size());
            Path word = tmp.resolve("forms-docx");
            time("sample plan: forms for all " + loaded.scope().units().size() + " units (.docx)", runs,
                    () -> Rounds.writeForms(loaded, Rounds.Format.DOCX, word, null, false).size());
            List<Path> forms = Rounds.writeForms(loaded, keep != null ? keep : out, null, false);
            Path inbox = Files.createDirectories(tmp.resolve("inbox"));
            List<Path> returned = new ArrayList<>();
            for (Path form : forms) {
                try (UnitFiller f = UnitFiller.open(form)) {
                    for (long[] row : f.taskRows()) {
                        f.fill(row[1], "本月按计划推进，已完成阶段任务。", "无", "继续推进", 60, "否");
                    }
                    returned.add(f.saveAs(inbox.resolve("回执-" + form.getFileName())));
                }
            }
            if (keep != null) {
                Files.copy(returned.get(0), keep.resolve("filled-" + forms.get(0).getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            time("sample plan: collect 38 returned forms (read, check, apply)", runs, () -> {
                Rounds.Loaded now = Rounds.load(round.id()).run(session);
                Review review = Rounds.review(now, returned, LocalDate.of(2023, 4, 24));
                Rounds.apply(review, Set.of()).run(session);
                return review.lines().size();
            }, () -> session.undo("undo"));
        }
        Path big = tmp.resolve("big.db");
        BigWorkspace.write(big, 10_000, 1);
        try (Workspace ws = Workspace.open(big)) {
            Session session = Session.of(ws);
            long planId = ws.plans().list().get(0).id();
            Round round = Rounds.open(new Rounds.OpenRequest(planId, "2023年3月", RoundDue.on(LocalDate.of(2023, 4, 25)),
                    "", List.of(), List.of(), LocalDate.of(2023, 4, 1))).run(session);
            Rounds.Loaded loaded = Rounds.load(round.id()).run(session);
            Path out = tmp.resolve("big-forms");
            time("10,000-task plan: forms for all " + loaded.scope().units().size() + " units (.xlsx, "
                    + loaded.scope().tasks().size() + " tasks)", Math.max(3, runs / 2),
                    () -> Rounds.writeForms(loaded, out, null, false).size());
        }
        load("end");
    }

    private static void load(String when) {
        System.out.printf("load average (1 min) at the %s: %.2f on %d cores%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    interface Work {
        int run() throws Exception;
    }

    private static void time(String what, int runs, Work work) throws Exception {
        time(what, runs, work, () -> { });
    }

    private static void time(String what, int runs, Work work, ThrowingRunnable after) throws Exception {
        work.run(); // warm up
        after.run();
        long[][] samples = new long[runs][2];
        var bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            work.run();
            samples[i][0] = System.nanoTime() - wall;
            samples[i][1] = bean.getCurrentThreadCpuTime() - cpu;
            after.run();
        }
        Arrays.sort(samples, Comparator.comparingLong(s -> s[0]));
        long[] median = samples[runs / 2];
        System.out.printf("%-75s median wall %8.1f ms, CPU %8.1f ms (%d runs)%n", what, median[0] / 1e6,
                median[1] / 1e6, runs);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
