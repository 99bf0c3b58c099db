package org.luoshi.cli;

/**
 * Keeps a command's heap near what it holds. Started as {@code java -jar}, the JVM picks G1 and a
 * heap of up to a quarter of the memory (6 GB on a 24 GB machine), and G1 grows the heap when its
 * pauses take long — on a loaded machine they do — then sizes its young generation to the heap and
 * fills it with garbage before the next collection: the sheets of a 10,000-task plan, written one
 * unit at a time and holding about 50 MB, went up to 1.0–1.2 GB resident (the heap grew from 0.4 to
 * 1.5 GB while the first, largest unit's sheet was written). A jar cannot set {@code -Xmx}, and a
 * second JVM for the command would cost a start; so while a command runs a watch thread looks at
 * the committed heap every {@link #PERIOD_MS} ms, and once it is larger than {@link #CEILING} a
 * full collection runs, which gives what is not in use back to the system (HotSpot shrinks the heap
 * to what it holds and 70 % more, {@code MaxHeapFreeRatio}) before the new room is touched. The
 * committed heap, not the part in use: G1 puts each young generation in other regions of it, so
 * over a long run every committed page becomes resident (watching the part in use left 510 MB
 * resident where this leaves 310–360 MB). Where the heap cannot shrink under the ceiling (a command
 * that holds more, or a JVM that started larger), the next collection waits until it is half as
 * large again as the last one left it: a few collections over a long run, none for a short
 * command, never one every look (issue 20).
 */
final class HeapCeiling implements AutoCloseable {
    /** Past this much committed heap, collect and give back. */
    static final long CEILING = 256L << 20;
    /** How often the watch thread looks. */
    static final long PERIOD_MS = 200;

    private final long ceiling;
    private final java.util.function.LongSupplier committed;
    private final Runnable collect;
    private volatile boolean closed;
    private volatile int collections;
    private Thread watcher;
    /** The committed heap right after the last collection (0: none yet). */
    private long left;

    /**
     * @param committed the committed heap in bytes ({@link Runtime#totalMemory})
     * @param collect   a full collection ({@link System#gc})
     */
    HeapCeiling(long ceiling, java.util.function.LongSupplier committed, Runnable collect) {
        this.ceiling = ceiling;
        this.committed = committed;
        this.collect = collect;
    }

    /** Watches the heap of this JVM with the standard ceiling until closed. */
    static HeapCeiling watching() {
        return new HeapCeiling(CEILING, Runtime.getRuntime()::totalMemory, System::gc).watch(PERIOD_MS);
    }

    /** Starts the watch thread (a daemon: it never keeps the JVM alive). */
    HeapCeiling watch(long periodMs) {
        Thread t = new Thread(() -> {
            while (!closed) {
                try {
                    Thread.sleep(periodMs);
                } catch (InterruptedException e) {
                    return;
                }
                if (!closed) {
                    check();
                }
            }
        }, "luoshi-heap-ceiling");
        t.setDaemon(true);
        t.start();
        watcher = t;
        return this;
    }

    /** Collects if the heap is larger than the ceiling, and half again as large as the last collection left it. */
    synchronized void check() {
        if (committed.getAsLong() > Math.max(ceiling, left + left / 2)) {
            collections++;
            collect.run();
            left = committed.getAsLong();
        }
    }

    /** Whether its watch thread still runs (tests). */
    boolean watchRunning() {
        Thread t = watcher;
        return t != null && t.isAlive();
    }

    /** How many times it collected (for tests and measurements). */
    int collections() {
        return collections;
    }

    /** Stops the watch thread and waits for it: once closed, it looks no more (a look under way ends first). */
    @Override
    public void close() {
        closed = true;
        Thread t = watcher;
        if (t != null) {
            t.interrupt();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
