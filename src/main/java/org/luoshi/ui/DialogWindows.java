package org.luoshi.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * How every dialog and secondary window of the app behaves as a window: Esc closes it, it opens
 * centred on its owner, never larger than the screen it opens on, and at the size it asked for
 * under an X11 window manager.
 *
 * <p>JavaFX 21 on Linux (GTK) maps a new window at GTK's default 200×200 when a window manager such
 * as openbox runs and then takes that as the window's size (JDK-8316423, fixed in JavaFX 22): the
 * main window, the review dialog and About opened at 200×200, the start-up digest at 135 px with
 * its buttons cut off. Sizes set once the window is shown are kept, so if the window is made far
 * smaller just after it is shown ({@link #shrunk}), the size JavaFX computed for it is given again
 * (the main window's rule, {@code app.MainWindowSize}). Without a window manager, and in the headless
 * tests, a window that fits is left where JavaFX put it apart from being centred on its owner.
 */
public final class DialogWindows {
    /** How long after a window is shown a window manager's default size is undone. */
    public static final Duration SETTLING = Duration.seconds(3);

    /** Margin kept free around a window on its screen. */
    private static final double MARGIN = 24;
    /**
     * Room kept for a window manager's title bar and borders: a window whose frame does not fit the
     * screen is moved and cut by the window manager itself (openbox put it in the top-left corner).
     */
    private static final double DECORATION = 32;

    private DialogWindows() {
    }

    /**
     * Esc closes {@code dialog} (through its cancel button, or its only button), and it opens
     * centred on its owner at the size it asked for, no larger than the screen.
     */
    public static <T> Dialog<T> fit(Dialog<T> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE && !key.isConsumed()) {
                Button leave = leavingButton(pane);
                if (leave != null && !leave.isCancelButton()) {
                    key.consume();
                    leave.fire();
                }
            }
        });
        Scene scene = pane.getScene();
        Window window = scene.getWindow();
        window.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> wrapContentText(pane));
        keepOnShow(window, dialog::getOwner);
        return dialog;
    }

    /**
     * A message longer than a line wraps at a readable width: JavaFX shows a dialog's content text
     * on one line cut with "…" once the dialog is narrower than the text.
     */
    private static void wrapContentText(DialogPane pane) {
        String text = pane.getContentText();
        if (pane.getContent() != null || text == null || text.length() <= 30) {
            return;
        }
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.getStyleClass().add("content");
        label.setWrapText(true);
        label.setPrefWidth(480);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.setContent(label);
    }

    /**
     * Esc closes {@code stage}, and it opens centred on its owner at the size its scene asked for, no
     * larger than the screen.
     */
    public static Stage fit(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE && !key.isConsumed()) {
                key.consume();
                stage.close();
            }
        });
        keepOnShow(stage, stage::getOwner);
        return stage;
    }

    /** The button Esc stands for: the cancel button, else the only button; null if neither. */
    private static Button leavingButton(DialogPane pane) {
        Button only = null;
        int count = 0;
        for (ButtonType type : pane.getButtonTypes()) {
            Node node = pane.lookupButton(type);
            if (node instanceof Button button) {
                if (button.isCancelButton() || type.getButtonData().isCancelButton()) {
                    return button;
                }
                only = button;
                count++;
            }
        }
        return count == 1 ? only : null;
    }

    private static void keepOnShow(Window window, java.util.function.Supplier<Window> owner) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Rectangle2D bounds = place(window, owner.get());
                restoreIfShrunk(window, owner.get(), bounds.getWidth(), bounds.getHeight());
            }
        });
    }

    /** Sizes {@code window} to fit its screen and centres it on {@code owner}; its bounds after. */
    static Rectangle2D place(Window window, Window owner) {
        Rectangle2D screen = screenOf(owner != null && owner.isShowing() ? owner : window);
        Rectangle2D size = fitted(window.getWidth(), window.getHeight(), screen);
        if (size.getWidth() < window.getWidth()) {
            window.setWidth(size.getWidth());
        }
        if (size.getHeight() < window.getHeight()) {
            window.setHeight(size.getHeight());
        }
        centre(window, owner, screen, size.getWidth(), size.getHeight());
        return size;
    }

    private static void centre(Window window, Window owner, Rectangle2D screen, double width, double height) {
        Rectangle2D around = owner != null && owner.isShowing() && owner.getWidth() > 0
                ? new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                : screen;
        Rectangle2D at = centred(around, width, height, screen);
        window.setX(at.getMinX());
        window.setY(at.getMinY());
    }

    /**
     * A window of the given size no larger than {@code screen} less a margin and room for the
     * window manager's frame (never below 1×1).
     */
    public static Rectangle2D fitted(double width, double height, Rectangle2D screen) {
        double w = Math.max(1, Math.min(width, screen.getWidth() - 2 * MARGIN));
        double h = Math.max(1, Math.min(height, screen.getHeight() - 2 * MARGIN - DECORATION));
        return new Rectangle2D(0, 0, w, h);
    }

    /** Where a window of the given size goes: centred on {@code owner}, moved inside {@code screen}. */
    public static Rectangle2D centred(Rectangle2D owner, double width, double height, Rectangle2D screen) {
        double x = owner.getMinX() + (owner.getWidth() - width) / 2;
        double y = owner.getMinY() + (owner.getHeight() - height) / 2;
        x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
        y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /**
     * For a short while after {@code window} is first shown: if it is made much smaller than {@code
     * width}×{@code height} (a window manager's default, see the class comment), gives it that size
     * again, centred on {@code owner}; if it grows past its screen or is moved off it (a dialog
     * placing itself again once its content has its fonts), brings it back. Nothing else is touched.
     */
    public static void restoreIfShrunk(Window window, Window owner, double width, double height) {
        boolean[] adjusting = {false};
        InvalidationListener check = new InvalidationListener() {
            private boolean restored;

            @Override
            public void invalidated(Observable observable) {
                if (adjusting[0] || maximised(window)) {
                    return;
                }
                adjusting[0] = true;
                try {
                    Rectangle2D screen = screenOf(owner != null && owner.isShowing() ? owner : window);
                    if (!restored && shrunk(window.getWidth(), window.getHeight(), width, height)) {
                        restored = true;
                        window.setWidth(width);
                        window.setHeight(height);
                        centre(window, owner, screen, width, height);
                        return;
                    }
                    Rectangle2D size = fitted(window.getWidth(), window.getHeight(), screen);
                    if (size.getWidth() < window.getWidth()) {
                        window.setWidth(size.getWidth());
                    }
                    if (size.getHeight() < window.getHeight()) {
                        window.setHeight(size.getHeight());
                    }
                    Rectangle2D inside = centred(new Rectangle2D(window.getX(), window.getY(), window.getWidth(),
                            window.getHeight()), window.getWidth(), window.getHeight(), screen);
                    if (inside.getMinX() != window.getX()) {
                        window.setX(inside.getMinX());
                    }
                    if (inside.getMinY() != window.getY()) {
                        window.setY(inside.getMinY());
                    }
                } finally {
                    adjusting[0] = false;
                }
            }
        };
        var watched = java.util.List.of(window.widthProperty(), window.heightProperty(), window.xProperty(),
                window.yProperty());
        watched.forEach(p -> p.addListener(check));
        // A timer, not a PauseTransition: that would run the pulse for the whole three seconds.
        FxTimer.after(SETTLING, () -> {
            watched.forEach(p -> p.removeListener(check));
            // Under openbox a window that took long to lay out (the sheets window, the guide) is
            // left in the screen's top-left corner: put it back over its owner.
            if (owner != null && owner.isShowing() && window.isShowing() && !maximised(window)) {
                Rectangle2D screen = screenOf(owner);
                if (Math.abs(window.getX() - screen.getMinX()) < 2 && Math.abs(window.getY() - screen.getMinY()) < 2) {
                    centre(window, owner, screen, window.getWidth(), window.getHeight());
                }
            }
        });
        check.invalidated(null);
    }

    private static boolean maximised(Window window) {
        return window instanceof Stage stage && (stage.isMaximized() || stage.isFullScreen() || stage.isIconified());
    }

    /** Whether the window is far smaller than it asked to be: a window manager's default, not a user's drag. */
    public static boolean shrunk(double width, double height, double askedWidth, double askedHeight) {
        return width < askedWidth / 2 || height < askedHeight / 2;
    }
}
