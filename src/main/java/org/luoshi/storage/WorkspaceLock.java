package org.luoshi.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a workspace to one window, and a command that changes it out of a window's way: an exclusive
 * lock on {@code <workspace>.lock} beside the real workspace file, held while the window is open or
 * the command runs. The operating system drops the lock when the process ends, even by a crash, so a
 * stale lock never keeps the user out. The lock file itself stays: deleting it on release would let
 * two later starts each lock a different file of the same name.
 *
 * <p>The lock is on the real file ({@link WorkspaceFile}): a symbolic link locks its target, and a
 * file with more than one name (hard links) is refused before any lock is taken, because its names
 * would each have their own lock and their own SQLite log.
 *
 * <p>The holder writes what it is (a window or a command, its process) into the lock file, so that a
 * start or a command that is refused can say what holds the workspace. The lock is on one byte far
 * beyond that text ({@link #LOCKED_BYTE}), as SQLite locks bytes past 1 GiB of its own files: where
 * locks are mandatory (Windows), the text stays readable while the lock is held.
 *
 * <p>SQLite would keep the file consistent under two writers anyway; the lock is there so that
 * two windows never show each other stale plans.
 */
public final class WorkspaceLock implements AutoCloseable {
    static final String SUFFIX = ".lock";

    /** The byte of the lock file that is locked: 1 GiB in, well past the holder's text. */
    static final long LOCKED_BYTE = 1L << 30;

    /** At most this much of a lock file is read for its holder. */
    private static final int HOLDER_TEXT_LIMIT = 4096;

    /** The holder's text is written as a block of this many bytes. */
    static final int HOLDER_TEXT_BLOCK = 512;

    /**
     * The locks this process holds, by the lock file's identity (or path where there is none). A
     * second lock in the same process is refused from here, without opening the file: on Unix,
     * closing any channel to a file drops every lock the process has on it, so a refused attempt
     * that opened and closed the lock file would silently free the first holder's lock.
     */
    private static final Map<Object, WorkspaceLock> HELD = new HashMap<>();

    private final Path workspace;
    private final Path lockFile;
    private final Object key;
    private final Holder holder;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path workspace, Path lockFile, Object key, Holder holder, FileChannel channel,
            FileLock lock) {
        this.workspace = workspace;
        this.lockFile = lockFile;
        this.key = key;
        this.holder = holder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Who holds a workspace: a window, or a command of the command line ("import", "calendar set"),
     * with its process and user.
     */
    public record Holder(Kind kind, String command, long pid, String user) {
        /** A window or a command. */
        public enum Kind {
            WINDOW, COMMAND
        }

        public Holder {
            Objects.requireNonNull(kind, "kind");
            command = command == null ? "" : command.strip();
            user = user == null ? "" : user.strip();
        }

        /** This process, as a window. */
        public static Holder window() {
            return new Holder(Kind.WINDOW, "", ProcessHandle.current().pid(), System.getProperty("user.name"));
        }

        /** This process, as the command {@code luoshi <name>} ("import", "calendar set"). */
        public static Holder command(String name) {
            return new Holder(Kind.COMMAND, name, ProcessHandle.current().pid(), System.getProperty("user.name"));
        }

        /** Whether the holder runs as another user than this process. */
        public boolean otherUser() {
            return !user.isEmpty() && !user.equals(System.getProperty("user.name"));
        }

        String text() {
            return "Luoshi workspace lock: who holds it (the lock is on byte " + LOCKED_BYTE + " of this file)\n"
                    + "holder=" + kind.name().toLowerCase(java.util.Locale.ROOT) + "\n"
                    + "command=" + oneLine(command) + "\n"
                    + "pid=" + pid + "\n"
                    + "user=" + oneLine(user) + "\n"
                    + "started=" + ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                            .map(java.time.Instant::toEpochMilli).map(String::valueOf).orElse("") + "\n";
        }

        /**
         * Whether the text names a process that still runs on this machine (the same process: same id
         * and start time). Text left by an earlier holder, under the lock of one that writes none (an
         * older Luoshi), names a process that has ended, or whose id another process now has.
         */
        static boolean isAlive(long pid, String started) {
            java.util.Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty()) {
                return false;
            }
            if (started == null || started.isBlank()) {
                return true;
            }
            java.util.Optional<java.time.Instant> start = process.get().info().startInstant();
            try {
                return start.isEmpty() || start.get().toEpochMilli() == Long.parseLong(started.strip());
            } catch (NumberFormatException e) {
                return true;
            }
        }

        /**
         * The holder a lock file names, or null if it names none (an older Luoshi, a holder still
         * writing) or names a process that no longer runs here (text left by an earlier holder; or a
         * holder on another machine, which cannot be told from that).
         */
        static Holder parse(String text) {
            Map<String, String> fields = new HashMap<>();
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            Kind kind = switch (fields.getOrDefault("holder", "")) {
                case "window" -> Kind.WINDOW;
                case "command" -> Kind.COMMAND;
                default -> null;
            };
            long pid;
            try {
                pid = Long.parseLong(fields.getOrDefault("pid", ""));
            } catch (NumberFormatException e) {
                return null;
            }
            if (kind == null || !isAlive(pid, fields.get("started"))) {
                return null;
            }
            return new Holder(kind, fields.get("command"), pid, fields.get("user"));
        }

        private static String oneLine(String s) {
            return s.replaceAll("[\\p{Cntrl}]", " ");
        }
    }

    /** Locks {@code workspaceFile} for a window of this process: {@link #acquire(Path, Holder)} with {@link Holder#window()}. */
    public static WorkspaceLock acquire(Path workspaceFile) {
        return acquire(workspaceFile, Holder.window());
    }

    /**
     * Locks {@code workspaceFile} for this process, creating its folder and lock file if missing. The
     * workspace file itself is neither created nor opened.
     *
     * @param holder what holds it, written into the lock file for whoever is refused meanwhile
     * @throws WorkspaceInUseException   if another window or command (this process or another) holds it
     * @throws WorkspaceRefusedException if the file cannot be a workspace (several names, empty, …);
     *                                   no lock file is made then
     * @throws WorkspaceException        if the lock file cannot be created or locked
     */
    public static WorkspaceLock acquire(Path workspaceFile, Holder holder) {
        Objects.requireNonNull(workspaceFile, "workspaceFile");
        Objects.requireNonNull(holder, "holder");
        Path workspace = WorkspaceFile.resolve(workspaceFile).path();
        Path lockFile = workspace.resolveSibling(workspace.getFileName() + SUFFIX);
        synchronized (HELD) {
            WorkspaceLock mine = HELD.get(identity(lockFile));
            if (mine != null) {
                throw new WorkspaceInUseException(workspace, mine.holder);
            }
            FileChannel channel = null;
            try {
                Files.createDirectories(workspace.getParent());
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
                if (lock == null) {
                    channel.close();
                    throw new WorkspaceInUseException(workspace, readHolder(lockFile));
                }
                writeHolder(channel, holder);
                WorkspaceLock held = new WorkspaceLock(workspace, lockFile, identity(lockFile), holder, channel, lock);
                HELD.put(held.key, held);
                return held;
            } catch (OverlappingFileLockException e) {
                // Locked in this process by a channel that is not in HELD: cannot happen through this class.
                closeQuietly(channel);
                throw new WorkspaceInUseException(workspace, null);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new WorkspaceException("Could not lock the workspace " + workspace + " through " + lockFile
                        + " (" + WorkspaceException.reason(e) + ").", e);
            }
        }
    }

    /** The lock file that guards {@code workspaceFile}: beside the real file, its name with {@code .lock} added. */
    public static Path lockFileOf(Path workspaceFile) {
        Path workspace = WorkspaceFile.realPath(workspaceFile);
        return workspace.resolveSibling(workspace.getFileName() + SUFFIX);
    }

    /** The workspace file this lock guards: its real path. */
    public Path workspace() {
        return workspace;
    }

    public Path lockFile() {
        return lockFile;
    }

    public Holder holder() {
        return holder;
    }

    public boolean isHeld() {
        return lock.isValid();
    }

    /** Releases the lock; another window may open the workspace from now on. */
    @Override
    public void close() {
        synchronized (HELD) {
            HELD.remove(key, this);
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                channel.close();
            } catch (IOException e) {
                throw new WorkspaceException("Could not release the lock " + lockFile + " ("
                        + WorkspaceException.reason(e) + ").", e);
            }
        }
    }

    /** The lock file's identity (device and inode on Unix), or its path where the system gives none. */
    private static Object identity(Path lockFile) {
        try {
            Object key = Files.readAttributes(lockFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : lockFile;
        } catch (IOException e) {
            return lockFile;
        }
    }

    /**
     * Writes the holder's text over the start of the lock file, padded with line breaks to
     * {@link #HOLDER_TEXT_BLOCK} bytes so it covers any earlier holder's text. Not by truncating
     * first: on ext4, truncating a file that has data costs a flush (about 5 ms).
     */
    private static void writeHolder(FileChannel channel, Holder holder) throws IOException {
        byte[] text = holder.text().getBytes(StandardCharsets.UTF_8);
        byte[] block = Arrays.copyOf(text, Math.max(text.length, HOLDER_TEXT_BLOCK));
        Arrays.fill(block, text.length, block.length, (byte) '\n');
        ByteBuffer buffer = ByteBuffer.wrap(block);
        long at = 0;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        if (channel.size() > block.length) {
            channel.truncate(block.length); // longer text from elsewhere: not ours to keep
        }
    }

    /**
     * The holder the lock file names, for the refusal's message only: null if it names none (an older
     * Luoshi, or a holder that has not written yet). Read only when this process does not hold the
     * lock, so closing the stream cannot drop a lock of ours.
     */
    static Holder readHolder(Path lockFile) {
        try (InputStream in = Files.newInputStream(lockFile)) {
            return Holder.parse(new String(in.readNBytes(HOLDER_TEXT_LIMIT), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing after a failed lock: the failure is what gets reported.
        }
    }
}
