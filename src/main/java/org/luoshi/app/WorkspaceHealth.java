package org.luoshi.app;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.luoshi.i18n.Messages;
import org.luoshi.session.Session;
import org.luoshi.session.WorkspaceReads;
import org.luoshi.storage.WorkspaceCheck;
import org.luoshi.storage.WorkspaceDamagedException;

/**
 * Whether the workspace file is sound. It is checked (every page read) off the first screen, on the
 * I/O thread, before any work queued later: an edit made meanwhile waits for the answer. A damaged
 * file stays open to read; every write to it is refused by the workspace itself, and the window
 * says so in a banner and the status line rather than a dialog each time.
 */
public final class WorkspaceHealth {
    private final Session session;
    private final StatusLine statusLine;
    private final ReadOnlyObjectWrapper<WorkspaceCheck> damaged = new ReadOnlyObjectWrapper<>(this, "damaged");
    private final ReadOnlyObjectWrapper<WorkspaceCheck> checked = new ReadOnlyObjectWrapper<>(this, "checked");

    WorkspaceHealth(Session session, StatusLine statusLine) {
        this.session = session;
        this.statusLine = statusLine;
    }

    /** Queues the check of the file just opened. */
    void checkAfterOpening() {
        session.run(Messages.get("app.checking"), WorkspaceReads::check, this::checked, t -> {
            if (!toldInBackground(t)) {
                statusLine.failed(t);
            }
        });
    }

    private void checked(WorkspaceCheck check) {
        checked.set(check);
        if (check.isDamaged()) {
            damaged(check);
        }
    }

    private void damaged(WorkspaceCheck check) {
        if (damaged.get() == null) {
            damaged.set(check);
        }
    }

    /** True if {@code t} is the damaged file refusing work the person asked for: told as a notice (and the banner). */
    boolean refused(Throwable t) {
        if (t instanceof WorkspaceDamagedException d) {
            damaged(d.check());
            statusLine.refuse(message(d));
            return true;
        }
        return false;
    }

    /** As {@link #refused}, for work nobody is waiting on: told in the status bar only. */
    boolean toldInBackground(Throwable t) {
        if (t instanceof WorkspaceDamagedException d) {
            damaged(d.check());
            statusLine.say(message(d));
            return true;
        }
        return false;
    }

    private static String message(WorkspaceDamagedException d) {
        return Messages.get(d.refusedWrite() ? "app.damaged.refused" : "app.damaged.unreadable", d.check().firstProblem());
    }

    /** What the check found when the file is damaged; null while it is sound or not checked yet. */
    public ReadOnlyObjectProperty<WorkspaceCheck> damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    /** What the check after opening found (sound or not); null until it has run. */
    public ReadOnlyObjectProperty<WorkspaceCheck> checkedProperty() {
        return checked.getReadOnlyProperty();
    }
}
