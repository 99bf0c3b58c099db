package org.luoshi.app;

import org.luoshi.ui.FxTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The main window's size: what it opens at on a given screen, and the step that makes it open at
 * that size under an X11 window manager.
 *
 * <p>JavaFX 21 on Linux (GTK) maps a new window at GTK's default 200×200 when a window manager
 * such as openbox is running, and then takes the window manager's answer as the window's size, so
 * the size the {@link javafx.scene.Scene} was given is lost (JDK-8316423, fixed in JavaFX 22). Sizes
 * set on the stage before {@code show()} are lost the same way; sizes set once the window is shown
 * are kept. So if the window is made far smaller just after it is shown, the size JavaFX computed
 * for it is given again. Without a window manager (and on Windows and macOS) nothing is changed.
 */
final class MainWindowSize {
    /** The size asked for: at least 1024×700, at most 1680×1000, never more than the screen. */
    static Rectangle2D forScreen(Rectangle2D visualBounds) {
        double width = Math.max(1024, Math.min(1680, visualBounds.getWidth() * 0.92));
        double height = Math.max(700, Math.min(1000, visualBounds.getHeight() * 0.9));
        return new Rectangle2D(0, 0, Math.min(width, visualBounds.getWidth()), Math.min(height, visualBounds.getHeight()));
    }

    /** How long after the window is shown a window manager's default size is undone. */
    static final Duration SETTLING = Duration.seconds(3);

    /**
     * If soon after the window is first shown it is made much
     * smaller than the size JavaFX computed for it from its scene (a window manager mapping it at
     * 200×200, see the class comment), gives it that size again. Nothing else is touched, so
     * without a window manager (and in the headless tests) the stage is left as it was.
     */
    static void keep(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                restoreIfShrunk(stage, stage.getWidth(), stage.getHeight());
            }
        });
    }

    private static void restoreIfShrunk(Stage stage, double width, double height) {
        Runnable[] cancelSettling = {() -> { }};
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (shrunk(stage.getWidth(), stage.getHeight(), width, height) && !stage.isMaximized()
                        && !stage.isFullScreen() && !stage.isIconified()) {
                    stop();
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }

            private void stop() {
                stage.widthProperty().removeListener(this);
                stage.heightProperty().removeListener(this);
                cancelSettling[0].run();
            }
        };
        stage.widthProperty().addListener(check);
        stage.heightProperty().addListener(check);
        // A timer, not a PauseTransition: that would run the pulse for the whole three seconds.
        cancelSettling[0] = FxTimer.after(SETTLING, () -> {
            stage.widthProperty().removeListener(check);
            stage.heightProperty().removeListener(check);
        });
        check.invalidated(null);
    }

    /** Whether the window is far smaller than it asked to be: a window manager's default, not a user's drag. */
    static boolean shrunk(double width, double height, double askedWidth, double askedHeight) {
        return width < askedWidth / 2 || height < askedHeight / 2;
    }

    private MainWindowSize() {
    }
}
