package org.luoshi.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.luoshi.i18n.Messages;

/**
 * OK and Cancel in the app's own language: JavaFX words its standard buttons by the system locale,
 * which may not be the language chosen in settings.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Messages.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Close, for windows that only show something. */
    public static ButtonType close() {
        return new ButtonType(Messages.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /** Whether the dialog was left with the OK button. */
    public static boolean isOk(ButtonType button) {
        return button != null && button.getButtonData() == ButtonData.OK_DONE;
    }
}
