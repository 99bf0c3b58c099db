package org.luoshi.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The databases of one test class on the embedded server: one per file name the tests use, made on
 * first use and emptied (every table truncated, ids restarted) at a test's first open of it, so each test
 * starts, as with a new file, from an empty workspace.
 */
final class ServerDatabases {

    private final Map<String, ServerAddress> databases = new LinkedHashMap<>();
    private final Map<String, Boolean> usedInThisTest = new LinkedHashMap<>();

    /** Call after each test: the next test's first open of a name empties its database. */
    synchronized void testDone() {
        usedInThisTest.clear();
    }

    synchronized Workspace open(Path file, Clock clock) {
        String name = file.getFileName().toString();
        ServerAddress address = databases.computeIfAbsent(name, n -> EmbeddedServer.freshDatabase());
        if (usedInThisTest.put(name, true) == null) {
            truncate(address);
        }
        return Workspace.openServer(address, null, clock);
    }

    private static void truncate(ServerAddress address) {
        EmbeddedServer.sql(address.database(), """
                DO $$
                DECLARE t text;
                BEGIN
                    SELECT string_agg(quote_ident(tablename), ', ') INTO t FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename <> 'luoshi_schema';
                    IF t IS NOT NULL THEN
                        EXECUTE 'TRUNCATE ' || t || ' RESTART IDENTITY CASCADE';
                    END IF;
                END $$""");
    }

    /** The address of the database that stands for {@code file} (made if needed), as {@code workspace copy} takes it. */
    synchronized String location(Path file) {
        return databases.computeIfAbsent(file.getFileName().toString(), n -> EmbeddedServer.freshDatabase()).url();
    }
}
