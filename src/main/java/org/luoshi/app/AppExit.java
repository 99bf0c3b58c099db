package org.luoshi.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the window process ends. Once the window has closed (and the workspace with it) the process
 * exits, whatever threads a library left running, so closing the app never leaves a process
 * behind. In a smoke test such a thread is reported and fails the run, so the leak gets fixed.
 */
final class AppExit {
    /** Exit code of a smoke test that failed, or of a start refused because the workspace is in use. */
    static final int FAILED = 1;

    private static volatile int status;
    private static volatile boolean strict;

    private AppExit() {
    }

    /** The run failed: the process will exit with {@link #FAILED}. */
    static void failed() {
        status = FAILED;
    }

    /** Leftover threads at exit fail the run (smoke test). */
    static void strict() {
        strict = true;
    }

    /** Exit code for the process after the window closed; waits briefly for threads still ending. */
    static int afterWindowClosed(PrintStream err) {
        return exitCode(lingeringThreads(TimeUnit.SECONDS.toMillis(3)), strict, status, err);
    }

    /** {@code status}, unless threads are {@code left} in a strict run; names them on {@code err}. */
    static int exitCode(List<Thread> left, boolean strict, int status, PrintStream err) {
        if (left.isEmpty()) {
            return status;
        }
        List<String> names = new ArrayList<>();
        left.forEach(t -> names.add(t.getName()));
        err.println("Threads still running after the window closed: " + String.join(", ", names));
        return strict ? FAILED : status;
    }

    /** Live non-daemon threads other than the caller, after giving each up to the time left to end. */
    static List<Thread> lingeringThreads(long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        List<Thread> left = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t == Thread.currentThread() || t.isDaemon() || "DestroyJavaVM".equals(t.getName())) {
                continue;
            }
            try {
                t.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (t.isAlive()) {
                left.add(t);
            }
        }
        return left;
    }
}
