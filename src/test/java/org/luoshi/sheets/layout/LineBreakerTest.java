package org.luoshi.sheets.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.app.SamplePlan;
import org.luoshi.plan.Task;

/** Widths from {@link FixedPitchMeasurer}: a Chinese character one em, Latin half an em; size 10 = 10 points per em. */
class LineBreakerTest {
    private static final double SIZE = 10;
    private final LineBreaker breaker = new LineBreaker(FixedPitchMeasurer.INSTANCE);

    private List<String> lines(String text, double ems) {
        return breaker.lines(text, SIZE, ems * SIZE);
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertThat(lines("一二三四五六七", 3)).containsExactly("一二三", "四五六", "七");
    }

    @Test
    void numbersStayWhole() {
        // 完 成 (2 em) + 2023 (4 × ½ em = 2 em) fill 4 em; 年 starts the next line.
        assertThat(lines("完成2023年目标", 4)).containsExactly("完成2023", "年目标");
        assertThat(lines("完成了2023年目标", 4)).containsExactly("完成了", "2023年目", "标");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // 一二三 fill the line; ， may not start the next, so 三 goes over with it.
        assertThat(lines("一二三，四五", 3)).containsExactly("一二", "三，四", "五");
        // Two closing marks in a row: both go over with 三.
        assertThat(lines("一二三》，四", 3)).containsExactly("一二", "三》，", "四");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertThat(lines("一二（三）", 3)).containsExactly("一二", "（三）");
    }

    @Test
    void lineBreaksInTheTextAreKeptAndEmptyTextIsOneEmptyLine() {
        assertThat(lines("方案序号 4\n配合：省相关部门", 20)).containsExactly("方案序号 4", "配合：省相关部门");
        assertThat(lines("", 5)).containsExactly("");
    }

    @Test
    void aSpaceAtTheBreakIsDroppedAndALongWordIsCut() {
        assertThat(lines("ab cd", 2)).containsExactly("ab", "cd");
        assertThat(lines("abcdefgh", 2)).containsExactly("abcd", "efgh");
    }

    @Test
    void everyTaskOfTheSamplePlanBreaksWithinTheWidthAndLosesNothing() {
        for (Task t : SamplePlan.parse().plan().tasks()) {
            for (double ems : new double[] {6, 11, 17, 29}) {
                List<String> lines = lines(t.text(), ems);
                for (String line : lines) {
                    assertThat(FixedPitchMeasurer.INSTANCE.width(line, SIZE)).as(line).isLessThanOrEqualTo(ems * SIZE);
                    assertThat(line).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("、")
                            .doesNotStartWith("）").doesNotEndWith("（").doesNotEndWith("《");
                }
                assertThat(String.join("", lines).replace(" ", "")).isEqualTo(t.text().replace(" ", ""));
            }
        }
    }

    @Test
    void tokensKeepLatinRunsTogether() {
        assertThat(LineBreaker.tokens("率达到80%。LPR利率")).containsExactly("率", "达", "到", "80%", "。", "LPR", "利", "率");
    }
}
