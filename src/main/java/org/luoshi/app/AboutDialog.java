package org.luoshi.app;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;

/** Help → About: the app's name and version. */
final class AboutDialog {
    private AboutDialog() {
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                Messages.get("about.text", version()), DialogButtons.ok());
        alert.setTitle(Messages.get("action.about"));
        alert.setHeaderText(Messages.get("app.title") + " " + version());
        alert.initOwner(owner);
        alert.show();
    }
}
