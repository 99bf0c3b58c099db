package org.luoshi.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared TestFX teardown. The toolkit, and its pulse, is one per JVM: what a test class leaves
 * running is counted by every later class ({@code AtRestUiTest} counted 123 pulses in 2 s after the
 * other UI classes, from two caret-blink timelines). A window hidden while a text field in it had
 * the focus keeps that field's caret blinking (headless, the hidden window keeps its focus), so:
 * <ul>
 * <li>when any window is hidden, however the test hides it, the carets of its text fields stop;</li>
 * <li>after each test class, every window it left showing is hidden (and said so).</li>
 * </ul>
 * Registered for every test class through JUnit's extension auto-detection
 * ({@code junit-platform.properties}); a class that never started the toolkit is left alone.
 */
public final class ClosesWindowsLeftOpen implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {
    private static final AtomicBoolean WATCHING = new AtomicBoolean();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        watchHiddenWindows();
    }

    /** Runs right after the test method, before its {@code @AfterEach} hides what it showed. */
    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        watchHiddenWindows();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!toolkitRunning()) {
            return;
        }
        watchHiddenWindows();
        List<String> closed = onFx(() -> {
            List<String> names = new ArrayList<>();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing()) {
                    names.add(describe(w));
                    w.hide();
                }
            }
            return names;
        });
        if (!closed.isEmpty()) {
            // Said, not failed: the leak is the class's, and it is closed here either way.
            System.err.println(context.getDisplayName() + " left windows open (closed now): " + closed);
        }
    }

    private static void watchHiddenWindows() throws Exception {
        if (!toolkitRunning() || !WATCHING.compareAndSet(false, true)) {
            return;
        }
        onFx(() -> {
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    for (Window hidden : change.getRemoved()) {
                        stopCarets(hidden.getScene());
                    }
                }
            });
            return null;
        });
    }

    private static void stopCarets(Scene scene) {
        if (scene != null && scene.getRoot() != null) {
            stopCarets(scene.getRoot());
        }
    }

    private static void stopCarets(Node node) {
        if (node instanceof TextInputControl field && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            if (field.isFocused()) {
                // The leak this stops: named, so that the class that hid it can be found.
                System.err.println("caret stopped in a hidden window: " + field.getClass().getSimpleName()
                        + (field.getId() == null ? "" : "#" + field.getId()) + " in " + field.getScene().getRoot().getClass().getSimpleName());
            }
            skin.setCaretAnimating(false);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                stopCarets(child);
            }
        }
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static boolean toolkitRunning() {
        if (!fxThreadAlive()) {
            return false; // not started: loads no JavaFX class into a JVM of non-UI tests
        }
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    private static boolean fxThreadAlive() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            if ("JavaFX Application Thread".equals(threads[i].getName())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Window w) {
        String title = w instanceof javafx.stage.Stage s ? s.getTitle() : null;
        Object root = w.getScene() == null ? null : w.getScene().getRoot();
        return w.getClass().getSimpleName() + (title == null ? "" : " '" + title + "'")
                + (root == null ? "" : " " + root.getClass().getSimpleName());
    }
}
