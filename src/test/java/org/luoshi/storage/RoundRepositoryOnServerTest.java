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

    /**
     * Recovery reads a damaged file page by page: there is no such thing on a server, which keeps
     * its own pages. (The copy of a server workspace is {@code workspace copy}.)
     */
    @Override
    void aReplacedFormIsKeptAndRecoveryCopiesBothWithTheirOrder() {
    }
}
