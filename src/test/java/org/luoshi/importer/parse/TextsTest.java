package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"一、总体要求", "  一、总体要求  ", "\u3000\u3000一、总体要求", "\uFEFF一、总体要求\t", "一、总体要求\u00A0\r"})
    void stripRemovesEveryKindOfSpaceAround(String text) {
        assertThat(Texts.strip(text)).isEqualTo("一、总体要求");
    }

    @Test
    void stripKeepsInnerSpaces() {
        assertThat(Texts.strip("\u3000牵头单位： 省发展改革委\u3000")).isEqualTo("牵头单位： 省发展改革委");
        assertThat(Texts.strip("\u3000 \t")).isEmpty();
    }

    @Test
    void linesAcceptEveryLineEnding() {
        List<SourceLine> expected = List.of(new SourceLine(1, "一、重点任务"), new SourceLine(2, ""),
                new SourceLine(3, "1．加强组织领导。"), new SourceLine(4, "2．强化督促检查。"));
        assertThat(Texts.lines("一、重点任务\n\n1．加强组织领导。\n2．强化督促检查。")).isEqualTo(expected);
        assertThat(Texts.lines("一、重点任务\r\n\r\n1．加强组织领导。\r\n2．强化督促检查。\r\n")).isEqualTo(expected);
        assertThat(Texts.lines("一、重点任务\r\r1．加强组织领导。\r2．强化督促检查。")).isEqualTo(expected);
    }

    @Test
    void noTextNoLines() {
        assertThat(Texts.lines("")).isEmpty();
        assertThat(Texts.lines("\n")).containsExactly(new SourceLine(1, ""));
    }

    @Test
    void sourceLineBlankness() {
        assertThat(new SourceLine(1, "\u3000\u3000").isBlank()).isTrue();
        assertThat(new SourceLine(1, null).text()).isEmpty();
        assertThat(new SourceLine(3, "\u3000（一）指导思想。").stripped()).isEqualTo("（一）指导思想。");
    }
}
