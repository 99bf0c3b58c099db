package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check of a workspace holding evidence (issue 17): above 64 MB of evidence the content is left out of
 * the check but every chunk is still counted and measured; and a file killed in the middle of a checkpoint
 * (its header already saying how many pages it will have) is not taken for a file cut short while its
 * write-ahead log holds those pages.
 */
class EvidenceCheckTest {
    @TempDir
    Path dir;

    private Path randomFile(String name, int megabytes, long seed) throws Exception {
        byte[] b = new byte[megabytes * 1024 * 1024];
        new Random(seed).nextBytes(b);
        return Files.write(dir.resolve(name), b);
    }

    @Test
    void withMuchEvidenceAMissingChunkIsStillFound() throws Exception {
        Path file = dir.resolve("ws.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.requests().storeEvidence("a.bin", randomFile("a.bin", 40, 1));
            ws.requests().storeEvidence("b.bin", randomFile("b.bin", 30, 2));
            assertThat(ws.requests().evidenceTotals()).containsExactly(2, 70L * 1024 * 1024);
        }
        assertThat(Workspace.check(file).isSound()).isTrue();
        // Behind Luoshi's back (Luoshi itself would refuse to commit a change that leaves a file damaged).
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM evidence_chunk WHERE n = 7 AND evidence_id = (SELECT min(id) FROM evidence)");
        }
        WorkspaceCheck check = Workspace.check(file);
        assertThat(check.isDamaged()).isTrue();
        assertThat(check.problems()).singleElement().asString()
                .isEqualTo("evidence 1 should have 40 chunks of 41943040 bytes in all, but has 39 of 40894464");
    }

    @Test
    void aFileKilledInTheMiddleOfACheckpointIsNotCutShortWhileItsLogHoldsThePages() throws Exception {
        Path file = dir.resolve("ws.db");
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve("ws.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.database().inTransaction("no checkpoints", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_autocheckpoint = 0");
                }
                return null;
            });
            ws.requests().storeEvidence("a.bin", randomFile("a.bin", 3, 3));
            // The committed state is all in the log; the file has not grown yet.
            Files.copy(file, copy);
            Files.copy(Path.of(file + "-wal"), Path.of(copy + "-wal"));
        }
        long pagesInFile;
        try (FileChannel db = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileChannel wal = FileChannel.open(Path.of(copy + "-wal"), StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(32);
            wal.read(header, 0);
            int pageSize = header.getInt(8);
            pagesInFile = db.size() / pageSize;
            // The checkpoint's first write: the log's last page 1 (with the new page count) over the file's.
            ByteBuffer page1 = null;
            for (long at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize) {
                ByteBuffer frame = ByteBuffer.allocate(24);
                wal.read(frame, at);
                if (frame.getInt(0) == 1) {
                    page1 = ByteBuffer.allocate(pageSize);
                    wal.read(page1, at + 24);
                }
            }
            assertThat(page1).isNotNull();
            page1.flip();
            db.write(page1, 0);
            ByteBuffer count = ByteBuffer.allocate(4);
            db.read(count, 28);
            assertThat(count.getInt(0)).as("the header now promises more pages than the file has")
                    .isGreaterThan((int) pagesInFile);
        }
        assertThat(DamageCheck.cutShort(copy)).isEmpty();
        Files.delete(Path.of(copy + "-wal"));
        assertThat(DamageCheck.cutShort(copy)).get().asString().contains("it was cut short");
    }
}
