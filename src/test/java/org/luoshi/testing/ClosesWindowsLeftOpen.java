package org.luoshi.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared TestFX teardown: after each test class, every window it left showing is hidden. The
 * toolkit is one per JVM, so a window left open (with the caret blinking in one of its text fields,
 * or an animation playing) keeps the pulse going for every later class: {@code AtRestUiTest} then
 * counts another class's frames as the main window's, depending on the order the classes run in.
 *
 * <p>Registered for every test class through JUnit's extension auto-detection
 * ({@code junit-platform.properties}); a class that never started the toolkit is left alone.
 */
public final class ClosesWindowsLeftOpen implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!toolkitRunning()) {
            return;
        }
        CompletableFuture<List<String>> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<String> names = new ArrayList<>();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing()) {
                    names.add(describe(w));
                    w.hide();
                }
            }
            closed.complete(names);
        });
        List<String> names = closed.get(10, TimeUnit.SECONDS);
        if (!names.isEmpty()) {
            // Said, not failed: the leak is the left class's, and is closed here either way.
            System.err.println(context.getDisplayName() + " left windows open (closed now): " + names);
        }
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    private static String describe(Window w) {
        String title = w instanceof javafx.stage.Stage s ? s.getTitle() : null;
        Object root = w.getScene() == null ? null : w.getScene().getRoot();
        return w.getClass().getSimpleName() + (title == null ? "" : " '" + title + "'")
                + (root == null ? "" : " " + root.getClass().getSimpleName());
    }
}
