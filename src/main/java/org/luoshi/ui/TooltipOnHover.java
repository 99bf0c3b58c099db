package org.luoshi.ui;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made when the pointer first comes over it, not with the window: a tooltip is a
 * popup window of its own, and the first one made in a run costs JavaFX's tooltip machinery before
 * the first screen (issue 20). Tooltip behaviour starts with the pointer's next move over the control,
 * as it would have. The text is the control's accessible help from the start, so that screen readers
 * have it without the tooltip.
 */
public final class TooltipOnHover {
    private TooltipOnHover() {
    }

    /** The tooltip shows {@code text} (and follows it). */
    public static void install(Control control, ObservableValue<String> text) {
        install(control, text, tip -> { });
    }

    /** As {@link #install(Control, ObservableValue)}, with {@code setUp} applied to the tooltip when it is made (wrapping, width). */
    public static void install(Control control, ObservableValue<String> text, Consumer<Tooltip> setUp) {
        if (!control.accessibleHelpProperty().isBound()) {
            control.accessibleHelpProperty().bind(text);
        }
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(text);
                setUp.accept(tip);
                control.setTooltip(tip);
            }
        });
    }
}
