package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.app.AppAction;
import org.luoshi.app.LuoshiApp;
import org.luoshi.plan.PlanSummary;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.testing.FxFrames;

/**
 * The 统计 window as the user opens it: the real app on a workspace of one 10,000-task plan with
 * a progress round (written first if the file does not exist), the main window settled (first
 * screen drawn, every task indexed, a few idle frames), then 视图 → 统计 fired as the menu does.
 * Times, from the click, the first laid-out frame whose tiles show the counts and whose unit table
 * has its rows ("open"), and the first frame with the charts' bars laid out ("charts"); wall time,
 * FX-thread CPU and CPU of the whole process. The first open in the JVM is the user's first click
 * ("cold"); then the window is closed and opened again {@code OPENS - 1} times ("warm").
 *
 * <p>The click comes {@code -Dprobe.settleFrames} frames (150, 2.5 s at 60 Hz) after every task was indexed;
 * {@code -Dluoshi.warmUp=false} leaves out the app's warm-up of the window (to see what it saves); the
 * warm-up waits for the person's first use of the window, so the probe moves the pointer over it first;
 * {@code -Dprobe.changeBeforeClick=true} moves the data's revision on half a second before the first click (as an edit
 * does), so the window the warm-up kept is not the one shown.
 *
 * <pre>java -cp … org.luoshi.bench.StatsProbe WORKSPACE [OPENS]</pre>
 */
public final class StatsProbe {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StatsProbe() {
    }

