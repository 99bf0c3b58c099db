package org.luoshi.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LockHolderMain} in a JVM of its own, holding a workspace's lock as a window (or a command)
 * of another process would. Closing it kills the process.
 */
public final class LockHolder implements AutoCloseable {
    private final Process process;
    private final String firstLine;

    private LockHolder(Process process, String firstLine) {
        this.process = process;
        this.firstLine = firstLine;
    }

    /**
     * Starts the other process on {@code workspace} and waits until it says whether it holds the lock.
     *
     * @param holder nothing for a window, or {@code "command", "import"} for a command
     */
    public static LockHolder start(Path workspace, String... holder) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), workspace.toString()));
        cmd.addAll(List.of(holder));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        return new LockHolder(p, line);
    }

    /** Whether the other process holds the lock ("locked"), rather than found it held ("in use"). */
    public boolean holds() {
        return "locked".equals(firstLine);
    }

    public String said() {
        return firstLine;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no close, no shutdown hook; the system drops the lock. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
