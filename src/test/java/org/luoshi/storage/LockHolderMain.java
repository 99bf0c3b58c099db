package org.luoshi.storage;

import java.nio.file.Path;

/**
 * Another process on a workspace, run in its own JVM: locks the workspace given as the first
 * argument — as a window, or as the command named by the arguments after {@code command}
 * ({@code LockHolderMain W command import}) — prints "locked", and holds the lock until its standard
 * input closes (or a minute passes, so a lost parent never leaves it running). If the workspace is
 * held already it prints "in use" and exits with 3.
 */
public final class LockHolderMain {
    static final int IN_USE = 3;

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
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
}
