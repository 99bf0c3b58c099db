package org.luoshi.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A real full disk for tests: a tmpfs of a few kilobytes mounted on a folder, where the operating
 * system allows it (Linux, with the right to mount: root in a container, say). Elsewhere the test
 * is skipped through an assumption; the tests that need a full disk everywhere use a writer that
 * throws {@code IOException("No space left on device")} instead. Close to unmount.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** A tmpfs of {@code kilobytes} on a new folder under {@code parent}; skips the test if it cannot be had. */
    public static SmallDisk mount(Path parent, int kilobytes) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"),
                "tmpfs is Linux's");
        assumeTrue(Files.isExecutable(Path.of("/bin/mount")) || Files.isExecutable(Path.of("/usr/bin/mount")),
                "no mount command");
        Path folder = Files.createDirectory(parent.resolve("small-disk"));
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString());
        assumeTrue(code == 0, "this system does not let the tests mount a tmpfs");
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", folder.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
