package org.luoshi.reminders.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import org.luoshi.storage.Workspace;

/**
 * How the reminder UI reaches the workspace: {@code work} runs off the FX thread, {@code onDone}
 * gets its result on it. The app passes {@code MainViewModel::withWorkspace}; tests pass a
 * same-thread runner.
 */
@FunctionalInterface
public interface WorkspaceAccess {
    <T> void with(String description, Function<Workspace, T> work, Consumer<T> onDone);
}
