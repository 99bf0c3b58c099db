package org.luoshi.reminders.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.luoshi.i18n.Messages;

/** Dialog buttons in the app's language (JavaFX's own ButtonType texts follow the JVM locale). */
final class Buttons {
    private Buttons() {
    }

    static ButtonType ok() {
        return new ButtonType(Messages.get("reminders.button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    static ButtonType cancel() {
        return new ButtonType(Messages.get("reminders.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static ButtonType close() {
        return new ButtonType(Messages.get("reminders.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
