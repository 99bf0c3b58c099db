package org.luoshi.requests.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a file with the program the system uses for it (an evidence file written to a temporary folder), on a
 * thread of its own: never on the FX thread, never on the I/O thread. {@code Desktop.open} where it works,
 * else {@code xdg-open} (Linux desktops without AWT's support) or {@code open} (macOS).
 */
final class SystemViewer {
    private SystemViewer() {
    }

    static void open(Path file, Consumer<Throwable> onFailure) {
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                    return;
                }
                String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
                String command = os.contains("mac") ? "open" : "xdg-open";
                new ProcessBuilder(command, file.toString()).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                onFailure.accept(e);
            }
        }, "luoshi-open-evidence");
        t.setDaemon(true);
        t.start();
    }
}
