package org.luoshi.app;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * The window's connection to its server while the server is away: every few seconds, on a thread of
 * its own (never the FX thread, never a busy loop), it tries to connect again; the first answer puts
 * the new connection into the session, on its I/O thread, and the window reads everything again. The
 * password typed in the connect dialog is kept in memory for that only, and wiped when the window closes.
 */
final class ServerLink implements AutoCloseable {
    /** How long between two tries. */
    static final Duration EVERY = Duration.ofSeconds(5);
    /** The time between tries the window uses ({@link #EVERY}; tests make it shorter). */
    static volatile Duration every = EVERY;

    private final ServerAddress address;
    private final MainViewModel model;
    private final Duration interval;
    private char[] password;
    private ScheduledExecutorService retries;
    private ScheduledFuture<?> trying;
    private volatile boolean closed;

    ServerLink(ServerAddress address, char[] password, MainViewModel model, Duration every) {
        this.address = address;
        this.password = password == null ? null : password.clone();
        this.model = model;
        this.interval = every;
    }

    /** The server went away: tries again every {@link #EVERY} until it answers. FX thread. */
    void lost() {
        if (closed || trying != null) {
            return;
        }
        if (retries == null) {
            retries = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "luoshi-reconnect");
                t.setDaemon(true);
                return t;
            });
        }
        trying = retries.scheduleWithFixedDelay(this::tryOnce, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** On the retry thread: one try; on an answer, the retries stop and the session takes the connection. */
    private void tryOnce() {
        Workspace ws;
        try {
            char[] copy = password == null ? null : password.clone();
            try {
                ws = Workspace.openServer(address, copy);
            } finally {
                if (copy != null) {
                    Arrays.fill(copy, '\0');
                }
            }
        } catch (RuntimeException stillAway) {
            return;
        }
        trying.cancel(false);
        Platform.runLater(() -> back(ws));
    }

    private void back(Workspace ws) {
        trying = null;
        if (closed) {
            ws.close();
            return;
        }
        model.session().run(Messages.get("app.offline.reconnecting"), s -> {
            Workspace old = s.workspace();
            s.attach(ws);
            try {
                old.close();
            } catch (RuntimeException gone) {
                // its connection is dead already
            }
            return null;
        }, done -> model.backOnline(ws), model::failed);
    }

    /** Whether tries are going on. */
    boolean retrying() {
        return trying != null;
    }

    @Override
    public void close() {
        closed = true;
        if (retries != null) {
            retries.shutdownNow();
        }
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
