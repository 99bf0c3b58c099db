package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** After the window closes, threads a library left running are found (and fail a smoke test). */
class AppExitTest {
    @Test
    void aNonDaemonThreadStillRunningIsFoundAndOneThatEndsIsNot() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread stuck = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stuck-worker");
        stuck.start();
        try {
            assertThat(AppExit.lingeringThreads(50)).contains(stuck);
        } finally {
            release.countDown();
        }
        stuck.join();
        assertThat(AppExit.lingeringThreads(50)).doesNotContain(stuck);
    }

    @Test
    void daemonThreadsDoNotCount() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread daemon = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "daemon-worker");
        daemon.setDaemon(true);
        daemon.start();
        try {
            assertThat(AppExit.lingeringThreads(50)).doesNotContain(daemon);
        } finally {
            release.countDown();
        }
    }

    @Test
    void leftoverThreadsAreNamedAndFailOnlyAStrictRun() {
        Thread leaky = new Thread(() -> { }, "leaky-timer");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(AppExit.exitCode(List.of(leaky), true, 0, print)).isEqualTo(AppExit.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("Threads still running after the window closed: leaky-timer" + System.lineSeparator());
        assertThat(AppExit.exitCode(List.of(leaky), false, 0, print)).isZero();
        assertThat(AppExit.exitCode(List.of(), true, 0, print)).isZero();
        assertThat(AppExit.exitCode(List.of(), true, AppExit.FAILED, print)).isEqualTo(AppExit.FAILED);
    }
}
