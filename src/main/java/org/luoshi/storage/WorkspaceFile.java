package org.luoshi.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.luoshi.storage.WorkspaceRefusedException.Reason;

/**
 * The file behind a workspace path, as Luoshi locks and opens it: the real file (every symbolic link
 * followed), which must have one name only, and a new workspace made whole before it gets its name.
 *
 * <p>Why one name: SQLite keeps a workspace's newest commits in a log named after the path it was
 * opened by ({@code <name>-wal}), and Luoshi's lock is a file beside that path too. A file reached
 * through two hard links therefore has two logs and two locks, and a commit made through one name
 * can be undone by the other's log, with SQLite's integrity check still "ok". A symbolic link is
 * followed to its target, so it shares the target's lock and log; a hard link cannot be followed
 * (neither name is the original), so a file with more than one is refused. Where the operating
 * system gives no link count (Windows), this check cannot be made.
 *
 * <p>Why a new workspace is made under another name first: Luoshi sets up (and, on a first start,
 * fills with the sample plan) only a file it creates itself. An existing empty or blank file could be
 * a workspace that lost its contents, and setting it up would hide that; so it is refused, and the
 * new workspace is built in a file of its own ({@code <name>.new-<random>}) and given its name only
 * when it is complete. A crash while making it never leaves an empty file under the name.
 */
public final class WorkspaceFile {

    /** Bytes read from the start of an existing file to tell a blank one: the SQLite header's size. */
    static final int HEADER_BYTES = 100;

    /**
     * A workspace path resolved.
     *
     * @param path   the real path: absolute, every symbolic link followed (for a file that does not
     *               exist yet, its nearest existing folder's real path and the rest as given)
     * @param exists whether the file exists
     * @param key    the file's identity where the operating system gives one (device and inode on
     *               Unix), else null; null for a file that does not exist
     */
    record Target(Path path, boolean exists, Object key) {
    }

    private WorkspaceFile() {
    }

    /**
     * The real path of {@code workspace}, every symbolic link followed; for a file that does not exist
     * yet, the real path of its nearest existing folder with the rest of the path as given. Never
     * fails: where nothing can be resolved, the path made absolute. The lock file and the window's
     * call file are kept beside this path, so every way of naming the file finds the same ones.
     */
    public static Path realPath(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException | SecurityException e) {
            return absolute;
        }
    }

    /**
     * Resolves {@code workspace} and checks it can be a workspace, reading at most its first
     * {@value #HEADER_BYTES} bytes and writing nothing.
     *
     * @throws WorkspaceRefusedException if it has several names, is empty or blank, is a folder, is a
     *                                   broken link, or is missing while its log is there
     * @throws WorkspaceException        if it cannot be looked at (permission denied, …)
     */
    static Target resolve(Path workspace) {
        Objects.requireNonNull(workspace, "workspace");
        Path absolute = workspace.toAbsolutePath().normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return missing(absolute);
        } catch (AccessDeniedException e) {
            throw WorkspaceException.cannotOpen(absolute, e);
        } catch (IOException e) {
            // Not a folder on the way ("Not a directory"): there is no such file; making it says why not.
            return missing(absolute);
        }
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            throw WorkspaceException.cannotOpen(absolute, e);
        }
        if (!attributes.isRegularFile()) {
            throw new WorkspaceRefusedException(Reason.NOT_A_FILE, absolute,
                    attributes.isDirectory() ? WorkspaceRefusedException.FOLDER : "");
        }
        int names = linkCount(real);
        if (names > 1) {
            throw new WorkspaceRefusedException(Reason.HARD_LINKS, absolute, String.valueOf(names));
        }
        if (attributes.size() == 0) {
            throw new WorkspaceRefusedException(Reason.EMPTY, absolute, null);
        }
        if (blankStart(real)) {
            throw new WorkspaceRefusedException(Reason.BLANK, absolute, null);
        }
        return new Target(real, true, attributes.fileKey());
    }

    private static Target missing(Path absolute) {
        if (Files.isSymbolicLink(absolute)) {
            String target;
            try {
                target = Files.readSymbolicLink(absolute).toString();
            } catch (IOException e) {
                target = "?";
            }
            throw new WorkspaceRefusedException(Reason.BROKEN_LINK, absolute, target);
        }
        Path real = realPath(absolute);
        if (Files.exists(log(real), LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkspaceRefusedException(Reason.LEFTOVER_LOG, absolute, null);
        }
        return new Target(real, false, null);
    }

    /**
     * Checks, once SQLite has the file open, that it is still the file {@link #resolve} looked at
     * (same identity, one name): a file swapped or linked in between is refused, not written.
     */
    static void checkStillSame(Target target, Path asNamed) {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(target.path(), BasicFileAttributes.class);
        } catch (IOException e) {
            throw WorkspaceException.cannotOpen(asNamed, e);
        }
        if (target.key() != null && !target.key().equals(now.fileKey())) {
            throw new WorkspaceException("The workspace " + asNamed
                    + " was replaced by another file while it was being opened; nothing was changed.");
        }
        int names = linkCount(target.path());
        if (names > 1) {
            throw new WorkspaceRefusedException(Reason.HARD_LINKS, asNamed, String.valueOf(names));
        }
    }

    /**
     * Makes a new, empty workspace at {@code file}, which did not exist: built and closed under a name
     * of its own beside it, then given its name only if nothing has taken that name meanwhile.
     *
     * @return true if this call made it; false if another process made the file first (it is then
     *         opened as any existing file)
     */
    static boolean create(Path file) {
        Database.createParentDirectories(file);
        Path building = file.resolveSibling(file.getFileName() + ".new-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        try {
            // Created here, not by SQLite, so that it is a new file (CREATE_NEW) with the permissions the
            // user's umask gives, as a file SQLite made would have.
            Files.createFile(building);
        } catch (IOException e) {
            throw new WorkspaceException("Could not create the workspace " + file + " ("
                    + WorkspaceException.reason(e) + ").", e);
        }
        try {
            try (Database db = Database.open(building)) {
                db.useWriteAheadLog();
                Migrations.apply(db);
            } // closing checkpoints the log into the file and removes it: the file is now whole
            return giveName(building, file);
        } catch (WorkspaceException e) {
            throw new WorkspaceException("Could not create the workspace " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(building);
            deleteQuietly(log(building));
            deleteQuietly(building.resolveSibling(building.getFileName() + "-shm"));
        }
    }

    /**
     * Gives the finished file its name, never replacing a file that got that name meanwhile: a second
     * name (hard link) where the file system has them, then the building name is deleted; elsewhere
     * (FAT, some network shares) a rename that refuses an existing target.
     */
    private static boolean giveName(Path building, Path file) {
        try {
            Files.createLink(file, building);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            try {
                Files.move(building, file);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            } catch (IOException failed) {
                throw new WorkspaceException("Could not create the workspace " + file + " ("
                        + WorkspaceException.reason(failed) + ").", failed);
            }
        }
    }

    /** The number of names the file has; 1 where the operating system does not say. */
    static int linkCount(Path real) {
        if (!real.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return 1;
        }
        try {
            return ((Number) Files.getAttribute(real, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }

    /** SQLite's write-ahead log of the workspace {@code file}. */
    static Path log(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    /** Whether the file's first bytes are all zeros or white space (a workspace begins "SQLite format 3"). */
    private static boolean blankStart(Path file) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw WorkspaceException.cannotOpen(file, e);
        }
        for (byte b : start) {
            if (b != 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover building file is only clutter: it never has the workspace's name.
        }
    }
}
