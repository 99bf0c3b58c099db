package org.luoshi.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A child process's stdout read line by line on a daemon thread, so that a test waiting for
 * the child's reports never blocks on the pipe — and keeps reading when the test kills it.
 */
public final class ChildOutput {
    /** Put after the last line: the child ended or was killed. */
    public static final String END = "\u0000end";

    private ChildOutput() {
    }

    /** The lines of {@code child}'s stdout as they come, ending with {@link #END}. */
    public static BlockingQueue<String> linesOf(Process child, String threadName) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The pipe breaks when the child is killed: that is the end of its output.
            } finally {
                lines.add(END);
            }
        }, threadName);
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
