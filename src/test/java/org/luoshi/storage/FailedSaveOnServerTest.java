package org.luoshi.storage;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** {@link FailedSaveTest} against a workspace on the embedded PostgreSQL server. */
class FailedSaveOnServerTest extends FailedSaveTest {
    private static final ServerDatabases SERVER = new ServerDatabases();

    @AfterEach
    void testDone() {
        SERVER.testDone();
    }

    @Override
    Workspace open(Path file, Clock clock) {
        return SERVER.open(file, clock);
    }

    @Override
    boolean onServer() {
        return true;
    }
}
