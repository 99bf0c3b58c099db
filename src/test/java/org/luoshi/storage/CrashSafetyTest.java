package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.testing.ChildOutput;

/**
 * Kills a process (SIGKILL on Linux) while it is committing edit after edit, then checks the file
 * is sound and holds every edit the process had seen committed. This is the promise behind "edits
 * are saved as they happen". (A process kill leaves the OS cache intact; surviving a power cut
 * rests on synchronous=FULL and the disk honouring fsync, which a test cannot show.)
 */
class CrashSafetyTest {

    private static final int COMMITS_BEFORE_KILL = 200;
    private static final long GIVE_UP_MILLIS = 60_000;
    private static final String END = ChildOutput.END;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS) // a backstop; the waits below fail sooner
    void killingTheWriterMidStreamLosesNoCommittedEdit() throws Exception {
        Path file = dir.resolve("workspace.db");
        Path childErrors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", // starts faster; speed of the loop hardly matters
                "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), file.toString())
                .redirectError(childErrors.toFile())
                .start();
        int reported = 0;
        try {
            BlockingQueue<String> lines = ChildOutput.linesOf(child, "crash-writer-stdout");
            long giveUpAt = System.currentTimeMillis() + GIVE_UP_MILLIS;
            while (reported < COMMITS_BEFORE_KILL) {
                String line = lines.poll(Math.max(1, giveUpAt - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                if (line == null) {
                    fail("Only " + reported + " commits within " + GIVE_UP_MILLIS + " ms. Child stderr:\n"
                            + Files.readString(childErrors));
                }
                if (line.equals(END)) {
                    fail("The writer stopped by itself after " + reported + " commits. Child stderr:\n"
                            + Files.readString(childErrors));
                }
                reported = committedNumber(line, reported);
            }

            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close(), mid-transaction
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended after kill").isTrue();
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();

            // Lines already in the pipe before the kill are commits too.
            for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.equals(END);
                    line = lines.poll(10, TimeUnit.SECONDS)) {
                reported = committedNumber(line, reported);
            }
        } finally {
            child.destroyForcibly();
        }

        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.integrityCheck()).isEqualTo("ok");
            List<PlanSummary> plans = ws.plans().list();
            assertThat(plans).hasSize(1);
            Plan plan = ws.plans().load(plans.get(0).id()).orElseThrow();
            Task task = plan.tasks().get(0);
            List<Integer> stored = task.progress().stream()
                    .map(ProgressEntry::text)
                    .map(text -> Integer.parseInt(text.substring("entry ".length())))
                    .sorted()
                    .toList();
            // Every reported commit is there, and there are no gaps (no transaction half applied,
            // none lost in the middle). Commits the child made after its last report reached us
            // may be there too: how many depends on pipe timing, not on the workspace (a CI run
            // once saw two), so only the lower bound is a property of crash safety.
            assertThat(stored.size()).isGreaterThanOrEqualTo(reported);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(stored.get(i)).isEqualTo(i + 1);
            }
        }
    }

    private static int committedNumber(String line, int previous) {
        if (!line.startsWith("committed ")) {
            return previous;
        }
        int n = Integer.parseInt(line.substring("committed ".length()).strip());
        assertThat(n).as("commits are reported in order").isEqualTo(previous + 1);
        return n;
    }
}
