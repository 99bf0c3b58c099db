package org.luoshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.Interpolator;
import javafx.animation.TranslateTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.luoshi.app.pulse.GtkPulseTimer;

/**
 * The pulse timer in a real window (issue 20, i20e): how smooth a running animation is, what the
 * process does at rest, and how soon a change after a rest is drawn. Run it under a GTK display with
 * the packaged app's JVM flags, once as it is (the app's pausable timer) and once with
 * {@code -Dluoshi.pulseTimer=javafx} (JavaFX's GTK timer), interleaved.
 * <ol>
 *   <li><b>animation</b>: the busy indicator (an indeterminate {@link ProgressIndicator}) and a bar
 *       moving across the window for SECONDS: pulses a second, and the gaps between pulses (median,
 *       95th percentile, largest; "late" = gaps over 1.5 periods, each a frame missed);</li>
 *   <li><b>rest</b>: the animations stopped, 2 s later: for 10 s the context switches of all the
 *       process's threads (each a wake-up), its CPU time, and the pulses run (should be none);</li>
 *   <li><b>wake</b>: 10 times, after 1 s at rest, a label's text changed from another thread
 *       through {@code Platform.runLater}: ms until the pulse that lays it out.</li>
 * </ol>
 *
 * <pre>DISPLAY=:61 java [flags] -cp … org.luoshi.bench.PulseProbe [SECONDS]</pre>
 */
public final class PulseProbe {
    private static final long TICKS = 100; // USER_HZ of /proc/PID/stat on Linux

    private PulseProbe() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Label label;
        ProgressIndicator busy;
        TranslateTransition move;
        Platform.startup(() -> System.out.println("pulse timer: " + GtkPulseTimer.install()));
        // Controls are made once the toolkit runs.
        label = onFx(() -> new Label("0"));
        busy = onFx(ProgressIndicator::new);
        Rectangle bar = new Rectangle(40, 20);
        move = new TranslateTransition(Duration.seconds(1), bar);
        Platform.runLater(() -> {
            move.setFromX(0);
            move.setToX(500);
            move.setAutoReverse(true);
            move.setCycleCount(Animation.INDEFINITE);
            move.setInterpolator(Interpolator.LINEAR);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new VBox(8, label, busy, new Pane(bar)), 600, 300));
            stage[0].setOnShown(e -> shown.countDown());
            stage[0].show();
        });
        shown.await(60, TimeUnit.SECONDS);
        Thread.sleep(2000);

        List<Long> pulses = new ArrayList<>();
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(System.nanoTime());
            }
        };
        onFx(() -> {
            move.play();
            recorder.start();
            return null;
        });
        Thread.sleep(seconds * 1000L);
        onFx(() -> {
            recorder.stop();
            move.stop();
            busy.setProgress(1); // determinate: its animation ends
            return null;
        });
        animation(pulses, seconds);

        Thread.sleep(2000);
        long[] pulseCount = {0};
        onFx(() -> {
            stage[0].getScene().addPostLayoutPulseListener(() -> pulseCount[0]++);
            return null;
        });
        Thread.sleep(500);
        java.util.Map<String, Long> switches0 = contextSwitches();
        long cpu0 = cpuMs();
        long pulses0 = onFx(() -> pulseCount[0]);
        Thread.sleep(10_000);
        long switches = switchesBetween(switches0, contextSwitches());
        long cpu = cpuMs() - cpu0;
        long restPulses = onFx(() -> pulseCount[0]) - pulses0;
        System.out.printf("rest: %.1f wake-ups/s, CPU %d ms in 10 s (%.2f %% of a core), %d pulses; pulse timer thread %s%n",
                switches / 10.0, cpu, cpu / 100.0, restPulses, timerThreadState());

        double[] wakes = new double[10];
        for (int i = 0; i < wakes.length; i++) {
            Thread.sleep(1000);
            CompletableFuture<Long> laidOut = new CompletableFuture<>();
            String text = Integer.toString(i + 1);
            long start = System.nanoTime();
            Platform.runLater(() -> {
                label.setText(text);
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    laidOut.complete(System.nanoTime());
                    stage[0].getScene().removePostLayoutPulseListener(listener[0]);
                };
                stage[0].getScene().addPostLayoutPulseListener(listener[0]);
            });
            wakes[i] = (laidOut.get(10, TimeUnit.SECONDS) - start) / 1e6;
        }
        Arrays.sort(wakes);
        System.out.printf("wake: change after 1 s at rest → laid out: median %.1f ms (%.1f–%.1f)%n",
                (wakes[4] + wakes[5]) / 2, wakes[0], wakes[wakes.length - 1]);
        Platform.exit();
        System.exit(0);
    }

    private static void animation(List<Long> pulses, int seconds) {
        double[] gaps = new double[pulses.size() - 1];
        for (int i = 1; i < pulses.size(); i++) {
            gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
        }
        double span = (pulses.get(pulses.size() - 1) - pulses.get(0)) / 1e9;
        Arrays.sort(gaps);
        long late = Arrays.stream(gaps).filter(g -> g > 1.5 * 16).count();
        System.out.printf("animation: %.1f pulses/s over %d s; gaps median %.2f ms, p95 %.2f, max %.2f; late (> 24 ms) %d of %d%n",
                gaps.length / span, seconds, gaps[gaps.length / 2], gaps[(int) (gaps.length * 0.95)],
                gaps[gaps.length - 1], late, gaps.length);
    }

    private static String timerThreadState() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("Luoshi pulse timer"))
                .map(t -> t.getState().toString()).findFirst().orElse("(none: JavaFX's timer)");
    }

    /** Voluntary and involuntary context switches of each thread of this process so far, by thread id. */
    private static java.util.Map<String, Long> contextSwitches() throws IOException {
        java.util.Map<String, Long> byThread = new java.util.HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                long sum = 0;
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt_switches")) {
                            sum += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (IOException ended) {
                    continue; // the thread ended meanwhile
                }
                byThread.put(task.getFileName().toString(), sum);
            }
        }
        return byThread;
    }

    /** Context switches between two readings, over the threads in both (threads come and go). */
    private static long switchesBetween(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        return after.entrySet().stream().filter(e -> before.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() - before.get(e.getKey())).sum();
    }

    private static long cpuMs() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(work.get()));
        return result.get(10, TimeUnit.SECONDS);
    }
}
