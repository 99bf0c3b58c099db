package org.luoshi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.luoshi.app.LuoshiApp;
import org.luoshi.app.MainWindow;
import org.luoshi.app.PlanTreeTable;
import org.luoshi.testing.FxFrames;
import org.luoshi.testing.RepaintCounter;

/**
 * Keys in the task table and the timeline's first open, timed inside the real window (issue 20,
 * part D): the outside harness ({@code installer/measure-performance.sh}) times key → damage on
 * the X server; this one splits the FX thread's share into phases and reads the CPU time of the FX
 * thread and of the renderer thread per key, which a loaded machine hardly changes.
 *
 * <p>Starts the window on WORKSPACE (e.g. {@code BigWorkspace one10k.db 10000 1}), waits until
 * every task is indexed and the window has settled, selects the first task, then presses
 * Page_Down and Down PRESSES times each (each after the previous key's work is over and three
 * frames were drawn), and finally opens the timeline (View → Timeline) once. Per key:
 * <ul>
 *   <li><b>handler</b>: the key event's handling (selection, the flow's scroll, which may lay out rows);
 *   <li><b>pulse</b>: the next pulse's CSS pass and layout (pre- to post-layout listener);
 *   <li><b>to frame</b>: from the key to the end of that layout (the frame then goes to the renderer);
 *   <li><b>FX CPU to frame</b>, <b>FX CPU</b> (the key's whole work on the FX thread, the detail pane
 *       filled after the frame included) and <b>render CPU</b> (the QuantumRenderer thread).
 * </ul>
 *
 * <pre>java [the packaged app's flags] -cp … org.luoshi.bench.KeysProbe WORKSPACE [PRESSES] [--no-timeline]</pre>
 */
