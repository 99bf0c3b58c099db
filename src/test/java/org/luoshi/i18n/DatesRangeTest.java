package org.luoshi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which dates can be shown, and how the others are shown instead of throwing or printing nonsense. */
class DatesRangeTest {
    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theYears1900To2200CanBeShown() {
        assertThat(Dates.canShow(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(Dates.canShow(LocalDate.of(2200, 12, 31))).isTrue();
        assertThat(Dates.canShow(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(Dates.canShow(LocalDate.of(2201, 1, 1))).isFalse();
        assertThat(Dates.canShow(LocalDate.MIN)).isFalse();
        assertThat(Dates.canShow(LocalDate.MAX)).isFalse();
        assertThat(Dates.canShow(null)).isFalse();
        assertThat(Dates.usable(LocalDate.MIN)).isNull();
    }

    @Test
    void aDateOutsideIsShownAsInvalidInBothLanguages() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Dates.format(LocalDate.MIN)).isEqualTo("无效日期（-999999999-01-01）");
        assertThat(Dates.formatShort(LocalDate.of(9999, 12, 31))).isEqualTo("无效日期（9999-12-31）");
        assertThat(Dates.formatMonth(YearMonth.of(1, 1))).isEqualTo("无效日期（0001-01）");
        assertThat(Dates.format(LocalDate.of(2023, 3, 31))).isEqualTo("2023年3月31日");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(Dates.format(LocalDate.MAX)).isEqualTo("invalid date (+999999999-12-31)");
        assertThat(Dates.formatMonth(YearMonth.of(2023, 3))).isEqualTo("March 2023");
    }
}
