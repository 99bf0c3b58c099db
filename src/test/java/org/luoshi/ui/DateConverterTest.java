package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;

/** Every date picker shows 2018年11月7日 in Chinese and reads it back typed three ways. */
class DateConverterTest {
    private final DateConverter converter = new DateConverter();

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void chineseShowsYearMonthDayAndReadsThreeWays() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        LocalDate issued = LocalDate.of(2018, 11, 7);
        assertThat(converter.toString(issued)).isEqualTo("2018年11月7日");
        assertThat(converter.fromString("2018-11-07")).isEqualTo(issued);
        assertThat(converter.fromString("2018/11/7")).isEqualTo(issued);
        assertThat(converter.fromString("2018年11月7日")).isEqualTo(issued);
        assertThat(converter.fromString(" 2018/11/07 ")).isEqualTo(issued);
        assertThat(converter.fromString("")).isNull();
        assertThatThrownBy(() -> converter.fromString("11/7/2018x")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void englishShowsTheMonthInWordsAndStillReadsTheChineseWay() {
        Messages.setLocale(Locale.ENGLISH);
        LocalDate issued = LocalDate.of(2018, 11, 7);
        assertThat(converter.toString(issued)).isEqualTo("November 7, 2018");
        assertThat(converter.fromString("November 7, 2018")).isEqualTo(issued);
        assertThat(converter.fromString("2018年11月7日")).isEqualTo(issued);
    }
}
