package org.luoshi.app;

import org.luoshi.ui.DialogButtons;
import org.luoshi.ui.DialogWindows;

import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;

/** Help → About: the app's name, version and icon, and the Java and JavaFX it runs on. */
final class AboutDialog {
    private AboutDialog() {
    }

    /** The version the build wrote into the jar's manifest; "dev" when run from the classes. */
    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                Messages.get("about.text", version()) + "\n\n" + Messages.get("about.runtime",
                        System.getProperty("java.version"), System.getProperty("javafx.runtime.version")),
                DialogButtons.ok());
        alert.setTitle(Messages.get("action.about"));
        alert.setHeaderText(Messages.get("app.title") + " " + version());
        Image icon = AppIcons.load(64);
        if (icon != null) {
            alert.setGraphic(new ImageView(icon));
        }
        alert.getDialogPane().setId("about");
        // The text wraps at a readable width instead of ending in "…" on one line.
        javafx.scene.control.Label text = new javafx.scene.control.Label(alert.getContentText());
        text.setId("aboutText");
        text.setWrapText(true);
        text.setPrefWidth(460);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.initOwner(owner);
        DialogWindows.fit(alert);
        alert.show();
    }
}
