package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.PlanSummary;
import org.luoshi.storage.Workspace;
import org.luoshi.testing.ChildOutput;

/**
 * Kills a process (SIGKILL) while it imports a large plan document over and over — at random
 * moments, so some kills land inside an import's transaction — then checks after each kill that the
 * workspace is sound, holds every import the process had seen committed, and holds no plan half
 * stored: each plan has every task of the document or is not there at all. The same workspace takes
 * several kills in a row, as a laptop that loses power twice would.
 */
class ImportCrashTest {
    private static final int KILLS = 4;
    private static final long GIVE_UP_MILLIS = 60_000;
    private static final String END = ChildOutput.END;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS) // a backstop; the waits below fail sooner
    void killingAnImportAtAnyMomentLeavesWholePlansOnly() throws Exception {
        Path file = dir.resolve("workspace.db");
        Path document = bigDocument(dir.resolve("big-plan.txt"));
        int tasksPerPlan = ImportDocument.read(document).parsed().plan().tasks().size();
        assertThat(tasksPerPlan).as("a document large enough that its transaction takes a while").isGreaterThan(1000);
        Random random = new Random(20261207);
        int committedSoFar = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            int reported = runAndKill(file, document, 2 + random.nextInt(2), random.nextDouble());
            committedSoFar += reported;
            try (Workspace ws = Workspace.open(file)) {
                assertThat(ws.integrityCheck()).as("after kill " + kill).isEqualTo("ok");
                List<PlanSummary> plans = ws.plans().list();
                // Imports the child finished after its last report reached us may be there too.
                assertThat(plans.size()).as("after kill " + kill).isGreaterThanOrEqualTo(committedSoFar);
                for (PlanSummary p : plans) {
                    assertThat(ws.plans().load(p.id()).orElseThrow().tasks())
                            .as("plan %d after kill %d: whole or absent", p.id(), kill).hasSize(tasksPerPlan);
                }
                committedSoFar = plans.size();
            }
        }
    }

    /**
     * Starts the importer, waits for {@code imports} reported imports, then kills it {@code fraction}
     * of one import's time later: inside the next import's transaction, mostly.
     */
    private int runAndKill(Path file, Path document, int imports, double fraction) throws Exception {
        Path childErrors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ImportLoopMain.class.getName(), file.toString(), document.toString())
                .redirectError(childErrors.toFile()).start();
        int reported = 0;
        long previousAt = 0;
        long oneImportMillis = 0;
        try {
            BlockingQueue<String> lines = ChildOutput.linesOf(child, "import-loop-stdout");
            long giveUpAt = System.currentTimeMillis() + GIVE_UP_MILLIS;
            while (reported < imports) {
                String line = lines.poll(Math.max(1, giveUpAt - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                if (line == null || line.equals(END)) {
                    fail("Only " + reported + " imports before the child " + (line == null ? "stalled" : "ended")
                            + ". Child stderr:\n" + Files.readString(childErrors));
                }
                if (line.startsWith("imported ")) {
                    long now = System.nanoTime();
                    oneImportMillis = reported == 0 ? 0 : (now - previousAt) / 1_000_000;
                    previousAt = now;
                    reported++;
                }
            }
            Thread.sleep((long) (fraction * oneImportMillis));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended after kill").isTrue();
            for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.equals(END);
                    line = lines.poll(10, TimeUnit.SECONDS)) {
                reported = line.startsWith("imported ") ? reported + 1 : reported;
            }
        } finally {
            child.destroyForcibly();
        }
        return reported;
    }

    /** The sample plan's body repeated until it holds well over a thousand tasks, renumbered. */
    private static Path bigDocument(Path target) throws IOException {
        String sample = Corpus.text("shanxi-2023-1");
        StringBuilder text = new StringBuilder(sample);
        int start = sample.indexOf("一、");
        String body = start >= 0 ? sample.substring(start) : sample;
        for (int copy = 0; copy < 30; copy++) {
            text.append('\n').append(body);
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
        return target;
    }
}
