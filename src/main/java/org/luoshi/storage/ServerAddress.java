package org.luoshi.storage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a workspace on a PostgreSQL server is: host, port, database, role and the connection
 * options passed through (sslmode, sslrootcert, …), read from a libpq connection URI
 * ({@code postgresql://user@host:5432/db?sslmode=require}). A password never comes in here: it is
 * kept in {@code ~/.pgpass} (or {@code PGPASSFILE}) as PostgreSQL's own tools do, or typed each
 * time; {@link #display()} is what may be shown, logged or remembered.
 *
 * @param host     the server's host name or address ({@code localhost} when the URI names none)
 * @param port     the port ({@code 5432} when the URI names none)
 * @param database the database ({@code user} when the URI names none, as libpq does)
 * @param user     the role to log in as (the system user's name when the URI names none)
 * @param options  the other URI parameters, in the order given (never a password)
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> options) {

    /** PostgreSQL's port when none is named. */
    public static final int DEFAULT_PORT = 5432;

    /** Options that hold a secret: refused in a URI, never shown. */
    private static final java.util.Set<String> SECRET_OPTIONS = java.util.Set.of("password", "sslpassword");

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (host.isBlank() || database.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("host, database and user must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        options = Map.copyOf(new LinkedHashMap<>(options == null ? Map.of() : options));
        for (String key : options.keySet()) {
            if (SECRET_OPTIONS.contains(key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(passwordRefused());
            }
        }
    }

    /** Whether {@code text} names a server workspace ({@code postgresql://} or {@code postgres://}) rather than a file. */
    public static boolean isServerLocation(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /**
     * Reads a libpq connection URI: {@code postgresql://[user@][host][:port][/database][?name=value&…]}.
     * {@code user}, {@code host}, {@code port} and {@code dbname} may also come as parameters.
     *
     * @throws WorkspaceException with one sentence to show if it is no such URI, or holds a password
     *                            (which belongs in {@code ~/.pgpass})
     */
    public static ServerAddress parse(String url) {
        if (!isServerLocation(url)) {
            throw new WorkspaceException("Not a PostgreSQL address (postgresql://host/database?user=NAME): " + url);
        }
        String text = url.strip();
        String rest = text.substring(text.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            if (userInfo.indexOf(':') >= 0) {
                throw new WorkspaceException(passwordRefused());
            }
            user = decode(userInfo, url);
        }
        String host = null;
        Integer port = null;
        if (rest.startsWith("[")) { // [::1]:5432
            int close = rest.indexOf(']');
            if (close < 0) {
                throw bad(url);
            }
            host = rest.substring(1, close);
            rest = rest.substring(close + 1);
            if (rest.startsWith(":")) {
                port = port(rest.substring(1), url);
            } else if (!rest.isEmpty()) {
                throw bad(url);
            }
        } else {
            if (rest.indexOf(',') >= 0) {
                throw new WorkspaceException("Luoshi connects to one server; the address names several: "
                        + redacted(url));
            }
            int colon = rest.lastIndexOf(':');
            if (colon >= 0) {
                port = port(rest.substring(colon + 1), url);
                rest = rest.substring(0, colon);
            }
            host = decode(rest, url);
        }
        String database = decode(path, url);
        Map<String, String> options = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq), url);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), url);
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "password", "sslpassword" -> throw new WorkspaceException(passwordRefused());
                    case "user" -> user = value;
                    case "host" -> host = value;
                    case "port" -> port = port(value, url);
                    case "dbname" -> database = value;
                    default -> options.put(key, value);
                }
            }
        }
        if (host == null || host.isBlank()) {
            host = "localhost";
        }
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name", "postgres");
        }
        if (database == null || database.isBlank()) {
            database = user;
        }
        return new ServerAddress(host, port == null ? DEFAULT_PORT : port, database, user, options);
    }

    /** The address to show, log or remember: {@code postgresql://user@host:5432/db}, never a password. */
    public String display() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "postgresql://" + user + "@" + h + ":" + port + "/" + database;
    }

    /** {@link #display()} with the options: what the command line and the recent list keep. */
    public String url() {
        if (options.isEmpty()) {
            return display();
        }
        return display() + "?" + options.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** The PostgreSQL JDBC address (no user, no password: those go as properties). */
    String jdbcUrl() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return display();
    }

    static String passwordRefused() {
        return "A password does not belong in the address: put it in ~/.pgpass (or the file PGPASSFILE names),"
                + " one line host:port:database:user:password, readable by you only (chmod 600),"
                + " or leave it out and type it when asked.";
    }

    private static int port(String text, String url) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65_535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new WorkspaceException("The port " + text + " in " + redacted(url) + " is not a port number.");
    }

    private static String decode(String s, String url) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(url);
        }
    }

    private static WorkspaceException bad(String url) {
        return new WorkspaceException("Not a PostgreSQL address (postgresql://host/database?user=NAME): "
                + redacted(url));
    }

    /** The URI with anything between "://" and "@" cut out, in case it holds a password. */
    static String redacted(String url) {
        return url.replaceAll("(?<=://)[^@/?]*@", "…@").replaceAll("(?i)(password=)[^&]*", "$1…");
    }
}
