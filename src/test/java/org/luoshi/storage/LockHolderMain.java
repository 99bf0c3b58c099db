package org.luoshi.storage;

import java.nio.file.Path;

/**
 * The other window of {@link WorkspaceLockTest}, run in its own JVM: locks the workspace given
 * as the argument, prints "locked", and holds the lock until its standard input closes (or a
 * minute passes, so a lost parent never leaves it running).
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (WorkspaceLock lock = WorkspaceLock.acquire(Path.of(args[0]))) {
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
