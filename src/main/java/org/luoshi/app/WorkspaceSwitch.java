package org.luoshi.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.luoshi.i18n.Messages;
import org.luoshi.session.Session;
import org.luoshi.settings.RecentWorkspaces;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceFile;
import org.luoshi.storage.WorkspaceInUseException;
import org.luoshi.storage.WorkspaceLock;
import org.luoshi.storage.WorkspaceRefusedException;
import org.luoshi.ui.DialogService;

/**
 * Moves the window to another workspace file (File → 打开工作区…, File → 最近的工作区). The new file is
 * locked and opened, and its first screen read, while the window still shows the old one: a file
 * that is gone, open in another window, or not a workspace is told and the window stays where it
 * was. Only once the new workspace is open is the window handed over to it ({@link Replace}).
 */
final class WorkspaceSwitch {
    /** Puts the window on the workspace opened (its lock held, its first screen read). */
    @FunctionalInterface
    interface Replace {
        void with(WorkspacePlace place, WorkspaceLock lock, WorkspaceOpening.Opened opened);
    }

    private final Session session;
    private final DialogService dialogs;
    private final String current;
    private final Consumer<String> say;
    private final Consumer<String> forget;
    private final Replace replace;

    /**
     * @param current where the window is now (a file's absolute path or a server's address)
     * @param forget  takes a file that is gone off the recent list
     */
    WorkspaceSwitch(Session session, DialogService dialogs, String current, Consumer<String> say,
            Consumer<String> forget, Replace replace) {
        this.session = session;
        this.dialogs = dialogs;
        this.current = current;
        this.say = say;
        this.forget = forget;
        this.replace = replace;
    }

    /** Opens the workspace file at {@code location} in this window, or tells why not. */
    void openFile(String location) {
        if (sameAsCurrent(location)) {
            say.accept(Messages.get("workspace.switch.same", location));
            return;
        }
        if (RecentWorkspaces.missingFile(location)) {
            forget.accept(location);
            dialogs.warn(Messages.get("workspace.switch.title"), Messages.get("workspace.switch.missing", location));
            return;
        }
        Path file = Path.of(location).toAbsolutePath();
        WorkspaceLock lock;
        try {
            lock = WorkspaceLock.acquire(file, WorkspaceLock.Holder.window());
        } catch (WorkspaceInUseException e) {
            // The window that has it comes forward, as a second start would bring it.
            FirstWindow.call(file);
            dialogs.warn(WorkspaceInUse.header(e), WorkspaceInUse.text(e));
            return;
        } catch (WorkspaceRefusedException e) {
            dialogs.warn(Messages.get("instance.refused.header"), WorkspaceInUse.text(e));
            return;
        } catch (WorkspaceException e) {
            // A folder where files cannot be locked (some network shares): opened unguarded, as at start.
            lock = null;
        }
        WorkspaceLock held = lock;
        Path key = held != null ? held.workspace() : WorkspaceFile.realPath(file);
        session.run(Messages.get("workspace.switch.opening"),
                s -> WorkspaceOpening.firstScreen(Workspace.open(key), false),
                opened -> replace.with(WorkspacePlace.of(key), held, opened),
                failure -> {
                    if (held != null) {
                        held.close();
                    }
                    dialogs.warn(Messages.get("workspace.switch.title"), failure instanceof WorkspaceRefusedException r
                            ? WorkspaceInUse.text(r) : Messages.get("workspace.switch.failed", location, message(failure)));
                });
    }

    private boolean sameAsCurrent(String location) {
        if (RecentWorkspaces.isServer(location) || RecentWorkspaces.isServer(current)) {
            return location.equals(current);
        }
        try {
            return WorkspaceFile.realPath(Path.of(location)).equals(WorkspaceFile.realPath(Path.of(current)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
