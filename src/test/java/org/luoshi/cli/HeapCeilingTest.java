package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapCeilingTest {
    @Test
    void collectsOnlyWhenTheHeapHasGrownPastTheCeiling() {
        HeapCeiling high = new HeapCeiling(Long.MAX_VALUE, Runtime.getRuntime());
        high.between();
        high.between();
        assertThat(high.collections()).isZero();

        HeapCeiling low = new HeapCeiling(0, Runtime.getRuntime());
        low.between();
        low.between();
        assertThat(low.collections()).isEqualTo(2);
    }

    @Test
    void theStandardCeilingIsAQuarterGigabyte() {
        assertThat(HeapCeiling.CEILING).isEqualTo(256L * 1024 * 1024);
    }
}
