package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

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
}
