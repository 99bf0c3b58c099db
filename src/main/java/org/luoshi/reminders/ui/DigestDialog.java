package org.luoshi.reminders.ui;

import org.luoshi.ui.DialogWindows;

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

/**
 * At start: what came due while the app was closed, with a way into the reminder centre. Not modal,
 * so it never stands between the person and the main window (closing that closes this too).
 */
final class DigestDialog {
    private DigestDialog() {
    }

    static Dialog<ButtonType> create(Window owner, List<DueEntry> digest, Runnable openCentre, WindowLook look) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        // Never modal: the main window stays usable, and closing it closes this too.
        dialog.initModality(javafx.stage.Modality.NONE);
        DialogWindows.fit(dialog);
        if (owner != null) {
            owner.showingProperty().addListener((o, was, is) -> {
                if (!is) {
                    dialog.close();
                }
            });
        }
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
