package org.luoshi.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.luoshi.i18n.Messages;

/**
 * A second start on a workspace that a window already has open: the user is told where the
 * workspace is open and this start ends without reading or writing it.
 */
final class WorkspaceInUse {
    private WorkspaceInUse() {
    }

    /** Tells the user; the app ends when the message is closed (at once in a smoke test). */
    static void refuse(Path workspace, boolean smokeTest) {
        String text = Messages.get("instance.inUse.text", workspace);
        System.err.println(text);
        AppExit.failed();
        if (smokeTest) {
            Platform.exit();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("instance.inUse.header"));
        alert.getDialogPane().setId("workspaceInUse");
        // No window of ours is showing, so closing this message ends the app (implicit exit).
        alert.show();
    }
}
