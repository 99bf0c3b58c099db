package org.luoshi.app;

import org.luoshi.ui.DialogWindows;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.WorkspaceInUseException;
import org.luoshi.storage.WorkspaceLock;
import org.luoshi.storage.WorkspaceRefusedException;

/**
 * A start on a workspace this window may not open: another window has it open, a command is changing
 * it, or the file cannot be a workspace (several names, empty, blank, …). The user is told why, and
 * this start ends without reading or writing the workspace, before any main window is made.
 */
final class WorkspaceInUse {
    private WorkspaceInUse() {
    }

    /** Tells the user what holds the workspace; the app ends when the message is closed (at once in a smoke test). */
    static void refuse(WorkspaceInUseException e, boolean smokeTest) {
        refuse(header(e), text(e), smokeTest);
    }

    /** The header of the message that says what holds the workspace. */
    static String header(WorkspaceInUseException e) {
        WorkspaceLock.Holder holder = e.holder().orElse(null);
        return Messages.get(holder == null || holder.kind() == WorkspaceLock.Holder.Kind.WINDOW
                ? "instance.inUse.header" : "instance.busy.header");
    }

    /** What holds the workspace, in the user's language. */
    static String text(WorkspaceInUseException e) {
        WorkspaceLock.Holder holder = e.holder().orElse(null);
        if (holder == null) {
            return Messages.get("instance.inUse.unknown.text", e.workspace());
        } else if (holder.kind() == WorkspaceLock.Holder.Kind.WINDOW) {
            return Messages.get("instance.inUse.text", e.workspace());
        }
        String process = holder.otherUser()
                ? Messages.get("lock.processOfUser", String.valueOf(holder.pid()), holder.user())
                : Messages.get("lock.process", String.valueOf(holder.pid()));
        return Messages.get("instance.busy.text", e.workspace(), holder.command(), process);
    }

    /** Tells the user why the file cannot be a workspace; the app ends when the message is closed. */
    static void refuse(WorkspaceRefusedException e, boolean smokeTest) {
        refuse(Messages.get("instance.refused.header"), text(e), smokeTest);
    }

    /** The refusal in the user's language. */
    static String text(WorkspaceRefusedException e) {
        return Messages.get("workspace.refused." + e.reason().name(), e.file(), e.detail());
    }

    static void refuse(String header, String text, boolean smokeTest) {
        System.err.println(text);
        AppExit.failed();
        if (smokeTest) {
            Platform.exit();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("workspaceInUse");
        org.luoshi.ui.DialogWindows.fit(alert);
        // No window of ours is showing, so closing this message ends the app (implicit exit).
        alert.show();
    }
}
