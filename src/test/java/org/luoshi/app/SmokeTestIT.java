package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceLock;

/**
 * {@code --smoke-test} in a process of its own, as CI runs it on the packaged app: here on the
 * headless Monocle toolkit, so no display is needed. Exit 0 also means no non-daemon thread was
 * left running once the window had closed (the smoke test fails the run otherwise).
 */
class SmokeTestIT {
    @TempDir
    Path dir;

    @Test
    void opensTheWorkspaceShowsTheSamplePlanAndExitsCleanly() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        Run r = launch("--smoke-test", "--workspace", workspace.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("smoke-test ok: plans=1 tasks=47").containsPattern("shownAt=\\d{13} ");
        assertThat(r.err).doesNotContain("Threads still running");
        // The workspace is closed and unlocked: another window could open it now.
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace); Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.plans().list()).hasSize(1);
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aWorkspaceOpenInAnotherWindowIsRefusedWithAMessageAndExitOne() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (WorkspaceLock other = WorkspaceLock.acquire(workspace)) {
            Run r = launch("--smoke-test", "--workspace", workspace.toString());
            assertThat(r.code).isEqualTo(AppExit.FAILED);
            assertThat(r.err).contains("The workspace " + workspace + " is already open in another Luoshi window.");
            assertThat(r.out).doesNotContain("smoke-test ok");
        }
        assertThat(workspace).as("never opened, never created").doesNotExist();
    }

    @Test
    void theTrainingRunStaysUntilTheWorkspaceIsIndexedAndPrintsOnce() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        Run r = launch(List.of("-D" + SmokeTest.SETTLE_PROPERTY + "=1"), "--smoke-test", "--workspace",
                workspace.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out.split("smoke-test ok", -1)).hasSize(2);
        assertThat(r.err).doesNotContain("Threads still running");
    }

    private Run launch(String... args) throws Exception {
        return launch(List.of(), args);
    }

    private Run launch(List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-Duser.country=US",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvmOptions);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the app did not exit: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
