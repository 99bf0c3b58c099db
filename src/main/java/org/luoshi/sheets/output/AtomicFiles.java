package org.luoshi.sheets.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it, moved into place when complete, so that a
 * failed or interrupted save never leaves a truncated file under the real name.
 */
public final class AtomicFiles {

    /** Writes the temporary file. */
    @FunctionalInterface
    public interface Writing {
        void to(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".luoshi-", ".part");
        try {
            writing.to(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
