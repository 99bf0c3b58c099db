package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceLock;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two processes on one workspace, as when an official double-clicks the icon twice: the second
 * start hands over to the open window and ends at once; the workspace stays whole.
 */
class SecondStartIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSecondStartBringsTheOpenWindowForwardAndEnds() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (Workspace ws = Workspace.open(workspace)) {
            SamplePlan.seedIfEmpty(ws); // so the windows find a plan whenever they are stopped
        }
        Process first = start(dir.resolve("first"), "--workspace", workspace.toString());
        try {
            Path window = FirstWindow.fileOf(workspace);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(window) || !first.isAlive());
            assertThat(window).as("the first window listens for second starts").exists();

            Process second = start(dir.resolve("second"), "--workspace", workspace.toString());
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("second start ended").isTrue();
            assertThat(second.exitValue()).isZero();
            assertThat(Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8))
                    .as("no refusal: the first window answered").doesNotContain("already open");
            assertThat(first.isAlive()).as("the first window is still open").isTrue();
        } finally {
            first.destroy(); // like closing the session: shutdown hooks run, the OS drops the lock
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace); Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.plans().list()).hasSize(1);
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
    }

    private Process start(Path output, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-Duser.country=US",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectOutput(Path.of(output + ".out").toFile())
                .redirectError(Path.of(output + ".err").toFile()).start();
    }
}
