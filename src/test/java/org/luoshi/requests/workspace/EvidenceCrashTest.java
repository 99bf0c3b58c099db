package org.luoshi.requests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.TaskRequest;
import org.luoshi.storage.Workspace;
import org.luoshi.testing.ChildOutput;

/**
 * Kills a process (SIGKILL) while it stores 50 MB evidence files — at a random moment inside the storing of
 * one — and checks after each kill that the workspace opens, is sound, and holds every request the process
 * had seen committed, each with its whole file (every byte, as its SHA-256 says), and no stored content
 * without a request: all of a file or none of it. The same workspace takes several kills in a row.
 */
class EvidenceCrashTest {
    private static final int KILLS = 3;
    private static final long GIVE_UP_MILLIS = 90_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // a backstop; the waits below fail sooner
    void killingTheStoringOfA50MegabyteFileLeavesAllOfItOrNone() throws Exception {
        Path file = dir.resolve("workspace.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.plans().save(SamplePlanFixture.plan());
        }
        Random random = new Random(20261207);
        int committed = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            committed += runAndKill(file, kill, random.nextDouble());
            try (Workspace ws = Workspace.open(file)) {
                assertThat(ws.check().isSound()).as("after kill " + kill + ": " + ws.check()).isTrue();
                List<TaskRequest> requests = ws.requests().ofPlan(ws.plans().list().get(0).id());
                assertThat(requests.size()).as("after kill " + kill).isGreaterThanOrEqualTo(committed);
                long[] totals = ws.requests().evidenceTotals();
                assertThat(totals[0]).as("no content without its request, after kill " + kill).isEqualTo(requests.size());
                assertThat(totals[1]).isEqualTo((long) requests.size() * StoreEvidenceLoopMain.SIZE);
                for (TaskRequest r : requests) {
                    EvidenceFile f = r.evidence().get(0);
                    assertThat(f.size()).isEqualTo(StoreEvidenceLoopMain.SIZE);
                    MessageDigest d = MessageDigest.getInstance("SHA-256");
                    try (OutputStream o = new DigestOutputStream(OutputStream.nullOutputStream(), d)) {
                        ws.requests().copyEvidence(f.sha256(), o); // also checks the hash itself
                    }
                    assertThat(HexFormat.of().formatHex(d.digest())).isEqualTo(f.sha256());
                }
                committed = requests.size();
            }
        }
        assertThat(committed).as("some files were stored whole between the kills").isPositive();
    }

    /** Starts the child, lets it store one file whole, then kills it {@code fraction} of a store into the next. */
    private int runAndKill(Path file, int seed, double fraction) throws Exception {
        Path childErrors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StoreEvidenceLoopMain.class.getName(), file.toString(), dir.toString(), String.valueOf(seed))
                .redirectError(childErrors.toFile()).start();
        int stored = 0;
        try {
            BlockingQueue<String> lines = ChildOutput.linesOf(child, "evidence-loop-stdout");
            long giveUpAt = System.currentTimeMillis() + GIVE_UP_MILLIS;
            long storingSince = 0;
            long oneStoreMillis = 0;
            while (true) {
                String line = lines.poll(Math.max(1, giveUpAt - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                if (line == null || line.equals(ChildOutput.END)) {
                    fail("The child " + (line == null ? "stalled" : "ended") + " after " + stored
                            + " files. Child stderr:\n" + Files.readString(childErrors));
                }
                if (line.startsWith("stored ")) {
                    oneStoreMillis = (System.nanoTime() - storingSince) / 1_000_000;
                    stored++;
                } else if (line.startsWith("storing ")) {
                    storingSince = System.nanoTime();
                    if (stored >= 1) {
                        break; // the second file's transaction is starting now
                    }
                }
            }
            Thread.sleep((long) (fraction * oneStoreMillis));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended after kill").isTrue();
            for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.equals(ChildOutput.END);
                    line = lines.poll(10, TimeUnit.SECONDS)) {
                stored = line.startsWith("stored ") ? stored + 1 : stored;
            }
        } finally {
            child.destroyForcibly();
        }
        return stored;
    }
}
