package org.luoshi.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.storage.Workspace;

/**
 * The open workspace, its undo history and the one thread that touches them. Both faces work
 * through it: the window hands it its FX-aware runner and calls {@link #run}, {@link #perform},
 * {@link #undo} and {@link #redo}, which queue work on the I/O thread and hand results back on the
 * FX thread; the command line gives it a {@link CallerThreadTasks} and calls use cases directly.
 *
 * <p>Inside a use case (on the I/O thread) {@link #workspace()} reads and writes, and
 * {@link #apply(Edit)} stores an undoable edit. Once the use case returns, what its edits touched is
 * read back and published to every {@link SessionListener}, before the caller gets its result: a
 * view never shows a result its data does not hold yet.
 */
public final class Session implements AutoCloseable {
    private final BackgroundTasks tasks;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    // I/O thread only:
    private volatile Workspace workspace;
    private final EditHistory history;
    /** Who the history names for the edits of this session (the user name of the settings). */
    private volatile String person = osUser();
    private final List<Change> madeByRunningWork = new ArrayList<>();

    /** A session whose work runs through {@code tasks}; {@link #attach} gives it its workspace. */
    public Session(BackgroundTasks tasks) {
        this(tasks, Clock.systemDefaultZone());
    }

    /** As {@link #Session(BackgroundTasks)}, with the clock that stamps the history of its edits. */
    public Session(BackgroundTasks tasks, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.history = new EditHistory(() -> person, clock);
    }

    /** As {@link #of(Workspace)}, with the clock that stamps the history of its edits (tests). */
    public static Session of(Workspace workspace, Clock clock) {
        Session session = new Session(new CallerThreadTasks(), clock);
        session.attach(workspace);
        return session;
    }

    /**
     * Names the person the history records for the edits from now on: the user name of the settings;
     * blank means the computer's user name. Any thread.
     */
    public void recordAs(String name) {
        person = name == null || name.isBlank() ? osUser() : name.strip();
        Workspace open = workspace;
        if (open != null) {
            open.versions().editAs(person);
        }
    }

    /** The person the history records for this session's edits. */
    public String person() {
        return person;
    }

    /** The computer's user name (the default name of the person). */
    public static String osUser() {
        String user = System.getProperty("user.name", "");
        return user == null ? "" : user.strip();
    }

    /** The command line's and tests' session: {@code workspace}, work on the caller's thread. */
    public static Session of(Workspace workspace) {
        Session session = new Session(new CallerThreadTasks());
        session.attach(workspace);
        return session;
    }

    /** Makes {@code opened} the session's workspace. On the I/O thread, or before any work is queued. */
    public void attach(Workspace opened) {
        this.workspace = Objects.requireNonNull(opened, "workspace");
        opened.versions().editAs(person);
        DocumentTexts.use(documentLanguage(opened));
    }

