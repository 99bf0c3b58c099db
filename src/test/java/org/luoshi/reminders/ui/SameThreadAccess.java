package org.luoshi.reminders.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import org.luoshi.storage.Workspace;

/** Runs workspace work at once on the calling thread, as tests want it. */
final class SameThreadAccess implements WorkspaceAccess {
    private final Workspace ws;

    SameThreadAccess(Workspace ws) {
        this.ws = ws;
    }

    @Override
    public <T> void with(String description, Function<Workspace, T> work, Consumer<T> onDone) {
        onDone.accept(work.apply(ws));
    }
}
