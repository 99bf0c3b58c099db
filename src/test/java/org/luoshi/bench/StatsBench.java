package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.report.PaceRules;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.OverviewBuilder;
import org.luoshi.report.ui.StatsBenchAccess;
import org.luoshi.report.workspace.Stats;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * What the 统计 view costs on a 10,000-task workspace ({@link BigWorkspace}: 20 plans, one round
 * each): the aggregation alone (pace of every task, per unit, late reporters, trend); the use case
 * reading the plans from the file and with the plans the window holds in memory; and,
 * with a display, the window from its creation to its first laid-out frame. Median of {@code RUNS},
 * wall and CPU time of the measuring thread, load average beside them.
 *
 * <pre>java -cp … org.luoshi.bench.StatsBench [RUNS] [--no-window]</pre>
 */
public final class StatsBench {
    private StatsBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        boolean window = !(args.length > 1 && args[1].equals("--no-window"));
        Path tmp = Files.createTempDirectory("stats-bench");
        Path big = tmp.resolve("big.db");
        BigWorkspace.write(big, 10_000, 20);
        LocalDate today = LocalDate.of(2023, 6, 15);
        load("start");
        try (Workspace ws = Workspace.open(big)) {
            Session session = Session.of(ws);
            for (PlanSummary p : ws.plans().list()) {
                Rounds.open(new Rounds.OpenRequest(p.id(), "2023年5月", RoundDue.on(LocalDate.of(2023, 6, 5)), "",
                        List.of(), List.of(), LocalDate.of(2023, 5, 25))).run(session);
            }
            List<Plan> plans = ws.plans().loadAll();
            int tasks = plans.stream().mapToInt(p -> p.tasks().size()).sum();
            List<RoundBoard> boards = new ArrayList<>();
            List<org.luoshi.rounds.Round> rounds = new ArrayList<>();
            for (Plan p : plans) {
                Rounds.list(p.id(), today).run(session).forEach(s -> {
                    boards.add(s.board());
                    rounds.add(s.round());
                });
            }
            time("aggregation: " + tasks + " tasks, " + plans.size() + " plans, " + boards.size() + " rounds", runs,
                    () -> OverviewBuilder.of("全部方案", plans, null, today, PaceRules.DEFAULT, rounds, boards).counts().total());
            time("aggregation, one unit (省发展改革委)", runs,
                    () -> OverviewBuilder.of("全部方案", plans, "省发展改革委", today, PaceRules.DEFAULT, rounds,
                            boards)
                            .counts().total());
            time("use case Stats.overview (read plans + rounds from the file, aggregate)", runs,
                    () -> Stats.overview(new Stats.Request(List.of(), null, today)).run(session).counts().total());
            time("use case Stats.overview with the plans held in memory (as the window runs it)", runs,
                    () -> Stats.overview(new Stats.Request(List.of(), null, today), () -> plans).run(session)
                            .counts().total());
            if (window) {
                windowFirstLayout(session, ws.plans().list(), plans, today, runs);
            }
        }
        load("end");
        System.exit(0);
    }

    /**
     * From creating the window (which reads and counts everything, on the FX thread here: the session
     * runs at once) to its first laid-out frame, which has the tiles and the unit table; then to the first
     * laid-out frame with the charts, which come one frame later.
     */
    private static void windowFirstLayout(Session session, List<PlanSummary> plans, List<Plan> held, LocalDate today,
            int runs)
            throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        // Each run closes its window before the next opens: without this the toolkit may exit in between
        // (the last window closed) and the next run never gets a frame.
        Platform.setImplicitExit(false);
        long[][] samples = new long[runs + 1][4];
        var bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i <= runs; i++) {
            CountDownLatch laidOut = new CountDownLatch(1);
            CountDownLatch charted = new CountDownLatch(1);
            long[] sample = samples[i];
            Stage[] stage = new Stage[1];
            Platform.runLater(() -> {
                try {
                    long w0 = System.nanoTime();
                    long c0 = bean.getCurrentThreadCpuTime();
                    stage[0] = new Stage();
                    Overview o = StatsBenchAccess.open(stage[0], session, plans, held, today);
                    if (o == null) {
                        throw new IllegalStateException("no overview");
                    }
                    Runnable[] listener = new Runnable[1];
                    listener[0] = () -> {
                        if (sample[0] == 0) {
                            sample[0] = System.nanoTime() - w0;
                            sample[1] = bean.getCurrentThreadCpuTime() - c0;
                            laidOut.countDown();
                        } else if (StatsBenchAccess.chartsDrawn(stage[0])) {
                            sample[2] = System.nanoTime() - w0;
                            sample[3] = bean.getCurrentThreadCpuTime() - c0;
                            stage[0].getScene().removePostLayoutPulseListener(listener[0]);
                            charted.countDown();
                        }
                    };
                    stage[0].getScene().addPostLayoutPulseListener(listener[0]);
                    Platform.requestNextPulse();
                } catch (Throwable e) {
                    e.printStackTrace();
                    laidOut.countDown();
                    charted.countDown();
                }
            });
            if (!laidOut.await(180, TimeUnit.SECONDS) || !charted.await(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame");
            }
            CountDownLatch closed = new CountDownLatch(1);
            Platform.runLater(() -> {
                stage[0].close();
                closed.countDown();
            });
            closed.await();
        }
        System.out.printf("%-75s wall %8.1f ms, FX-thread CPU %8.1f ms; charts %8.1f ms, %8.1f ms%n",
                "window, first (cold) open: tiles and table", samples[0][0] / 1e6, samples[0][1] / 1e6,
                samples[0][2] / 1e6, samples[0][3] / 1e6);
        long[][] warm = Arrays.copyOfRange(samples, 1, samples.length);
        for (int k = 0; k < 4; k += 2) {
            int f = k;
            Arrays.sort(warm, Comparator.comparingLong(s -> s[f]));
            System.out.printf("%-75s median wall %8.1f ms, FX-thread CPU %8.1f ms (%d runs)%n",
                    f == 0 ? "window: create, read + count 10,000 tasks, first frame with tiles and table"
                            : "the same to the first frame with the charts",
                    warm[runs / 2][f] / 1e6, warm[runs / 2][f + 1] / 1e6, runs);
        }
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
        work.run();
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