public final class KeysProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Frames painted, and painted whole, in the window (read from JavaFX's render graph). */
    private static RepaintCounter frames;

    private KeysProbe() {
    }

    record Press(double handlerMs, double pulseMs, double toFrameMs, double fxCpuToFrameMs, double fxCpuMs,
            double renderCpuMs, int frames, int wholeWindowFrames, double waitMs) {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        int presses = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 10;
        boolean timeline = !List.of(args).contains("--no-timeline");
        Path settings = Files.createTempFile("luoshi-keys", ".properties");
        Files.writeString(settings, "language=CHINESE\n");
        CountDownLatch indexed = new CountDownLatch(1);
        LuoshiApp[] app = new LuoshiApp[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            app[0] = new LuoshiApp(null, "--workspace", workspace.toString(), "--settings", settings.toString());
            app[0].start(stage);
            // Removed once the workspace shows: counting 10,000 rows after every pulse was part of each key's time.
            Runnable[] shows = new Runnable[1];
            shows[0] = () -> {
                if (app[0].model().indexReadyProperty().get() && app[0].window().tree().taskRowCount() > 0) {
                    indexed.countDown();
                    stage.getScene().removePostLayoutPulseListener(shows[0]);
                }
            };
            stage.getScene().addPostLayoutPulseListener(shows[0]);
        });
        if (!indexed.await(60, TimeUnit.SECONDS)) {
            System.err.println("the window did not show the workspace within 60 s");
            System.exit(1);
        }
        FxFrames.await(150);
        Thread.sleep(2000); // the start's background work (warm-up, horizons) over
        MainWindow window = app[0].window();
        PlanTreeTable tree = window.tree();
        onFx(() -> {
            if (Boolean.getBoolean("keys.noDetail")) { // the table's own frames only (the pane is not drawn)
                window.detail().setVisible(false);
            }
            tree.requestFocus();
            tree.getSelectionModel().clearAndSelect(3);
            return null;
        });
        FxFrames.await(3);
        Thread.sleep(300);
        if (Integer.getInteger("keys.pause", 0) > 0) { // time to take a screenshot of the window as it is
            System.out.println("pausing");
            System.out.flush();
            Thread.sleep(Integer.getInteger("keys.pause") * 1000L);
        }
        if (Boolean.getBoolean("keys.nodes")) { // nodes per row of the table (issue 20, part H)
            System.out.println(onFx(() -> {
                List<javafx.scene.Node> rows = new ArrayList<>(tree.lookupAll(".tree-table-row-cell"));
                StringBuilder b = new StringBuilder("rows in the flow: " + rows.size() + "; nodes per row:");
                rows.stream().limit(5).forEach(r -> b.append(' ').append(count(r)));
                return b.toString();
            }));
        }
        long renderer = rendererThread();
        System.out.printf("tasks on show: %d, rows: %d, renderer thread %s%n", onFx(() -> (long) tree.taskRowCount()),
                onFx(() -> (long) tree.getExpandedItemCount()), renderer < 0 ? "not found" : "found");
        if (Boolean.getBoolean("keys.dirty")) {
            java.lang.reflect.Field bits = javafx.scene.Node.class.getDeclaredField("dirtyBits");
            bits.setAccessible(true);
            int[] pulse = {0};
            onFx(() -> {
                window.getScene().addPostLayoutPulseListener(() -> {
                    pulse[0]++;
                    List<String> big = new ArrayList<>();
                    dirtyBig(window.getScene().getRoot(), bits, big);
                    if (!big.isEmpty()) {
                        System.out.println("pulse " + pulse[0] + " big dirty: " + big);
                    }
                });
                return null;
            });
        }
        frames = onFx(() -> RepaintCounter.install(window.getScene()));
        if (Boolean.getBoolean("keys.ngVerbose")) {
            onFx(() -> {
                DirtyProbe.install(window.getScene());
                return null;
            });
        }
        if (Boolean.getBoolean("keys.diff")) {
            diffAfterKey(window, tree);
        }
        for (KeyCode code : presses == 0 ? List.<KeyCode>of() : List.of(KeyCode.PAGE_DOWN, KeyCode.DOWN)) {
            List<Press> all = new ArrayList<>();
            for (int i = 0; i < presses; i++) {
                all.add(press(window, tree, code, renderer));
            }
            report(code.getName(), all);
        }
        if (Integer.getInteger("keys.pauseAfter", 0) > 0) { // a screenshot of the window after the keys
            System.out.println("pausing after the keys");
            System.out.flush();
            Thread.sleep(Integer.getInteger("keys.pauseAfter") * 1000L);
        }
        if (timeline) {
            timeline(app[0], renderer);
        }
        Platform.runLater(() -> app[0].model().close());
        Files.deleteIfExists(settings);
        Platform.exit();
        System.exit(0);
    }

    private static Press press(MainWindow window, PlanTreeTable tree, KeyCode code, long renderer) throws Exception {
        long[] t = new long[8];
        CountDownLatch laidOut = new CountDownLatch(1);
        long renderCpu0 = renderer < 0 ? 0 : THREADS.getThreadCpuTime(renderer);
        int painted0 = frames == null ? 0 : onFx(frames::painted);
        int whole0 = frames == null ? 0 : onFx(frames::wholeWindow);
        Platform.runLater(() -> {
            Scene scene = window.getScene();
            Runnable[] before = new Runnable[1];
            Runnable[] after = new Runnable[1];
            before[0] = () -> {
                t[2] = System.nanoTime();
                scene.removePreLayoutPulseListener(before[0]);
            };
            after[0] = () -> {
                t[3] = System.nanoTime();
                t[4] = THREADS.getCurrentThreadCpuTime();
                scene.removePostLayoutPulseListener(after[0]);
                laidOut.countDown();
            };
            scene.addPreLayoutPulseListener(before[0]);
            scene.addPostLayoutPulseListener(after[0]);
            if (Boolean.getBoolean("keys.mark")) {
                System.out.println("==== KEY " + code.getName());
                System.out.flush();
            }
            t[5] = THREADS.getCurrentThreadCpuTime();
            t[0] = System.nanoTime();
            Event.fireEvent(tree, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            Event.fireEvent(tree, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
            t[1] = System.nanoTime();
            Platform.requestNextPulse();
        });
        laidOut.await(10, TimeUnit.SECONDS);
        // The detail pane is filled after the frame (once the keys rest); then wait until everything has been drawn.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Boolean.getBoolean("keys.noDetail") && System.nanoTime() < deadline && !onFx(() -> {
            var shown = window.detail().shown();
            var selected = tree.selectedTask();
            return selected == null ? shown == null : shown != null && shown.task().id() == selected.id();
        })) {
            Thread.sleep(5);
        }
        FxFrames.await(3);
        Thread.sleep(150);
        long fxCpuEnd = onFx(THREADS::getCurrentThreadCpuTime);
        long renderCpu1 = renderer < 0 ? 0 : THREADS.getThreadCpuTime(renderer);
        return new Press(ms(t[1] - t[0]), ms(t[3] - t[2]), ms(t[3] - t[0]), ms(t[4] - t[5]), ms(fxCpuEnd - t[5]),
                ms(renderCpu1 - renderCpu0), frames == null ? 0 : onFx(frames::painted) - painted0,
                frames == null ? 0 : onFx(frames::wholeWindow) - whole0, ms(t[2] - t[1]));
    }

    /** Debugging: which nodes outside the table moved or changed size after a Down (all but the rows). */
    private static void diffAfterKey(MainWindow window, PlanTreeTable tree) throws Exception {
        for (int round = 0; round < 3; round++) {
            System.out.println("root bounds before: " + onFx(() -> window.getScene().getRoot().getBoundsInLocal()));
            onFx(() -> {
                outside(window.getScene().getRoot(), window.getScene().getWidth(), window.getScene().getHeight());
                return null;
            });
            java.util.Map<javafx.scene.Node, String> before = onFx(() -> boundsOf(window));
            onFx(() -> {
                Event.fireEvent(tree, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
                return null;
            });
            FxFrames.await(4);
            Thread.sleep(300);
            java.util.Map<javafx.scene.Node, String> after = onFx(() -> boundsOf(window));
            System.out.println("---- after a Down: root bounds " + onFx(() -> window.getScene().getRoot().getBoundsInLocal()));
            for (var e : after.entrySet()) {
                String was = before.get(e.getKey());
                javafx.scene.Node n = e.getKey();
                if (!e.getValue().equals(was) && (n.getParent() == null
                        || java.util.Objects.equals(before.get(n.getParent()), after.get(n.getParent())))) {
                    if (isInside(n, tree) || isInside(n, window.detail())) {
                        continue;
                    }
                    System.out.println("  " + n.getClass().getSimpleName() + " " + n.getId() + " " + n.getStyleClass()
                            + ": " + was + " -> " + e.getValue());
                }
            }
        }
    }

    private static void outside(javafx.scene.Node n, double w, double h) {
        javafx.geometry.Bounds s = n.localToScene(n.getBoundsInLocal());
        if (n.isVisible() && (s.getMinX() < -0.5 || s.getMinY() < -0.5 || s.getMaxX() > w + 0.5 || s.getMaxY() > h + 0.5)) {
            System.out.println("  outside the window: " + n.getClass().getSimpleName() + "#" + n.getId() + n.getStyleClass()
                    + " " + s);
        }
        if (n instanceof javafx.scene.Parent p && n.getClip() == null) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                outside(c, w, h);
            }
        }
    }

    private static void dirtyBig(javafx.scene.Node n, java.lang.reflect.Field bits, List<String> out) {
        try {
            Object b = bits.get(n);
            javafx.geometry.Bounds s = n.localToScene(n.getBoundsInLocal());
            boolean all = Boolean.getBoolean("keys.dirtyAll");
            if (b instanceof java.util.Set<?> set && !set.isEmpty() && (all ? set.stream().anyMatch(d -> !String.valueOf(d)
                    .contains("BOUNDS") && !String.valueOf(d).equals("NODE_CSS")) : s.getWidth() > 500 && s.getHeight() > 300)) {
                if (all) {
                    out.add(n.getClass().getSimpleName() + n.getStyleClass() + set + (n.isVisible() ? "" : " HIDDEN")
                            + String.format(" @%.0f,%.0f %.0fx%.0f", s.getMinX(), s.getMinY(), s.getWidth(), s.getHeight()));
                    return;
                }
                out.add(n.getClass().getSimpleName() + "#" + n.getId() + n.getStyleClass() + set);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                dirtyBig(c, bits, out);
            }
        }
    }

    private static int count(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Map<javafx.scene.Node, String> boundsOf(MainWindow window) {
        java.util.Map<javafx.scene.Node, String> out = new java.util.IdentityHashMap<>();
        collect(window.getScene().getRoot(), out);
        return out;
    }

    private static void collect(javafx.scene.Node n, java.util.Map<javafx.scene.Node, String> out) {
        javafx.geometry.Bounds b = n.getBoundsInParent();
        out.put(n, String.format("%s %.1f,%.1f %.1fx%.1f", n.isVisible() ? "v" : "h", b.getMinX(), b.getMinY(),
                b.getWidth(), b.getHeight()));
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static void timeline(LuoshiApp app, long renderer) throws Exception {
        jdk.jfr.Recording jfr = null;
        if (System.getProperty("keys.jfr") != null) { // a profile of the first open only
            jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            jfr.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            jfr.start();
        }
        long[] t = new long[4];
        CountDownLatch laidOut = new CountDownLatch(1);
        long renderCpu0 = renderer < 0 ? 0 : THREADS.getThreadCpuTime(renderer);
        Platform.runLater(() -> {
            Scene scene = app.window().getScene();
            Runnable[] after = new Runnable[1];
            after[0] = () -> {
                if (app.timeline().chart().getSkin() == null || app.timeline().chart().getRows().size() == 0) {
                    return;
                }
                t[1] = System.nanoTime();
                t[3] = THREADS.getCurrentThreadCpuTime();
                scene.removePostLayoutPulseListener(after[0]);
                laidOut.countDown();
            };
            scene.addPostLayoutPulseListener(after[0]);
            t[2] = THREADS.getCurrentThreadCpuTime();
            t[0] = System.nanoTime();
            app.timeline().show();
            Platform.requestNextPulse();
        });
        laidOut.await(20, TimeUnit.SECONDS);
        FxFrames.await(3);
        Thread.sleep(200);
        long fxCpuEnd = onFx(THREADS::getCurrentThreadCpuTime);
        long renderCpu1 = renderer < 0 ? 0 : THREADS.getThreadCpuTime(renderer);
        if (jfr != null) {
            jfr.stop();
            jfr.dump(Path.of(System.getProperty("keys.jfr")));
        }
        System.out.printf("timeline first open: to the laid-out frame %.1f ms (FX CPU %.1f ms); FX CPU in all %.1f ms, "
                + "render CPU %.1f ms; rows %d%n", ms(t[1] - t[0]), ms(t[3] - t[2]), ms(fxCpuEnd - t[2]),
                ms(renderCpu1 - renderCpu0), onFx(() -> (long) app.timeline().chart().getRows().size()));
    }

    private static void report(String key, List<Press> all) {
        System.out.printf("%s × %d: handler %.1f, pulse (CSS+layout) %.1f, key → laid out %.1f ms; "
                + "FX CPU to the frame %.1f, FX CPU in all %.1f, render CPU %.1f ms (medians)%n", key, all.size(),
                median(all, Press::handlerMs), median(all, Press::pulseMs), median(all, Press::toFrameMs),
                median(all, Press::fxCpuToFrameMs), median(all, Press::fxCpuMs), median(all, Press::renderCpuMs));
        {
            System.out.printf("%s: wait from the handled key to its pulse %.1f ms (median; max %.1f)%n", key,
                    median(all, Press::waitMs), all.stream().mapToDouble(Press::waitMs).max().orElse(0));
            System.out.printf("%s: frames painted per key %.1f, of them the whole window %.1f (medians; %d whole-window "
                    + "frames after %d keys)%n", key, median(all, Press::frames), median(all, Press::wholeWindowFrames),
                    all.stream().mapToInt(Press::wholeWindowFrames).sum(), all.size());
        }
        if (Boolean.getBoolean("keys.each")) {
            for (Press p : all) {
                System.out.println("  " + p);
            }
        }
    }

    private static double median(List<Press> all, java.util.function.ToDoubleFunction<Press> f) {
        double[] v = all.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long rendererThread() {
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().startsWith("QuantumRenderer")) {
                return th.getId();
            }
        }
        return -1;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        FutureTask<T> f = new FutureTask<>(c);
        Platform.runLater(f);
        return f.get(20, TimeUnit.SECONDS);
    }
}
