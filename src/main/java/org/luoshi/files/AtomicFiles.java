package org.luoshi.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Every file Luoshi exports (sheets, timeline pictures and PDFs, calendars, plan JSON) is written
 * here: through a temporary file beside the target, moved into place when complete, so a failed or
 * interrupted save never leaves a truncated file under the real name.
 *
 * <p>The temporary file is created as any program creates a file — read and write for everyone,
 * less what the user's umask takes away (0644 under the usual umask 022) — not with the owner-only
 * 0600 of {@link Files#createTempFile}, which the move would carry over to the export. A file that
 * is replaced keeps its own permissions. Its name is short ({@code .luoshi-XXXXXXXX.part}), so it
 * fits wherever the target's name does.
 *
 * <p>A failure is thrown as the {@link IOException} that caused it, even where a library wraps it
 * or swallows it (Apache POI logs "No space left on device" and throws "Failed to save"): the stream
 * handed to the writer remembers the first failure it saw.
 */
public final class AtomicFiles {
    private static final Random RANDOM = new SecureRandom();

    /** Writes the temporary file by its path. */
    @FunctionalInterface
    public interface Writing {
        void to(Path temporary) throws IOException;
    }

    /** Writes the temporary file through a stream, which is closed afterwards. */
    @FunctionalInterface
    public interface Streaming {
        void to(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} by the path of a temporary file (for libraries that write files by name). */
    public static void write(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = createTemporary(absolute);
        try {
            try {
                writing.to(temp);
            } catch (RuntimeException e) {
                throw ioCause(e, null);
            }
            moveIntoPlace(temp, absolute);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Writes {@code target} through a stream to a temporary file. */
    public static void stream(Path target, Streaming streaming) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = createTemporary(absolute);
        try {
            Recording out = new Recording(Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING));
            try (out) {
                streaming.to(out);
            } catch (RuntimeException e) {
                throw ioCause(e, out.failure);
            } catch (IOException e) {
                throw out.failure != null ? out.failure : e;
            }
            moveIntoPlace(temp, absolute);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * An empty hidden file beside {@code target}, with the permissions a new file gets (or the
     * target's own). The folder must exist: a save never makes folders the person did not choose.
     */
    static Path createTemporary(Path target) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            String random = Long.toString(RANDOM.nextLong() >>> 1 & 0xFF_FFFF_FFFFL, 36);
            Path temp = dir.resolve(".luoshi-" + random + ".part");
            try {
                // CREATE_NEW without attributes: mode 0666 less the umask, as any program's new file
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            } catch (NoSuchFileException e) {
                // The hidden temporary file is ours, not the person's: name the file they asked for.
                throw new NoSuchFileException(target.toString(), null, e.getReason());
            } catch (AccessDeniedException e) {
                throw new AccessDeniedException(target.toString(), null, e.getReason());
            }
            keepPermissions(target, temp);
            return temp;
        }
    }

    /** A file being replaced keeps its permissions (best effort: not every file system has POSIX ones). */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.isRegularFile(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // the new file's own permissions stand
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // hidden and harmless; the failure that matters has been thrown
        }
    }

    /** The I/O failure behind {@code e}: the one the stream saw, else one in its causes; else {@code e} itself. */
    private static IOException ioCause(RuntimeException e, IOException seen) {
        if (seen != null) {
            seen.addSuppressed(e);
            return seen;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        throw e;
    }

    /** Passes everything on, and keeps the first failure, which libraries may swallow. */
    private static final class Recording extends FilterOutputStream {
        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
