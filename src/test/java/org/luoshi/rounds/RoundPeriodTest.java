package org.luoshi.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundPeriodTest {
    @Test
    void suggestsThisMonthThisQuarterLastMonthAndLastQuarter() {
        assertThat(RoundPeriod.suggestions(LocalDate.of(2023, 3, 15)))
                .containsExactly("2023年3月", "2023年一季度", "2023年2月", "2022年四季度");
        assertThat(RoundPeriod.suggestions(LocalDate.of(2023, 1, 5)))
                .containsExactly("2023年1月", "2023年一季度", "2022年12月", "2022年四季度");
    }

    @Test
    void theEndOfANamedPeriod() {
        assertThat(RoundPeriod.end("2023年3月")).contains(LocalDate.of(2023, 3, 31));
        assertThat(RoundPeriod.end("2024年2月份")).contains(LocalDate.of(2024, 2, 29));
        assertThat(RoundPeriod.end("2023年一季度")).contains(LocalDate.of(2023, 3, 31));
        assertThat(RoundPeriod.end("2023年第3季度")).contains(LocalDate.of(2023, 9, 30));
        assertThat(RoundPeriod.end("2023年上半年")).contains(LocalDate.of(2023, 6, 30));
        assertThat(RoundPeriod.end("２０２３年")).contains(LocalDate.of(2023, 12, 31));
        assertThat(RoundPeriod.end("2023年13月")).isEmpty();
        assertThat(RoundPeriod.end("第一次调度")).isEmpty();
    }
}