    /** The workspace's {@value DocumentTexts#SETTING}, or null (Chinese) where it cannot be read. */
    private static String documentLanguage(Workspace opened) {
        try {
            return opened.settings().get(DocumentTexts.SETTING).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    // --- queued on the I/O thread; results on the runner's thread ---

    /** Runs {@code work} on the I/O thread; {@code onDone} gets its result, listeners any failure. */
    public <T> void run(String description, UseCase<T> work, Consumer<T> onDone) {
        run(description, work, onDone, this::publishFailure);
    }

    /** As {@link #run(String, UseCase, Consumer)}, with the failure going to {@code onFailure}. */
    public <T> void run(String description, UseCase<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        tasks.run(description, () -> within(work), outcome -> deliver(outcome, onDone), failure(onFailure));
    }

    /**
     * As {@link #run(String, UseCase, Consumer, Consumer)}, for a read nobody asked for (what another
     * client changed): in order with the rest of the work, but not shown as running (no busy indicator).
     */
    public <T> void runQuietly(UseCase<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        tasks.runQuietly(() -> within(work), outcome -> deliver(outcome, onDone), failure(onFailure));
    }

    /** Work that reports how far it got (the status bar's progress bar). */
    public <T> void runWithProgress(String description, ProgressUseCase<T> work, Consumer<T> onDone,
            Consumer<Throwable> onFailure) {
        tasks.runWithProgress(description, progress -> within(s -> work.run(s, progress)),
                outcome -> deliver(outcome, onDone), failure(onFailure));
    }

    /** Does the edit in one transaction and remembers it for undo; {@code then} gets what changed. */
    public void perform(Edit edit, Consumer<Change> then) {
        run(edit.description(), s -> s.apply(edit), then);
    }

    /** Undoes the last edit, if there is one. */
    public void undo(String description) {
        run(description, s -> s.record(s.history.undo(s.workspace())), c -> { });
    }

    /** Does the last undone edit again, if there is one. */
    public void redo(String description) {
        run(description, s -> s.record(s.history.redo(s.workspace())), c -> { });
    }

    /** Closes the workspace after the work already queued; the undo history ends with it. */
    @Override
    public void close() {
        tasks.run("close", () -> {
            if (workspace != null) {
                workspace.close();
                workspace = null;
            }
            return null;
        }, r -> { }, t -> { });
        tasks.shutdown();
    }

    // --- on the I/O thread, inside a use case ---

    /** The open workspace. Only on the I/O thread, from inside a use case. */
    public Workspace workspace() {
        if (workspace == null) {
            throw new IllegalStateException("The workspace is not open.");
        }
        return workspace;
    }

    /** Stores {@code edit} in one transaction and makes it the one to undo. Inside a use case. */
    public Change apply(Edit edit) {
        return record(history.perform(workspace(), edit));
    }

    /** The Undo and Redo menu items' state as of now. Inside a use case. */
    public EditHistory.State editState() {
        return history.state();
    }

    private Change record(Change change) {
        madeByRunningWork.add(change);
        return change;
    }

    private <T> Outcome<T> within(UseCase<T> work) throws Exception {
        madeByRunningWork.clear();
        try {
            T result = work.run(this);
            return new Outcome<>(result, readBack());
        } catch (Exception | Error e) {
            if (madeByRunningWork.isEmpty()) {
                throw e;
            }
            // Edits stored before the failure stay stored (each was its own transaction): the views
            // must still hear of them, or they would show what the workspace no longer holds.
            throw new ChangedThenFailed(readBack(), e);
        } finally {
            madeByRunningWork.clear();
        }
    }

    private List<SessionChange> readBack() {
        List<SessionChange> changes = new ArrayList<>();
        for (Change c : madeByRunningWork) {
            changes.add(new SessionChange(c, listeners.isEmpty() ? null : ReadBack.of(workspace, c), history.state()));
        }
        return changes;
    }

    private Consumer<Throwable> failure(Consumer<Throwable> onFailure) {
        return problem -> {
            if (problem instanceof ChangedThenFailed partial) {
                publish(partial.changes);
                onFailure.accept(partial.getCause());
            } else {
                onFailure.accept(problem);
            }
        };
    }

    private <T> void deliver(Outcome<T> outcome, Consumer<T> onDone) {
        publish(outcome.changes());
        onDone.accept(outcome.result());
    }

    private void publish(List<SessionChange> changes) {
        for (SessionChange c : changes) {
            listeners.forEach(l -> l.changed(c));
        }
    }

    private void publishFailure(Throwable problem) {
        listeners.forEach(l -> l.failed(problem));
    }

    /** A use case that reports progress. */
    @FunctionalInterface
    public interface ProgressUseCase<T> {
        T run(Session session, BackgroundTasks.Progress progress) throws Exception;
    }

    private record Outcome<T>(T result, List<SessionChange> changes) {
    }

    /** A use case that failed after some of its edits were stored: those are published, then the failure told. */
    private static final class ChangedThenFailed extends Exception {
        private final transient List<SessionChange> changes;

        ChangedThenFailed(List<SessionChange> changes, Throwable cause) {
            super(cause);
            this.changes = changes;
        }
    }
}
