package org.luoshi.cli;

/**
 * Keeps a long command's heap near what it holds, between two pieces of its work (two units'
 * sheets). Started as {@code java -jar}, the JVM picks its collector and a heap of up to a quarter
 * of the memory, and the collector grows the heap with the garbage rather than collect more often:
 * the sheets of a 10,000-task plan, written one unit at a time and holding under 128 MB, went up
 * to 790 MB–1.47 GB resident. When the heap has grown past {@link #CEILING} a full collection runs,
 * which gives the memory not in use back to the system (HotSpot shrinks the heap to what it holds
 * and 70 % more, {@code MaxHeapFreeRatio}). A few collections over a long run; none for a small one.
 */
final class HeapCeiling {
    /** Past this much committed heap, collect and give back. */
    static final long CEILING = 256L << 20;

    private final long ceiling;
    private final Runtime runtime;
    private int collections;

    HeapCeiling(long ceiling, Runtime runtime) {
        this.ceiling = ceiling;
        this.runtime = runtime;
    }

    static HeapCeiling standard() {
        return new HeapCeiling(CEILING, Runtime.getRuntime());
    }

    /** Between two pieces of work: collects if the heap has grown past the ceiling. */
    void between() {
        if (runtime.totalMemory() > ceiling) {
            collections++;
            System.gc();
        }
    }

    /** How many times it collected (for tests and measurements). */
    int collections() {
        return collections;
    }
}
