package org.luoshi.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Connecting to a PostgreSQL server, and saying in one sentence what went wrong there. Passwords
 * come from the caller or {@link PgPass}; they go to the driver only and are never put in a message.
 */
final class ServerConnections {

    /** libpq's names of options the PostgreSQL JDBC driver spells otherwise. */
    private static final Map<String, String> DRIVER_NAMES = Map.of(
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName",
            "target_session_attrs", "targetServerType");

    private ServerConnections() {
    }

    static Connection connect(ServerAddress address, char[] password) {
        char[] pass = password;
        boolean fromFile = false;
        if (pass == null) {
            pass = PgPass.lookup(address).orElse(null);
            fromFile = pass != null;
        }
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (pass != null) {
            props.setProperty("password", new String(pass));
        }
        props.setProperty("ApplicationName", "Luoshi");
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        // Text parameters are typed by the server from where they go (an id compared with a text
        // parameter, a date column set from text), as SQLite takes them.
        props.setProperty("stringtype", "unspecified");
        props.setProperty("sslmode", "prefer");
        // A batch of inserts (workspace copy) goes as multi-row INSERTs: a few round trips, not one per row.
        props.setProperty("reWriteBatchedInserts", "true");
        for (Map.Entry<String, String> o : address.options().entrySet()) {
            String key = DRIVER_NAMES.getOrDefault(o.getKey().toLowerCase(Locale.ROOT), o.getKey());
            props.setProperty(key, o.getValue());
        }
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), props);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return c;
        } catch (SQLException e) {
            throw openFailure(address, e, pass != null, fromFile);
        } finally {
            props.remove("password");
            if (fromFile && pass != null) {
                Arrays.fill(pass, '\0');
            }
        }
    }

    private static WorkspaceException openFailure(ServerAddress address, SQLException e, boolean hadPassword,
            boolean fromFile) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if ("28P01".equals(state) || (state.equals("08004") && message.toLowerCase(Locale.ROOT).contains("password"))) {
            return new WorkspacePasswordNeededException(address, hadPassword, null);
        }
        if ("3D000".equals(state)) {
            return new WorkspaceException("There is no database " + address.database() + " on the server "
                    + address.host() + ":" + address.port() + " (" + address.display() + ").", null);
        }
        if (state.startsWith("08") || state.isEmpty()) {
            return new WorkspaceOfflineException("Could not reach the server of " + address.display() + " ("
                    + reason(e) + ").", null);
        }
        return new WorkspaceException("Could not open the workspace " + address.display() + " (" + reason(e) + ").",
                null);
    }

    /** What a failed statement on the server means to the person: read-only, offline, or the server's own words. */
    static WorkspaceException failure(String name, String what, SQLException e, boolean readOnly) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if ("25006".equals(state) || ("42501".equals(state) && readOnly)) {
            return new WorkspaceReadOnlyException(name, e);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new WorkspaceOfflineException("The server of the workspace " + name + " went away while trying to "
                    + what + " (" + reason(e) + "); nothing of it was saved.", e);
        }
        return new WorkspaceException("Could not " + what + " in the workspace " + name + " (" + reason(e) + ").", e);
    }

    /** The server's own sentence, without the driver's prefixes, on one line. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        return m.replaceFirst("^(FATAL|ERROR):\\s*", "").strip();
    }
}
