package org.luoshi.ui;

import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Idle means idle, also with the cursor in a text field: JavaFX blinks the caret with a Timeline
 * that runs the pulse (a frame every 16 ms) for as long as the field has the focus — hours, for a
 * window left open on the search box. As GTK does ({@code gtk-cursor-blink-timeout}), the caret
 * stops blinking, and stays drawn, once nothing was typed or clicked for a while; the next key or
 * click starts it again.
 */
public final class CaretRest {
    /** How long the caret blinks after the last key or click (GTK's default). */
    public static final Duration BLINKING = Duration.ofSeconds(10);

    private final Scene scene;
    private Runnable pendingRest;

    private CaretRest(Scene scene) {
        this.scene = scene;
    }

    /** Lets the caret of this scene's text fields rest after {@link #BLINKING} without input. */
    public static void install(Scene scene) {
        CaretRest rest = new CaretRest(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> rest.wake());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> rest.wake());
        // The skin starts blinking for a field that takes the focus; schedule its rest.
        scene.focusOwnerProperty().addListener((obs, was, now) -> rest.wake());
        rest.wake();
    }

    private void wake() {
        if (pendingRest != null) {
            pendingRest.run(); // cancels the rest scheduled before this input
        }
        pendingRest = null;
        TextInputControlSkin<?> skin = focusedSkin();
        if (skin != null) {
            skin.setCaretAnimating(true);
            // Only a caret that blinks needs its rest: keys in the task table schedule nothing.
            pendingRest = FxTimer.after(BLINKING, this::rest);
        }
    }

    private void rest() {
        pendingRest = null;
        TextInputControlSkin<?> skin = focusedSkin();
        if (skin != null) {
            skin.setCaretAnimating(false); // the caret stays drawn, it only stops blinking
        }
    }

    /** The skin of the text field being typed in: the focus owner, or the editor inside it (a combo box, a date picker). */
    private TextInputControlSkin<?> focusedSkin() {
        javafx.scene.Node owner = scene.getFocusOwner();
        if (owner instanceof TextInputControl field) {
            return field.getSkin() instanceof TextInputControlSkin<?> skin ? skin : null;
        }
        if (owner instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node n : parent.lookupAll(".text-input")) {
                if (n instanceof TextInputControl field && field.isFocused()
                        && field.getSkin() instanceof TextInputControlSkin<?> skin) {
                    return skin;
                }
            }
        }
        return null;
    }
}
