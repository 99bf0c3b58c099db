package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            一, 1
            两, 2
            九, 9
            十, 10
            十一, 11
            二十, 20
            二十一, 21
            四十七, 47
            五十三, 53
            九十九, 99
            一百, 100
            一百二十, 120
            一百零五, 105
            〇, 0
            29, 29
            ２９, 29
            """)
    void values(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "not a numeral: {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"年", "一a", "第一", "十五年"})
    void notNumerals(String text) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            １２,       12
            2023,      2023
            第３条,     第3条
            """)
    void fullWidthDigitsBecomeAscii(String text, String ascii) {
        assertThat(ChineseNumerals.normaliseDigits(text)).isEqualTo(ascii);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            一千, 1000
            一千零一, 1001
            一千零一十, 1010
            一千二百三十四, 1234
            九千九百九十九, 9999
            一万, 10000
            一万零五, 10005
            一万二千, 12000
            十万, 100000
            二十三万四千五百六十七, 234567
            1000, 1000
            １２３４５６, 123456
            """)
    void numbersOfAThousandAndMore(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @Test
    void formatIsReadBackAsTheSameNumber() {
        for (int n = 0; n <= 130_000; n++) {
            String text = ChineseNumerals.format(n);
            assertThat(ChineseNumerals.parse(text)).as(text).isEqualTo(n);
        }
        assertThat(ChineseNumerals.format(12)).isEqualTo("十二");
        assertThat(ChineseNumerals.format(105)).isEqualTo("一百零五");
        assertThat(ChineseNumerals.format(110)).isEqualTo("一百一十");
        assertThat(ChineseNumerals.format(1001)).isEqualTo("一千零一");
        assertThat(ChineseNumerals.format(12000)).isEqualTo("一万二千");
        assertThat(ChineseNumerals.format(100000)).isEqualTo("十万");
    }

    @Test
    void numbersTooLargeToBeHeadingsAreNotRead() {
        assertThat(ChineseNumerals.parse("99999999999")).isEqualTo(-1);
        assertThat(ChineseNumerals.parse("一万万万")).isEqualTo(-1);
    }
}
