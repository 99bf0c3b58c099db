package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.luoshi.app.LuoshiApp;
import org.luoshi.app.MainWindow;
import org.luoshi.testing.FxFrames;

/**
 * Times the real window on a workspace (made by {@link BigWorkspace}): from the start of
 * {@code main} (the JVM is up) to the first frame that shows the first plan's tasks, then the
 * search field: from setting a query to the frame that shows its results. Prints one line per
 * figure; run it several times (fresh JVMs) and read the median.
 *
 * <pre>java -cp … org.luoshi.bench.WindowProbe WORKSPACE [--first-screen-only]</pre>
 */
public final class WindowProbe {
    static final List<String> QUERIES = List.of("电子证照", "省市场监管局", "营商环境", "太原", "一网通办", "数据共享",
            "白名单", "长期坚持", "审批 数据", "无此内容", "省");

    private WindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        long jvmStartWall = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStartWall = System.currentTimeMillis();
        Path workspace = Path.of(args[0]);
        Path settings = Files.createTempFile("luoshi-probe", ".properties");
        AtomicLong firstScreen = new AtomicLong();
        AtomicLong cpuAtFirstScreen = new AtomicLong();
        AtomicLong fxCpuAtFirstScreen = new AtomicLong();
        AtomicLong indexReady = new AtomicLong();
        AtomicLong checked = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        CountDownLatch indexed = new CountDownLatch(1);
        LuoshiApp[] app = new LuoshiApp[1];
        AtomicLong toolkitUp = new AtomicLong();
        AtomicLong startReturned = new AtomicLong();
        AtomicLong firstPulse = new AtomicLong();
        Platform.startup(() -> {
            toolkitUp.set(System.nanoTime());
            Stage stage = new Stage();
            app[0] = new LuoshiApp(null, "--workspace", workspace.toString(), "--settings", settings.toString());
            app[0].start(stage);
            startReturned.set(System.nanoTime());
            MainWindow window = app[0].window();
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> {
                if (firstPulse.get() == 0) {
                    firstPulse.set(System.nanoTime());
                }
                if (firstScreen.get() == 0 && window.tree().taskRowCount() > 0) {
                    firstScreen.set(System.nanoTime());
                    cpuAtFirstScreen.set(processCpu());
                    fxCpuAtFirstScreen.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    shown.countDown();
                }
                if (checked.get() == 0 && app[0].model().health().checkedProperty().get() != null) {
                    checked.set(System.nanoTime());
                }
                if (indexReady.get() == 0 && app[0].model().indexReadyProperty().get()) {
                    indexReady.set(System.nanoTime());
                    indexed.countDown();
                }
            });
        });
        if (args.length > 1 && args[1].equals("--first-screen-only") && shown.await(30, TimeUnit.SECONDS)) {
            System.out.printf("first screen after main started: %d ms%n", (firstScreen.get() - mainStart) / 1_000_000);
            System.exit(0);
        }
        if (!shown.await(30, TimeUnit.SECONDS) || !indexed.await(30, TimeUnit.SECONDS)) {
            System.err.println("the window did not show the workspace within 30 s");
            System.exit(1);
        }
        System.out.printf("first screen after main started: %d ms%n", (firstScreen.get() - mainStart) / 1_000_000);
        System.out.printf("phases after main: toolkit up %d ms, window built and shown %d ms, first pulse laid out %d ms%n",
                (toolkitUp.get() - mainStart) / 1_000_000, (startReturned.get() - mainStart) / 1_000_000,
                (firstPulse.get() - mainStart) / 1_000_000);
        System.out.printf("first screen after the JVM started: %d ms (JVM start to main: %d ms)%n",
                (firstScreen.get() - mainStart) / 1_000_000 + (mainStartWall - jvmStartWall), mainStartWall - jvmStartWall);
        System.out.printf("CPU time used by then: %d ms in all threads, %d ms on the FX thread%n",
                cpuAtFirstScreen.get() / 1_000_000, fxCpuAtFirstScreen.get() / 1_000_000);
        System.out.printf("workspace file checked after main started: %s%n", checked.get() == 0 ? "not yet"
                : (checked.get() - mainStart) / 1_000_000 + " ms");
        System.out.printf("every task indexed after main started: %d ms%n", (indexReady.get() - mainStart) / 1_000_000);
        System.out.printf("tasks in the workspace: %d%n", onFx(() -> (long) app[0].model().cache().index().size()));

        List<Long> all = new ArrayList<>();
        String slowest = "";
        long slowestMs = -1;
        for (int round = 0; round < 3; round++) {
            for (String q : QUERIES) {
                long ms = searchMillis(app[0].window(), q);
                int hits = onFx(() -> (long) app[0].window().tree().taskRowCount()).intValue();
                if (round == 2) {
                    System.out.printf("search “%s”: %d ms, %d tasks%n", q, ms, hits);
                }
                all.add(ms);
                if (ms > slowestMs) {
                    slowestMs = ms;
                    slowest = "“" + q + "” in round " + (round + 1);
                }
                searchMillis(app[0].window(), "");
            }
        }
        all.sort(null);
        System.out.printf("slowest search: %s%n", slowest);
        System.out.printf("search over all queries and rounds: median %d ms, max %d ms%n", all.get(all.size() / 2),
                all.get(all.size() - 1));
        scrolling(app[0].window());
        editing(app[0]);
        Platform.runLater(() -> app[0].model().close());
        Files.deleteIfExists(settings);
        Platform.exit();
        System.exit(0);
    }

    /**
     * Scrolling through a long list: the search “省” (two thirds of the workspace), moved down three
     * rows a frame, 300 frames, as a held arrow key or a quick wheel would; prints the time the
     * pulse takes to lay out the new position (from its start to the end of its layout; the
     * frame is drawn after). A frame lasts 16.7 ms at 60 Hz.
     */
    private static void scrolling(MainWindow window) throws Exception {
        searchMillis(window, "省");
        List<Long> micros = new ArrayList<>();
        for (int frame = 0; frame < 300; frame++) {
            int row = frame * 3;
            CountDownLatch done = new CountDownLatch(1);
            AtomicLong took = new AtomicLong();
            Platform.runLater(() -> {
                Scene scene = window.getScene();
                long[] t0 = new long[1];
                Runnable[] before = new Runnable[1];
                Runnable[] after = new Runnable[1];
                before[0] = () -> t0[0] = System.nanoTime();
                after[0] = () -> {
                    took.set(System.nanoTime() - t0[0]);
                    scene.removePreLayoutPulseListener(before[0]);
                    scene.removePostLayoutPulseListener(after[0]);
                    done.countDown();
                };
                window.tree().scrollTo(row);
                scene.addPreLayoutPulseListener(before[0]);
                scene.addPostLayoutPulseListener(after[0]);
                Platform.requestNextPulse();
            });
            done.await(10, TimeUnit.SECONDS);
            FxFrames.await(1);
            micros.add(took.get() / 1_000);
        }
        micros.sort(null);
        System.out.printf("scrolling %d rows of “省”, 3 rows a frame: pulse layout median %.1f ms, 95th percentile %.1f ms, "
                + "max %.1f ms%n", onFx(() -> (long) window.tree().getExpandedItemCount()), micros.get(150) / 1000.0,
                micros.get(284) / 1000.0, micros.get(299) / 1000.0);
    }

    /**
     * An edit in the big workspace, as the detail pane makes it: a task's status set and set back,
     * ten times; prints the time from asking for the edit to the end of the layout of the frame
     * that shows it (the edit is written to the workspace in between, in its own transaction).
     */
    private static void editing(LuoshiApp app) throws Exception {
        searchMillis(app.window(), "");
        org.luoshi.plan.Task task = onFx(() -> app.model().planProperty().get().tasks().get(3));
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            org.luoshi.plan.TaskStatus to = i % 2 == 0 ? org.luoshi.plan.TaskStatus.DONE : task.status();
            CountDownLatch done = new CountDownLatch(1);
            AtomicLong took = new AtomicLong();
            Platform.runLater(() -> {
                Scene scene = app.window().getScene();
                long t0 = System.nanoTime();
                app.model().perform(org.luoshi.edit.TaskEdits.status(app.model().planProperty().get().tasks().get(3), to),
                        change -> {
                            Runnable[] after = new Runnable[1];
                            after[0] = () -> {
                                took.set(System.nanoTime() - t0);
                                scene.removePostLayoutPulseListener(after[0]);
                                done.countDown();
                            };
                            scene.addPostLayoutPulseListener(after[0]);
                            Platform.requestNextPulse();
                        });
            });
            done.await(10, TimeUnit.SECONDS);
            FxFrames.await(2);
            millis.add(took.get() / 1_000_000);
        }
        millis.sort(null);
        System.out.printf("an edit (task %s's status), asked to laid out: median %d ms, max %d ms%n", task.label(),
                millis.get(5), millis.get(9));
    }

    /** From setting the query to the end of the layout of the frame that shows the results. */
    private static long searchMillis(MainWindow window, String query) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong took = new AtomicLong();
        Platform.runLater(() -> {
            Scene scene = window.getScene();
            long t0 = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                took.set(System.nanoTime() - t0);
                scene.removePostLayoutPulseListener(listener[0]);
                done.countDown();
            };
            window.filters().searchField().setText(query);
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        done.await(10, TimeUnit.SECONDS);
        FxFrames.await(1); // the frame with the results is drawn before the next query
        return took.get() / 1_000_000;
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(f);
        return f.get(10, TimeUnit.SECONDS);
    }
}
