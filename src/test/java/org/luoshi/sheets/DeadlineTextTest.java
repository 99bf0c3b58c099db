package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.SpanUnit;

class DeadlineTextTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void eachLimitAsPrintedWithTheDateReadFromIt() {
        assertThat(DeadlineText.of(Deadline.by("6月底前", LocalDate.of(2023, 6, 30)))).isEqualTo("6月底前（2023年6月30日）");
        assertThat(DeadlineText.of(Deadline.from("2023年起", LocalDate.of(2023, 1, 1))))
                .isEqualTo("2023年起（2023年1月1日起）");
        assertThat(DeadlineText.of(Deadline.period("2022年6月至12月期间", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 12, 31)))).isEqualTo("2022年6月至12月期间（2022年6月1日至2022年12月31日）");
    }

    @Test
    void limitsWithoutADateStandAsPrinted() {
        assertThat(DeadlineText.of(Deadline.ongoing("长期坚持"))).isEqualTo("长期坚持");
        assertThat(DeadlineText.of(Deadline.within("2个工作日内", 2, SpanUnit.WORKING_DAYS))).isEqualTo("2个工作日内");
        assertThat(DeadlineText.of(Deadline.recurring("每年2月底前", Recurrence.YEARLY, 2, 28))).isEqualTo("每年2月底前");
        assertThat(DeadlineText.of(Deadline.by("2023年3月31日", LocalDate.of(2023, 3, 31)))).isEqualTo("2023年3月31日");
    }

    @Test
    void severalLimitsOnePerLine() {
        assertThat(DeadlineText.of(List.of(Deadline.ongoing("长期坚持"), Deadline.by("年底前", LocalDate.of(2023, 12, 31)))))
                .isEqualTo("长期坚持\n年底前（2023年12月31日）");
        assertThat(DeadlineText.of(List.of())).isEmpty();
    }
}
