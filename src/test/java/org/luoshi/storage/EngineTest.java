package org.luoshi.storage;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A test that runs against both engines: as written it opens SQLite files; its subclass
 * {@code …OnServerTest} overrides {@link #open(Path, Clock)} to open, for each file name the test
 * uses, a database of its own on the embedded PostgreSQL server ({@link ServerDatabases}), emptied
 * before each test. Reopening the same name reopens the same database, as reopening a file does.
 */
abstract class EngineTest {

    /** Opens the workspace the test calls {@code file}. */
    Workspace open(Path file) {
        return open(file, Clock.systemUTC());
    }

    Workspace open(Path file, Clock clock) {
        return Workspace.open(file, clock);
    }

    /** Whether this run is on the server (for the few lines that look at a file itself). */
    boolean onServer() {
        return false;
    }
}
