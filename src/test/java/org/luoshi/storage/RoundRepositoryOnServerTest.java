package org.luoshi.storage;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** {@link RoundRepositoryTest} against a workspace on the embedded PostgreSQL server. */
class RoundRepositoryOnServerTest extends RoundRepositoryTest {
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

    /** On the server the copy is {@code workspace copy}: a database of its own, checked by counts and checksums. */
    @Override
    void copyWhole(Path file, Path copy) {
        SERVER.open(copy, Clock.systemUTC()).close(); // made and emptied for this test
        CopyReport report = Workspace.copy(SERVER.location(file), SERVER.location(copy));
        org.assertj.core.api.Assertions.assertThat(report.rows()).isPositive();
    }
}
