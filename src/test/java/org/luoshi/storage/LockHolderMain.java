package org.luoshi.storage;

import java.nio.file.Path;

/**
 * Another process on a workspace, run in its own JVM: locks the workspace given as the first
 * argument — as a window, or as the command named by the arguments after {@code command}
 * ({@code LockHolderMain W command import}), or as an older Luoshi's window did ({@code LockHolderMain W
 * old}: the whole lock file, no text) — prints "locked", and holds the lock until its standard
 * input closes (or a minute passes, so a lost parent never leaves it running). If the workspace is
 * held already it prints "in use" and exits with 3.
 */
public final class LockHolderMain {
    static final int IN_USE = 3;

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("old")) {
            holdAsAnOlderLuoshi(Path.of(args[0]));
            return;
        }
        WorkspaceLock.Holder holder = args.length > 2 && args[1].equals("command")
                ? WorkspaceLock.Holder.command(String.join(" ", java.util.Arrays.asList(args).subList(2, args.length)))
                : WorkspaceLock.Holder.window();
        WorkspaceLock lock;
        try {
            lock = WorkspaceLock.acquire(Path.of(args[0]), holder);
        } catch (WorkspaceInUseException e) {
            System.out.println("in use");
            System.out.flush();
            System.exit(IN_USE);
            return;
        }
        try (lock) {
            holdUntilStdinCloses();
        }
    }

    /** As a window of an older Luoshi: the whole lock file locked, nothing written into it. */
    private static void holdAsAnOlderLuoshi(Path workspace) throws Exception {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                WorkspaceLock.lockFileOf(workspace), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock whole = channel.tryLock()) {
            if (whole == null) {
                System.out.println("in use");
                System.out.flush();
                System.exit(IN_USE);
            }
            holdUntilStdinCloses();
        }
    }

    private static void holdUntilStdinCloses() throws InterruptedException {
        System.out.println("locked");
        System.out.flush();
        Thread reader = new Thread(() -> {
            try {
                System.in.read();
            } catch (java.io.IOException ignored) {
                // stdin gone: the parent is done with us
            }
        });
        reader.setDaemon(true);
        reader.start();
        reader.join(60_000);
    }
}