    /** Writes the probe's workspace: one plan of {@code tasks} tasks, one round due 2023-06-05. */
    static void prepare(Path file, int tasks) throws Exception {
        BigWorkspace.write(file, tasks, 1);
        try (Workspace ws = Workspace.open(file)) {
            Session session = Session.of(ws);
            for (PlanSummary p : ws.plans().list()) {
                Rounds.open(new Rounds.OpenRequest(p.id(), "2023年5月", RoundDue.on(LocalDate.of(2023, 6, 5)), "",
                        List.of(), List.of(), LocalDate.of(2023, 5, 25))).run(session);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        int opens = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        if (!Files.exists(workspace)) {
            prepare(workspace, 10_000);
        }
        Path settings = Files.createTempFile("luoshi-stats-probe", ".properties");
        Files.writeString(settings, "language=CHINESE\n");
        System.out.printf("load average (1 min) at the start: %.2f on %d cores%n", OS.getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        LuoshiApp[] app = new LuoshiApp[1];
        CountDownLatch indexed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            app[0] = new LuoshiApp(java.time.Clock.fixed(java.time.Instant.parse("2023-06-15T01:00:00Z"),
                    java.time.ZoneId.of("Asia/Shanghai")), "--workspace", workspace.toString(), "--settings",
                    settings.toString());
            app[0].start(stage);
            Platform.setImplicitExit(false);
            app[0].model().indexReadyProperty().addListener((obs, was, ready) -> {
                if (ready) {
                    indexed.countDown();
                }
            });
            if (app[0].model().indexReadyProperty().get()) {
                indexed.countDown();
            }
        });
        if (!indexed.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the workspace was not indexed within 60 s");
        }
        // The person moves the pointer over the window (the app's warm-ups wait for a first use, issue 20).
        if (Boolean.parseBoolean(System.getProperty("luoshi.warmUp", "true"))) {
            Platform.runLater(() -> {
                javafx.scene.Node root = app[0].window().getScene().getRoot();
                for (double x : new double[] {100, 300}) {
                    javafx.event.Event.fireEvent(root, new javafx.scene.input.MouseEvent(
                            javafx.scene.input.MouseEvent.MOUSE_MOVED, x, 40, x, 40, javafx.scene.input.MouseButton.NONE, 0,
                            false, false, false, false, false, false, false, false, false, false, null));
                }
            });
        }
        // The main window settled: the user reads it a moment before reaching for the menu.
        FxFrames.await(Integer.getInteger("probe.settleFrames", 150));
        if (Boolean.getBoolean("probe.changeBeforeClick")) {
            // The data changed half a second before the click (as after an edit): the warm-up's window is not
            // counted for it yet (it waits for 2 s of quiet), so the click makes a window of its own.
            Platform.runLater(() -> {
                try {
                    java.lang.reflect.Method bump = app[0].model().getClass().getDeclaredMethod("bumpRevision");
                    bump.setAccessible(true);
                    bump.invoke(app[0].model());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            FxFrames.await(30);
        }
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < opens; i++) {
            long[] s = open(app[0]);
            samples.add(s);
            System.out.printf("open %d%s: open wall %6.1f ms, FX CPU %6.1f ms, process CPU %6.1f ms | charts wall %6.1f ms, "
                    + "FX CPU %6.1f ms, process CPU %6.1f ms%n", i + 1, i == 0 ? " (cold)" : "       ", s[0] / 1e6,
                    s[1] / 1e6, s[2] / 1e6, s[3] / 1e6, s[4] / 1e6, s[5] / 1e6);
            FxFrames.await(10);
        }
        if (samples.size() > 2) {
            List<long[]> warm = new ArrayList<>(samples.subList(1, samples.size()));
            for (int k = 0; k < 6; k += 3) {
                int f = k;
                warm.sort((a, b) -> Long.compare(a[f], b[f]));
                long[] m = warm.get(warm.size() / 2);
                System.out.printf("warm median of %d (%s): wall %6.1f ms, FX CPU %6.1f ms, process CPU %6.1f ms%n",
                        warm.size(), f == 0 ? "open" : "charts", m[f] / 1e6, m[f + 1] / 1e6, m[f + 2] / 1e6);
            }
        }
        System.out.printf("load average (1 min) at the end: %.2f%n", OS.getSystemLoadAverage());
        Files.deleteIfExists(settings);
        System.exit(0);
    }

    /** {open wall, open FX CPU, open process CPU, charts wall, charts FX CPU, charts process CPU} in ns. */
    private static java.util.Map<String, Long> threadCpu() {
        java.util.Map<String, Long> m = new java.util.HashMap<>();
        m.put("[GC pause ms]", 1_000_000L * ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(g -> g.getCollectionTime()).sum());
        m.put("[JIT ms]", 1_000_000L * ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                m.merge(info.getThreadName().replaceAll("\\d+", "#"), THREADS.getThreadCpuTime(info.getThreadId()), Long::sum);
            }
        }
        return m;
    }

    private static long[] open(LuoshiApp app) throws Exception {
        java.util.Map<String, Long> before = threadCpu();
        long[] s = new long[6];
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch charted = new CountDownLatch(1);
        Stage[] statsStage = new Stage[1];
        boolean[] madeBefore = new boolean[1];
        Platform.runLater(() -> {
            long w0 = System.nanoTime();
            long fx0 = THREADS.getCurrentThreadCpuTime();
            long p0 = OS.getProcessCpuTime();
            ListChangeListener<Window> appeared = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends Window> c) {
                    while (c.next()) {
                        for (Window w : c.getAddedSubList()) {
                            if (w instanceof Stage st && st.getScene() != null
                                    && st.getScene().getRoot().getStyleClass().contains("stats-window")) {
                                statsStage[0] = st;
                                // The warm-up's kept window has its charts before it is shown; a new one gets them later.
                                madeBefore[0] = st.getScene().lookup("#statsUnitChart") != null;
                                Window.getWindows().removeListener(this);
                                watch(st.getScene(), w0, fx0, p0, s, opened, charted);
                            }
                        }
                    }
                }
            };
            Window.getWindows().addListener(appeared);
            if (Boolean.getBoolean("probe.marks")) {
                System.out.println("=== fire");
            }
            app.window().fire(AppAction.STATS);
        });
        if (!opened.await(120, TimeUnit.SECONDS) || !charted.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the 统计 window did not show within 120 s");
        }
        if (Boolean.getBoolean("probe.marks")) {
            System.out.println("=== charted");
        }
        java.util.Map<String, Long> after = threadCpu();
        StringBuilder b = new StringBuilder("   threads:");
        after.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue() - before.getOrDefault(y.getKey(), 0L),
                x.getValue() - before.getOrDefault(x.getKey(), 0L))).limit(6).forEach(e -> b.append(String.format(" %s=%.0f",
                e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e6)));
        System.out.println(b);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            statsStage[0].close();
            closed.countDown();
        });
        closed.await();
        System.out.println("   window: " + (madeBefore[0] ? "made ready before the click (warm-up)" : "made on the click"));
        return s;
    }

    private static void watch(Scene scene, long w0, long fx0, long p0, long[] s, CountDownLatch opened,
            CountDownLatch charted) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (opened.getCount() > 0 && tilesAndTable(scene)) {
                s[0] = System.nanoTime() - w0;
                s[1] = THREADS.getCurrentThreadCpuTime() - fx0;
                s[2] = OS.getProcessCpuTime() - p0;
                opened.countDown();
            }
            if (charted.getCount() > 0 && charts(scene)) {
                s[3] = System.nanoTime() - w0;
                s[4] = THREADS.getCurrentThreadCpuTime() - fx0;
                s[5] = OS.getProcessCpuTime() - p0;
                charted.countDown();
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static boolean tilesAndTable(Scene scene) {
        Node count = scene.lookup("#paceTile-all .pace-tile-count");
        Node table = scene.lookup("#statsUnitTable");
        return count instanceof Label l && !l.getText().isEmpty() && l.getWidth() > 0
                && table instanceof TableView<?> t && !t.getItems().isEmpty() && t.getWidth() > 0
                && !t.lookupAll(".table-row-cell").isEmpty();
    }

    private static boolean charts(Scene scene) {
        Node chart = scene.lookup("#statsUnitChart");
        if (!(chart instanceof XYChart<?, ?> c) || c.getData().isEmpty() || c.getData().get(0).getData().isEmpty()) {
            return false;
        }
        Node bar = c.getData().get(0).getData().get(0).getNode();
        return bar != null && bar.getParent() != null && c.getWidth() > 0;
    }
}
