package org.luoshi.reminders.ui;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import org.luoshi.ui.TooltipOnHover;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;

/** The status bar's bell: how many reminders wait; red while any item is overdue. Opens the centre. */
final class ReminderBadge extends Button {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    ReminderBadge(ReminderController controller, Runnable open) {
        setId("reminderBadge");
        getStyleClass().add("reminder-badge");
        setGraphic(new FontIcon("mdi2b-bell-outline"));
        textProperty().bind(controller.pendingProperty().asString());
        TooltipOnHover.install(this, Bindings.createStringBinding(
                () -> Messages.get("reminders.badge.tooltip", controller.pendingProperty().get(),
                        controller.overdueProperty().get()),
                controller.pendingProperty(), controller.overdueProperty()));
        setFocusTraversable(false);
        controller.overdueProperty().addListener((o, a, n) -> pseudoClassStateChanged(OVERDUE, n.intValue() > 0));
        controller.pendingProperty().addListener((o, a, n) -> pseudoClassStateChanged(PENDING, n.intValue() > 0));
        setOnAction(e -> open.run());
    }
}
