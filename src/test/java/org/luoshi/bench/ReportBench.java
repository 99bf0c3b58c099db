package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.report.bulletin.Bulletin;
import org.luoshi.report.bulletin.BulletinDocx;
import org.luoshi.report.bulletin.BulletinPdf;
import org.luoshi.report.bulletin.Bulletins;
import org.luoshi.report.ledger.Ledger;
import org.luoshi.report.ledger.LedgerBuilder;
import org.luoshi.report.ledger.LedgerColumns;
import org.luoshi.report.ledger.LedgerExport;
import org.luoshi.report.ledger.LedgerXlsx;
import org.luoshi.report.ledger.DeadlineChanges;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * What the 督查通报 and the 工作台账 cost on a 10,000-task workspace ({@link BigWorkspace}; median of
 * {@code RUNS} after one warm-up; wall time and the CPU time of this thread, load average beside them):
 * <ul>
 * <li>bulletin of one 10,000-task plan with a round: draft (read the plan, pace, board) + .docx, and
 * draft + .pdf (font embedded);</li>
 * <li>ledger of all 20 plans (10,000 tasks, three rounds each): the whole use case from the workspace
 * (read, build, stream the .xlsx), one sheet per plan; and build + write alone with every task
 * carrying a report in each of the three rounds (all round columns filled).</li>
 * </ul>
 *
 * <pre>java -cp … org.luoshi.bench.ReportBench [RUNS] [KEEP_DIR]</pre>
 * With KEEP_DIR the files of the last run stay there.
 */
public final class ReportBench {
    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean onlyBulletin = args.length > 2 && args[2].equals("bulletin");
        Path tmp = Files.createTempDirectory("report-bench");
        Path out = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : tmp;
        LocalDate today = LocalDate.of(2023, 9, 28);
        load("start");

        Path one = tmp.resolve("one.db");
        BigWorkspace.write(one, 10_000, 1);
        try (Workspace ws = Workspace.open(one); EmbeddableFont font = CjkFontLocator.forThisSystem().open(null)) {
            Session session = Session.of(ws);
            long planId = ws.plans().list().get(0).id();
            Round round = Rounds.open(new Rounds.OpenRequest(planId, "2023年8月", RoundDue.on(LocalDate.of(2023, 9, 10)),
                    "", List.of(), List.of(), LocalDate.of(2023, 9, 1))).run(session);
            Bulletins.Request request = Bulletins.Request.of(planId, round.id(), today);
            Bulletin sample = Bulletins.draft(request).run(session);
            System.out.printf("bulletin: %d tasks; 附件1 %d rows, 附件2 %d rows%n",
                    ws.plans().list().get(0).taskCount(), sample.annexes().get(0).table().rows().size(),
                    sample.annexes().get(1).table().rows().size());
            time("bulletin, 10,000-task plan: draft alone (read plan, pace, board)", runs,
                    () -> Bulletins.draft(request).run(session).blocks().size());
            time("bulletin, 10,000-task plan: .docx alone", runs, () -> {
                BulletinDocx.write(sample, out.resolve("bulletin.docx"));
                return 1;
            });
            time("bulletin, 10,000-task plan: draft + .docx", runs, () -> {
                Bulletin b = Bulletins.draft(request).run(session);
                BulletinDocx.write(b, out.resolve("bulletin.docx"));
                return b.blocks().size();
            });
            time("bulletin, 10,000-task plan: draft + .pdf (font embedded)", runs, () -> {
                Bulletin b = Bulletins.draft(request).run(session);
                return BulletinPdf.write(b, font, out.resolve("bulletin.pdf"));
            });
            System.out.printf("bulletin.pdf: %d pages%n", BulletinPdf.write(sample, font, out.resolve("bulletin.pdf")));
        }

        if (onlyBulletin) {
            load("end");
            return;
        }
        Path twenty = tmp.resolve("twenty.db");
        BigWorkspace.write(twenty, 10_000, 20);
        try (Workspace ws = Workspace.open(twenty)) {
            Session session = Session.of(ws);
            for (var p : ws.plans().list()) {
                for (int m = 6; m <= 8; m++) {
                    Rounds.open(new Rounds.OpenRequest(p.id(), "2023年" + m + "月", RoundDue.on(LocalDate.of(2023, m + 1, 10)),
                            "", List.of(), List.of(), LocalDate.of(2023, m + 1, 1))).run(session);
                }
            }
            LedgerExport.Request all = LedgerExport.Request.of(List.of(), false, today);
            time("ledger, 20 plans / 10,000 tasks: read + build + .xlsx (sheet per plan)", runs,
                    () -> LedgerExport.write(all, out.resolve("ledger.xlsx")).run(session).taskCount());
            // Every task reported in each of its plan's three rounds: all round columns filled.
            List<LedgerBuilder.PlanRounds> filled = new ArrayList<>();
            for (LedgerBuilder.PlanRounds pr : LedgerExport.load(ws, List.of())) {
                List<Task> tasks = new ArrayList<>();
                for (Task t : pr.plan().tasks()) {
                    List<ProgressEntry> entries = new ArrayList<>(t.progress());
                    for (int i = 0; i < pr.rounds().size(); i++) {
                        Round r = pr.rounds().get(i);
                        entries.add(new ProgressEntry(0, r.due().minusDays(2), 20 + 20 * i,
                                "本月按计划推进，完成阶段性任务，召开专题会议研究部署下一步工作。", "省发展改革委", r.id()));
                    }
                    tasks.add(t.withProgress(entries));
                }
                Plan p = pr.plan().withTasks(tasks);
                filled.add(new LedgerBuilder.PlanRounds(p, pr.rounds()));
            }
            LedgerBuilder builder = new LedgerBuilder(LedgerColumns.DEFAULT, DeadlineChanges.NONE, today);
            time("ledger, 10,000 tasks x 3 rounds reported: build + .xlsx (one sheet)", runs, () -> {
                Ledger l = builder.build(filled, true);
                new LedgerXlsx().write(l, out.resolve("ledger-filled.xlsx"));
                return l.taskCount();
            });
            System.out.printf("ledger-filled.xlsx: %.1f MB%n", Files.size(out.resolve("ledger-filled.xlsx")) / 1e6);
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
        System.out.printf("%-75s median wall %8.1f ms, CPU %8.1f ms (%d runs)%n", what, median[0] / 1e6,
                median[1] / 1e6, runs);
    }
}
