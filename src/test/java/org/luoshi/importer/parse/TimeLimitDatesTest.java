package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;

/** A time-limit cell that holds only a date, as a spreadsheet's date cell shows it, is due by that day. */
class TimeLimitDatesTest {
    private final DeadlineParser parser = new DeadlineParser();

    @Test
    void aDateAloneIsDueByThatDayOrTheEndOfThatMonth() {
        assertThat(by("2026/6/30", null)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(by("2026-06-30", null)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(by("2026.6.30", null)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(by("2026年9月30日", null)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(by("2026年12月", null)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(by("2026年2月", null)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(by("12月31日", 2027)).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void whatTheParserAlreadyReadIsReadAsBeforeAndNoDateIsNoDeadline() {
        Deadline endOfJune = parser.parseTimeLimit("2026年6月底前", null).get(0);
        assertThat(endOfJune.raw()).isEqualTo("2026年6月底前");
        assertThat(endOfJune.date()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(parser.parseTimeLimit("2026/2/30", null)).isEmpty();
        assertThat(parser.parseTimeLimit("2026/6-30", null)).isEmpty();
        assertThat(parser.parseTimeLimit("12月31日", null)).isEmpty();
        assertThat(parser.parseTimeLimit("按月推进", null)).isEmpty();
    }

    /**
     * 大竹 2016's 完成时限 cell 9月投入使用 (set E leftover): a month and the step due by then. Here other wordings;
     * a month with no such step, or a step without a date, stays no deadline.
     */
    @Test
    void aMonthFollowedByTheStepDueThenIsDueByTheMonthsEnd() {
        assertThat(by("9月投入使用", 2016)).isEqualTo(LocalDate.of(2016, 9, 30));
        assertThat(by("2024年10月建成投用", null)).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(parser.parseTimeLimit("6月底前完工", 2025).get(0).date()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(by("11月正式开放", 2023)).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(parser.parseTimeLimit("9月召开推进会", 2016)).isEmpty();
        assertThat(parser.parseTimeLimit("投入使用", 2016)).isEmpty();
        assertThat(parser.parseTimeLimit("9月投入使用", null)).isEmpty();
    }

    private LocalDate by(String cell, Integer year) {
        Deadline d = parser.parseTimeLimit(cell, year).get(0);
        assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
        assertThat(d.raw()).isEqualTo(cell);
        return d.date();
    }
}
