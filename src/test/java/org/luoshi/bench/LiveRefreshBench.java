package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.luoshi.app.LuoshiApp;
import org.luoshi.edit.PlanEdits;
import org.luoshi.edit.TaskEdits;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.storage.EmbeddedServer;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * Issue 19, "a change visible in another client ≤ 1 s", end to end: a window (B, the real
 * {@link LuoshiApp}) on a server workspace, and in the same JVM another client (A: its own connection
 * and session, as another person's Luoshi or the command line) that changes the text of a task on B's
 * screen. Timed from just before A's edit (its commit included) to the first frame of B whose task
 * table holds the new text. Then: a burst of edits and an import of a whole plan (how many readings B
 * makes of them), and B left alone for a while (the CPU of an idle window on a server).
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * DISPLAY=:93 java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.luoshi.bench.LiveRefreshBench [TASKS] [CHANGES] [IDLE_SECONDS]
 * </pre>
 *
 * TASKS (10,000) in 20 plans ({@link BigWorkspace}, copied onto the embedded PostgreSQL 14 of the tests);
 * CHANGES (25) timed one after the other, each after the one before is on screen; IDLE_SECONDS (60).
 * CPU is the whole JVM's (B's window and A's client; the server's processes are not in it).
 */
public final class LiveRefreshBench {
    private LiveRefreshBench() {
    }

