package org.luoshi.app;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code -Dluoshi.startupReport=true}: prints one line when the first frame with the plan's rows is
 * laid out — {@code first-frame cpuMs=<CPU time of the process> wallMs=<since the process started>}
 * — for {@code installer/measure-rest.sh} and the start-up figures of docs/PERFORMANCE.md. CPU time
 * (all threads) is the figure that holds on a shared machine; wall time depends on the load.
 * {@code -Dluoshi.startupReport=nodes} adds the census of the first frame's scene: nodes by class,
 * controls by class with their skins, tooltips and context menus set, windows open — what the
 * first frame made, to find what could be made later (issue 20).
 * {@code -Dluoshi.startupReport=threads} adds a line with the CPU of each thread by name (Linux,
 * {@code /proc/self/task}): the FX thread, the renderer, the JIT, the collector.
 */
final class StartupReport {
    static final String PROPERTY = "luoshi.startupReport";

    private StartupReport() {
    }

    private static final StringBuilder MARKS = new StringBuilder();

    /**
     * With {@code =threads}: notes the FX thread's CPU time now under {@code name}; the notes are
     * printed with the first frame ("marks fx: start=… built=… shown=…", ms of the thread's CPU).
     */
    static void mark(String name) {
        if ("threads".equals(System.getProperty(PROPERTY))) {
            long ns = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            MARKS.append(' ').append(name).append('=').append(ns / 1_000_000);
        }
    }

    static void watchIfAsked(Scene scene, MainViewModel model, MainWindow window) {
        String asked = System.getProperty(PROPERTY);
        if (!"true".equals(asked) && !"threads".equals(asked) && !"nodes".equals(asked)) {
            return;
        }
        Runnable[] check = new Runnable[1];
        boolean[] done = {false};
        check[0] = () -> {
            if (done[0] || !model.loadedProperty().get() || window.tree().taskRowCount() == 0) {
                return;
            }
            done[0] = true;
            ProcessHandle.Info info = ProcessHandle.current().info();
            long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            long wall = info.startInstant().map(s -> System.currentTimeMillis() - s.toEpochMilli()).orElse(-1L);
            System.out.println("first-frame cpuMs=" + cpu + " wallMs=" + wall);
            if ("nodes".equals(System.getProperty(PROPERTY))) {
                System.out.println(census(scene.getRoot()));
            }
            if ("threads".equals(System.getProperty(PROPERTY))) {
                mark("first-frame");
                System.out.println("first-frame marks fx:" + MARKS);
                System.out.println("first-frame threads " + threadCpu());
            }
            Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /** "name=ms, …" for the threads of this process (summed by name), busiest first; "" where /proc is not. */
    static String threadCpu() {
        java.util.Map<String, Long> byName = new java.util.HashMap<>();
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return "";
        }
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) all::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "#").replace(' ', '_');
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    byName.merge(name, ticks * 10, Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return "";
        }
        return byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** "census nodes=… controls=… …" then one line per node class, most first (class, count, skin of the controls). */
    static String census(javafx.scene.Parent root) {
        java.util.Map<String, Integer> byClass = new java.util.TreeMap<>();
        java.util.Map<String, String> skins = new java.util.TreeMap<>();
        int[] totals = new int[5]; // nodes, controls, tooltips, context menus, invisible
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        while (!todo.isEmpty()) {
            javafx.scene.Node n = todo.pop();
            totals[0]++;
            byClass.merge(n.getClass().getName(), 1, Integer::sum);
            if (n instanceof javafx.scene.control.Control c) {
                totals[1]++;
                if (c.getSkin() != null) {
                    skins.put(n.getClass().getName(), c.getSkin().getClass().getSimpleName());
                }
                if (c.getTooltip() != null) {
                    totals[2]++;
                }
                if (c.getContextMenu() != null) {
                    totals[3]++;
                }
            }
            if (!n.isVisible()) {
                totals[4]++;
            }
            if (n instanceof javafx.scene.Parent p) {
                p.getChildrenUnmodifiable().forEach(todo::push);
            }
        }
        StringBuilder out = new StringBuilder("census nodes=" + totals[0] + " controls=" + totals[1]
                + " tooltips=" + totals[2] + " contextMenus=" + totals[3] + " invisible=" + totals[4]
                + " windows=" + javafx.stage.Window.getWindows().size() + " classes=" + byClass.size());
        byClass.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append("\ncensus ").append(e.getValue()).append(' ').append(e.getKey())
                        .append(skins.containsKey(e.getKey()) ? " skin=" + skins.get(e.getKey()) : ""));
        return out.toString();
    }
}
