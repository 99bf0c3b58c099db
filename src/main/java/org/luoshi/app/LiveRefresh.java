package org.luoshi.app;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.storage.ChangeWatch;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceOfflineException;

/**
 * Keeps a window on a server workspace up to date with what other clients commit, and notices the server
 * going away while the window just sits there. A {@link ChangeWatch} listens on its own connection and
 * thread; each notice (or burst of them) becomes one quiet reading on the session's I/O thread
 * ({@link OthersRead}, no busy indicator), and its result goes into the window as an edit's read-back
 * would — the views keep their scroll, selection, expanded rows, sort and filter. Notices that come
 * while a reading runs make one more reading after it, never a queue of them: an import of 1,000 rows
 * by someone else, or a burst of edits, is read once or twice. A file workspace gets none of this.
 *
 * <p>All methods on the FX thread; the watch's calls are handed over with {@link Platform#runLater}.
 */
final class LiveRefresh implements AutoCloseable {
    private final Session session;
    private final Supplier<Map<Long, Plan>> held;
    private final Consumer<OthersRead> apply;
    private final Consumer<Throwable> failed;
    private final Consumer<WorkspaceOfflineException> lost;
    private final ReadOnlyLongWrapper readings = new ReadOnlyLongWrapper(this, "readings");
    private ChangeWatch watch;
    private Map<Long, String> seen;
    private boolean reading;
    private boolean again;
    private boolean closed;

    /**
     * @param held   the plans the window holds in memory now, by id
     * @param apply  takes a reading into the window
     * @param failed a reading that failed (offline: the server went away)
     * @param lost   the watch's connection broke while the window was idle
     */
    LiveRefresh(Session session, Supplier<Map<Long, Plan>> held, Consumer<OthersRead> apply,
            Consumer<Throwable> failed, Consumer<WorkspaceOfflineException> lost) {
        this.session = session;
        this.held = held;
        this.apply = apply;
        this.failed = failed;
        this.lost = lost;
    }

    /**
     * Starts watching {@code ws} (a new connection and thread; nothing for a file), comparing later
     * readings with {@code stamps} (the plan stamps read with the first screen; null if none).
     */
    void start(Workspace ws, Map<Long, String> stamps) {
        if (closed || !ws.onServer()) {
            return;
        }
        stop();
        if (stamps != null) {
            seen = stamps;
        }
        watch = ws.watchOthers(new ChangeWatch.Listener() {
            @Override
            public void listening() {
                // What was committed between the first screen's reading and now had no notice for this window.
                Platform.runLater(LiveRefresh.this::othersChanged);
            }

            @Override
            public void othersChanged(int commits) {
                Platform.runLater(LiveRefresh.this::othersChanged);
            }

            @Override
            public void lost(WorkspaceOfflineException why) {
                Platform.runLater(() -> {
                    if (!closed) {
                        watch = null;
                        lost.accept(why);
                    }
                });
            }
        });
    }

    /** Another client committed: one reading now, or one more after the one running. */
    void othersChanged() {
        if (closed) {
            return;
        }
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        again = false;
        session.runQuietly(OthersRead.read(seen, held.get()), r -> {
            reading = false;
            seen = r.stamps();
            if (!closed) {
                apply.accept(r);
                readings.set(readings.get() + 1);
                if (again) {
                    othersChanged();
                }
            }
        }, t -> {
            reading = false;
            if (!closed) {
                failed.accept(t);
            }
        });
    }

    /** Whether a watch is running (a window on a server that is online). */
    boolean watching() {
        return watch != null && watch.running();
    }

    /** How many readings of others' changes went into the window (tests, the benchmark). */
    ReadOnlyLongProperty readingsProperty() {
        return readings.getReadOnlyProperty();
    }

    private void stop() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        stop();
    }
}
