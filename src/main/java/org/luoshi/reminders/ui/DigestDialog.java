package org.luoshi.reminders.ui;

import org.luoshi.ui.WindowLook;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.DueEntry;

/** At start: what came due while the app was closed, with a way into the reminder centre. */
final class DigestDialog {
    private DigestDialog() {
    }

    static Dialog<ButtonType> create(Window owner, List<DueEntry> digest, Runnable openCentre, WindowLook look) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("reminders.digest.title"));
        dialog.setHeaderText(Messages.get("reminders.digest.header", digest.size()));
        ListView<String> list = new ListView<>();
        list.setId("digestList");
        list.getItems().setAll(digest.stream().map(EntryText::line).toList());
        list.setPrefSize(720, Math.min(360, 40 + 28 * digest.size()));
        Label hint = new Label(Messages.get("reminders.digest.hint"));
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, list, hint));
        look.apply(dialog.getDialogPane());
        ButtonType open = new ButtonType(Messages.get("reminders.digest.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("reminders.digest.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, later);
        dialog.setResultConverter(b -> {
            if (b == open) {
                openCentre.run();
            }
            return b;
        });
        return dialog;
    }
}
