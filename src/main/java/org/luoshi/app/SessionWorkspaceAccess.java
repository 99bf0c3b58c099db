package org.luoshi.app;

import java.util.function.Consumer;
import java.util.function.Function;
import org.luoshi.reminders.ui.WorkspaceAccess;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** The reminders' way to the workspace, through the window's session. */
public final class SessionWorkspaceAccess implements WorkspaceAccess {
    private final Session session;

    public SessionWorkspaceAccess(Session session) {
        this.session = session;
    }

    @Override
    public <T> void with(String description, Function<Workspace, T> work, Consumer<T> onDone) {
        session.run(description, s -> work.apply(s.workspace()), onDone);
    }
}
