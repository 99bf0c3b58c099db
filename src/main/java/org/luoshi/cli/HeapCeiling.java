package org.luoshi.cli;

/**
 * Keeps a command's heap near what it holds. Started as {@code java -jar}, the JVM picks G1 and a
 * heap of up to a quarter of the memory (6 GB on a 24 GB machine), and G1 grows the heap when its
 * pauses take long — on a loaded machine they do — then sizes its young generation to the heap and
 * fills it with garbage before the next collection: the sheets of a 10,000-task plan, written one
 * unit at a time and holding about 50 MB, went up to 1.0–1.2 GB resident (the heap grew from 0.4 to
 * 1.5 GB while the first, largest unit's sheet was written). A jar cannot set {@code -Xmx}, and a
 * second JVM for the command would cost a start; so while a command runs a watch thread looks at
 * the heap in use every {@link #PERIOD_MS} ms (resident memory follows it: a page of the heap is
 * resident once an object was put there), and once it holds more than {@link #CEILING} a full
 * collection runs, which gives what is not in use back to the system (HotSpot shrinks the heap to
 * what it holds and 70 % more, {@code MaxHeapFreeRatio}) before more of it is touched. Where the
 * command really holds more than the ceiling, the next collection waits until the heap holds half
 * as much again as the last one left: a few collections over a long run, none for a small one,
 * never one every look (issue 20). Under the packaged launcher's small young generation the heap
 * in use stays far below the ceiling: nothing happens there.
 */
final class HeapCeiling implements AutoCloseable {
    /** Past this much heap in use, collect and give back. */
    static final long CEILING = 256L << 20;
    /** How often the watch thread looks. */
    static final long PERIOD_MS = 200;

    private final long ceiling;
    private final java.util.function.LongSupplier used;
    private final Runnable collect;
    private volatile boolean closed;
    private volatile int collections;
    /** The heap in use right after the last collection (0: none yet). */
    private long left;

    /**
     * @param used    the heap in use in bytes (committed less free, {@link Runtime})
     * @param collect a full collection ({@link System#gc})
     */
    HeapCeiling(long ceiling, java.util.function.LongSupplier used, Runnable collect) {
        this.ceiling = ceiling;
        this.used = used;
        this.collect = collect;
    }

    /** Watches the heap of this JVM with the standard ceiling until closed. */
    static HeapCeiling watching() {
        Runtime runtime = Runtime.getRuntime();
        return new HeapCeiling(CEILING, () -> runtime.totalMemory() - runtime.freeMemory(), System::gc).watch(PERIOD_MS);
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
        return this;
    }

    /** Collects if the heap holds more than the ceiling, and half again what the last collection left. */
    synchronized void check() {
        if (used.getAsLong() > Math.max(ceiling, left + left / 2)) {
            collections++;
            collect.run();
            left = used.getAsLong();
        }
    }

    /** How many times it collected (for tests and measurements). */
    int collections() {
        return collections;
    }

    /** Stops the watch thread (after its current look). */
    @Override
    public void close() {
        closed = true;
    }
}