    public static void main(String[] args) throws Exception {
        int taskCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        int idleSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        System.out.println("load at start: " + load());
        Path dir = Files.createTempDirectory("luoshi-live-bench");
        Path file = dir.resolve("big.db");
        BigWorkspace.write(file, taskCount, 20);
        ServerAddress server = EmbeddedServer.freshDatabase();
        Workspace.copy(file.toString(), server.url());
        Path settings = dir.resolve("settings.properties");

        LuoshiApp[] app = new LuoshiApp[1];
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<String> awaited = new AtomicReference<>();
        AtomicLong awaitedTask = new AtomicLong();
        AtomicLong seenAt = new AtomicLong();
        CountDownLatch[] seen = {new CountDownLatch(1)};
        Platform.startup(() -> {
            Stage stage = new Stage();
            app[0] = new LuoshiApp(null, "--workspace=" + server.url(), "--settings=" + settings);
            app[0].start(stage);
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (ready.getCount() > 0 && app[0].model().indexReadyProperty().get()
                        && app[0].window().tree().taskRowCount() > 0) {
                    ready.countDown();
                }
                String text = awaited.get();
                if (text != null && holds(app[0].window().tree().getRoot(), awaitedTask.get(), text)) {
                    awaited.set(null);
                    seenAt.set(System.nanoTime());
                    seen[0].countDown();
                }
            });
        });
        if (!ready.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not show its first plan within 2 minutes");
        }
        Thread.sleep(3_000); // the index, reminders and warm-ups of the start settle (not measured)

        long planId = onFx(() -> app[0].model().planProperty().get().id());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[changes];
        double[] cpu = new double[changes];
        double[] commit = new double[changes];
        String[] names = {"main", "luoshi-io", "JavaFX Application Thread", "QuantumRenderer-0", "luoshi-watch"};
        double[][] byThread = new double[names.length][changes];
        try (Workspace other = Workspace.openServer(server, null)) {
            Session theirs = Session.of(other);
            theirs.recordAs("张三");
            Plan plan = other.plans().load(planId).orElseThrow();
            List<Task> onScreen = plan.tasks().subList(0, Math.min(10, plan.tasks().size()));
            for (int i = 0; i < changes; i++) {
                Task t = other.tasks().require(onScreen.get(i % onScreen.size()).id());
                String text = t.text().replaceFirst("（第\\d+次修改）$", "") + "（第" + (i + 1) + "次修改）";
                seen[0] = new CountDownLatch(1);
                awaitedTask.set(t.id());
                long[] th0 = new long[names.length];
                for (int n = 0; n < names.length; n++) {
                    th0[n] = threadCpu(threads, names[n]);
                }
                long c0 = processCpu();
                long t0 = System.nanoTime();
                awaited.set(text);
                theirs.apply(TaskEdits.text(t, text));
                commit[i] = (System.nanoTime() - t0) / 1e6;
                if (!seen[0].await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("change " + (i + 1) + " not on screen within 30 s");
                }
                wall[i] = (seenAt.get() - t0) / 1e6;
                Thread.sleep(300); // let the frame and the quiet reads after it finish before the CPU is read
                cpu[i] = (processCpu() - c0) / 1e6;
                for (int n = 0; n < names.length; n++) {
                    byThread[n][i] = (threadCpu(threads, names[n]) - th0[n]) / 1e6;
                }
            }
            StringBuilder per = new StringBuilder();
            for (int n = 0; n < names.length; n++) {
                per.append(String.format("%s %.0f ms; ", names[n], median(byThread[n])));
            }
            System.out.printf("A's edit and commit: %s; CPU per change by thread (medians): %s%n", stats(commit), per);
            System.out.printf("change in A → row on B's screen (%d tasks, plan on show %d tasks), %d changes: %s; "
                    + "CPU per change (JVM, incl. A) median %.0f ms%n", taskCount, plan.tasks().size(), changes,
                    stats(wall), median(cpu));

            // A burst: 50 edits one after the other as fast as A makes them; how many readings B makes.
            long before = onFx(() -> app[0].model().othersRevisionProperty().get());
            Task t = other.tasks().require(onScreen.get(0).id());
            long burst0 = System.nanoTime();
            String last = null;
            for (int i = 0; i < 50; i++) {
                last = t.text().replaceFirst("（.*）$", "") + "（连续修改" + (i + 1) + "）";
                t = other.tasks().require(t.id());
                theirs.apply(TaskEdits.text(t, last));
            }
            seen[0] = new CountDownLatch(1);
            awaitedTask.set(t.id());
            awaited.set(last);
            if (!seen[0].await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the burst's last edit not on screen within 60 s");
            }
            long after = onFx(() -> app[0].model().othersRevisionProperty().get());
            System.out.printf("burst of 50 edits by A: the last one on B's screen %.0f ms after the first began;"
                    + " B read %d times%n", (seenAt.get() - burst0) / 1e6, after - before);

            // An import of a whole plan in A (one commit): B's plan list.
            int plansBefore = onFx(() -> app[0].model().plansProperty().size());
            long readsBefore = onFx(() -> app[0].model().othersRevisionProperty().get());
            Plan copy = other.plans().load(planId).orElseThrow();
            long i0 = System.nanoTime();
            theirs.apply(PlanEdits.duplicate(copy)); // a whole plan with every task in one commit, as an import
            long shown = waitFor(() -> onFx(() -> app[0].model().plansProperty().size()) == plansBefore + 1, 60);
            long readsAfter = onFx(() -> app[0].model().othersRevisionProperty().get());
            System.out.printf("import of a %d-task plan in A: in B's plan list %.0f ms later; B read %d time(s)%n",
                    copy.tasks().size(), (shown - i0) / 1e6, readsAfter - readsBefore);
        }

        // Idle: nothing happens for IDLE_SECONDS; the watch wakes every 5 s to ask whether the server is there.
        Thread.sleep(2_000);
        long idleCpu0 = processCpu();
        long watchCpu0 = threadCpu(threads, "luoshi-watch");
        long fxCpu0 = threadCpu(threads, "JavaFX Application Thread");
        long idle0 = System.nanoTime();
        String loadIdle0 = load();
        Thread.sleep(idleSeconds * 1_000L);
        double idleWall = (System.nanoTime() - idle0) / 1e9;
        System.out.printf("idle window on a server for %.0f s: JVM CPU %.0f ms, of which the watch thread %.1f ms, the FX"
                + " thread %.1f ms (load %s → %s)%n", idleWall, (processCpu() - idleCpu0) / 1e6,
                (threadCpu(threads, "luoshi-watch") - watchCpu0) / 1e6, (threadCpu(threads, "JavaFX Application Thread")
                        - fxCpu0) / 1e6, loadIdle0, load());
        System.out.println("load at end: " + load());
        Platform.exit();
        System.exit(0);
    }

    private static boolean holds(TreeItem<OutlineRow> item, long taskId, String text) {
        if (item == null) {
            return false;
        }
        OutlineRow row = item.getValue();
        if (row != null && row.task() != null && row.task().id() == taskId) {
            return text.equals(row.task().text());
        }
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (holds(child, taskId, text)) {
                return true;
            }
        }
        return false;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static long waitFor(Check check, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (check.holds()) {
                return System.nanoTime();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("not within " + seconds + " s");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(read);
        Platform.runLater(f);
        return f.get(30, TimeUnit.SECONDS);
    }

    private static long threadCpu(ThreadMXBean threads, String name) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                long c = threads.getThreadCpuTime(t.getId());
                if (c > 0) {
                    sum += c;
                }
            }
        }
        return sum;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        List<String> parts = new ArrayList<>();
        parts.add(String.format("median %.0f ms", median(ms)));
        parts.add(String.format("min %.0f", s[0]));
        parts.add(String.format("max %.0f", s[s.length - 1]));
        return String.join(", ", parts);
    }
}
