package org.luoshi.importer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.luoshi.i18n.Messages;

/** The checks every reader makes before opening a file: it exists, is a file, is not absurdly large. */
final class FileChecks {
    /** Plans run to tens of kilobytes (Word and PDF to a few megabytes); 20 MB is far beyond any real one. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private FileChecks() {
    }

    static void check(Path file) throws DocumentReadException {
        if (!Files.exists(file)) {
            throw new DocumentReadException(Messages.get("import.error.missing", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentReadException(Messages.get("import.error.notFile", file));
        }
        if (!Files.isReadable(file)) {
            throw new DocumentReadException(Messages.get("import.error.unreadable", file));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new DocumentReadException(Messages.get("import.error.empty", file));
            }
            if (size > MAX_BYTES) {
                throw new DocumentReadException(Messages.get("import.error.tooLarge",
                        size / (1024 * 1024), MAX_BYTES / (1024 * 1024), file));
            }
        } catch (IOException e) {
            throw new DocumentReadException(Messages.get("import.error.unreadable", file), e);
        }
    }

    static byte[] readAll(Path file) throws DocumentReadException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentReadException(Messages.get("import.error.unreadable", file), e);
        }
    }
}
