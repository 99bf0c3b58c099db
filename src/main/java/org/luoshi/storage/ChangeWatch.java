package org.luoshi.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection and a thread of its own, for the commits other clients of a server
 * workspace announce ({@code NOTIFY luoshi_change}, see {@link Workspace#othersChanges()}), and notices
 * when the server goes away while nothing else is happening. The thread sleeps in the driver's
 * {@code getNotifications(timeout)} — blocked on the socket, no polling — and wakes for a notice, or
 * after {@link #HEARTBEAT} of quiet to ask the server one empty question ({@code isValid}): an idle
 * window learns within a few seconds that its server is gone. A broken connection is told once
 * ({@link Listener#lost}) and ends the watch; a new one is started once the server is back.
 *
 * <p>Notices of the workspace's own connection are left out. A file workspace has none of this: its
 * lock keeps other writers out, so {@link Workspace#watchOthers} gives no watch and starts no thread.
 */
public final class ChangeWatch implements AutoCloseable {
    /** How long the watch waits for a notice before it asks whether the server is still there. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** How long the question may take on a network that went silent before the server counts as gone. */
    static final int CHECK_SECONDS = 4;

    /** What the watch tells, on its own thread. */
    public interface Listener {
        /** Listening has begun: commits from now on are told (a change made just before is not). */
        default void listening() {
        }

        /** Other clients committed this many changes (a burst read at once is told once, with its count). */
        void othersChanged(int commits);

        /** The connection broke (the server went away, or ended it); the watch has stopped. */
        void lost(WorkspaceOfflineException why);
    }

    private final ServerAddress server;
    private final String ownClient;
    private final Listener listener;
    private final Duration heartbeat;
    private final Thread thread;
    private char[] password;
    private volatile Connection connection;
    private volatile boolean closed;

    private ChangeWatch(ServerAddress server, char[] password, String ownClient, Listener listener, Duration heartbeat) {
        this.server = server;
        this.password = password == null ? null : password.clone();
        this.ownClient = ownClient;
        this.listener = listener;
        this.heartbeat = heartbeat;
        this.thread = new Thread(this::watch, "luoshi-watch");
        this.thread.setDaemon(true);
    }

    static ChangeWatch start(ServerAddress server, char[] password, String ownClient, Listener listener,
            Duration heartbeat) {
        Objects.requireNonNull(listener, "listener");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive");
        }
        ChangeWatch w = new ChangeWatch(server, password, ownClient, listener, heartbeat);
        w.thread.start();
        return w;
    }

    private void watch() {
        try {
            Connection c = ServerConnections.connect(server, password);
            wipePassword();
            connection = c;
            if (closed) {
                closeQuietly(c);
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + Database.CHANGE_CHANNEL);
            }
            listener.listening();
            PGConnection pg = c.unwrap(PGConnection.class);
            int wait = (int) Math.min(Integer.MAX_VALUE, heartbeat.toMillis());
            while (!closed) {
                PGNotification[] notes = pg.getNotifications(wait);
                if (closed) {
                    return;
                }
                int others = others(notes);
                if (others > 0) {
                    listener.othersChanged(others);
                } else if ((notes == null || notes.length == 0) && !c.isValid(CHECK_SECONDS)) {
                    throw new SQLException("the server does not answer", "08006");
                }
            }
        } catch (WorkspaceOfflineException e) {
            if (!closed) {
                listener.lost(e);
            }
        } catch (SQLException | RuntimeException e) {
            if (!closed) {
                listener.lost(new WorkspaceOfflineException("The server of the workspace " + server.display()
                        + " went away (" + ServerConnections.reason(e) + ").", null));
            }
        } finally {
            wipePassword();
            Connection c = connection;
            if (c != null) {
                closeQuietly(c);
            }
        }
    }

    private int others(PGNotification[] notes) {
        int others = 0;
        if (notes != null) {
            for (PGNotification n : notes) {
                if (Database.CHANGE_CHANNEL.equals(n.getName()) && !n.getParameter().equals(ownClient)) {
                    others++;
                }
            }
        }
        return others;
    }

    private synchronized void wipePassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // going anyway
        }
    }

    /** Whether the watch's thread is still running (tests; a lost or closed watch has ended). */
    public boolean running() {
        return thread.isAlive();
    }

    /**
     * Stops listening: the connection is aborted (its socket closed at once, without waiting for the
     * thread that sleeps on it), which wakes the thread, and the thread ends. Any thread; never blocks.
     */
    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // closed already
            }
        }
        thread.interrupt();
    }
}
