package org.luoshi.app;

import java.util.function.Consumer;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.session.Session;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;

/**
 * Opening a workspace on the office's server: File → 连接办公室服务器… (the dialog), a server chosen in
 * File → 最近的工作区 (tried at once with {@code ~/.pgpass}; the dialog only if the server wants a
 * password or cannot be reached), and a start on {@code --workspace=postgresql://…} that failed. The
 * connection is made and the first screen read on the session's I/O thread; the window moves to it
 * only once it is open.
 */
final class ServerConnect {
    private final Window owner;
    private final Session session;
    private final Consumer<WorkspaceOpening.Opened> open;
    /** The password of the last connection made (null: ~/.pgpass), for the window to connect again with. */
    private char[] lastPassword;

    /** @param open moves the window to the workspace opened (its first screen read) */
    ServerConnect(Window owner, Session session, Consumer<WorkspaceOpening.Opened> open) {
        this.owner = owner;
        this.session = session;
        this.open = open;
    }

    /** File → 连接办公室服务器…: the dialog, empty but for the port and the computer's user name. */
    void showDialog() {
        showDialog(null, null);
    }

    /** The dialog filled in from {@code start} (may be null), with {@code message} (why it is asked; may be null). */
    void showDialog(ServerAddress start, String message) {
        new ConnectDialog<>(owner, start, message, this::connect).showAndWait().ifPresent(open);
    }

    /** A server from the recent list: tried with ~/.pgpass; the dialog if that is not enough. */
    void openRecent(String url) {
        ServerAddress address;
        try {
            address = ServerAddress.parse(url);
        } catch (WorkspaceException e) {
            showDialog(null, e.getMessage());
            return;
        }
        connect(address, null, open, failure -> showDialog(address, ConnectDialog.sentence(failure, address)));
    }

    /** Connects and reads the first screen off the FX thread; one of the callbacks on the FX thread. */
    void connect(ServerAddress address, char[] password, Consumer<WorkspaceOpening.Opened> opened,
            Consumer<Throwable> failed) {
        // The typed password is copied for the I/O thread; the dialog wipes its own once this returns.
        char[] copy = password == null ? null : password.clone();
        char[] keep = password == null ? null : password.clone();
        session.run(Messages.get("connect.connecting", address.display()), s -> {
            try {
                Workspace ws = Workspace.openServer(address, copy);
                return WorkspaceOpening.firstScreen(ws, false);
            } finally {
                if (copy != null) {
                    java.util.Arrays.fill(copy, '\0');
                }
            }
        }, o -> {
            lastPassword = keep;
            opened.accept(o);
        }, t -> {
            if (keep != null) {
                java.util.Arrays.fill(keep, '\0');
            }
            failed.accept(t);
        });
    }

    /** The password of the last connection made, handed over once (null if none was typed). */
    char[] takePassword() {
        char[] p = lastPassword;
        lastPassword = null;
        return p;
    }
}
