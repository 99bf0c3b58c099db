package org.luoshi.app;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code -Dluoshi.startupReport=true}: prints one line when the first frame with the plan's rows is
 * laid out — {@code first-frame cpuMs=<CPU time of the process> wallMs=<since the process started>}
 * — for {@code installer/measure-rest.sh} and the start-up figures of docs/PERFORMANCE.md. CPU time
 * (all threads) is the figure that holds on a shared machine; wall time depends on the load.
 */
final class StartupReport {
    static final String PROPERTY = "luoshi.startupReport";

    private StartupReport() {
    }

    static void watchIfAsked(Scene scene, MainViewModel model, MainWindow window) {
        if (!Boolean.getBoolean(PROPERTY)) {
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
            Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
        };
        scene.addPostLayoutPulseListener(check[0]);
    }
}
