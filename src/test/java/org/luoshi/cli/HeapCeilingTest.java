package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class HeapCeilingTest {
    private static final long MB = 1L << 20;

    /** A heap that a collection brings down to {@code afterCollection}. */
    private static final class Heap {
        final AtomicLong committed = new AtomicLong();
        final long afterCollection;
        int collections;

        Heap(long start, long afterCollection) {
            committed.set(start);
            this.afterCollection = afterCollection;
        }

        HeapCeiling ceiling(long ceiling) {
            return new HeapCeiling(ceiling, committed::get, () -> {
                collections++;
                committed.set(afterCollection);
            });
        }
    }

    @Test
    void collectsOnlyWhenTheHeapHasGrownPastTheCeiling() {
        Heap heap = new Heap(200 * MB, 60 * MB);
        HeapCeiling ceiling = heap.ceiling(256 * MB);
        ceiling.check();
        assertThat(heap.collections).isZero();

        heap.committed.set(1500 * MB); // G1 grew the heap
        ceiling.check();
        assertThat(heap.collections).isEqualTo(1);
        assertThat(ceiling.collections()).isEqualTo(1);
        ceiling.check();
        assertThat(heap.collections).as("given back: nothing more to do").isEqualTo(1);

        heap.committed.set(300 * MB);
        ceiling.check();
        assertThat(heap.collections).as("past the ceiling again").isEqualTo(2);
    }

    @Test
    void aCommandThatHoldsMoreThanTheCeilingIsNotCollectedAtEveryLook() {
        Heap heap = new Heap(400 * MB, 400 * MB); // it all stays live
        HeapCeiling ceiling = heap.ceiling(256 * MB);
        ceiling.check();
        ceiling.check();
        ceiling.check();
        assertThat(heap.collections).isEqualTo(1);

        heap.committed.set(590 * MB); // less than half as large again as the collection left it
        ceiling.check();
        assertThat(heap.collections).isEqualTo(1);
        heap.committed.set(610 * MB);
        ceiling.check();
        assertThat(heap.collections).isEqualTo(2);
    }

    @Test
    void theWatchThreadLooksUntilClosed() throws Exception {
        Heap heap = new Heap(0, 0);
        HeapCeiling ceiling = heap.ceiling(256 * MB);
        try (HeapCeiling watching = ceiling.watch(5)) {
            heap.committed.set(1000 * MB);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watching.collections() >= 1);
            assertThat(watching.collections()).isEqualTo(1);
        }
        // close() has waited for the watch thread to end: nothing is left to look at the heap
        assertThat(ceiling.watchRunning()).isFalse();
        heap.committed.set(2000 * MB);
        assertThat(ceiling.collections()).as("no look after close").isEqualTo(1);
    }

    @Test
    void theStandardCeilingIsAQuarterGigabyteLookedAtFiveTimesASecond() {
        assertThat(HeapCeiling.CEILING).isEqualTo(256L * 1024 * 1024);
        assertThat(HeapCeiling.PERIOD_MS).isEqualTo(200);
    }
}
