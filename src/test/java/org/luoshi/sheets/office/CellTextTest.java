package org.luoshi.sheets.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.files.SafeText;
import org.luoshi.i18n.MessagesLocale;

class CellTextTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @Test
    void textOverExcelsLimitIsCutWithANoteThatSaysHowMuch() {
        String task = "任".repeat(40_000);
        String cell = CellText.fit(task);
        assertThat(cell.length()).isLessThanOrEqualTo(32_767);
        int kept = cell.indexOf('…');
        assertThat(cell.substring(0, kept)).isEqualTo("任".repeat(kept));
        // The window speaks English; the sheet (a document) speaks Chinese, numbers without separators.
        assertThat(cell.substring(kept)).isEqualTo("……［以下 " + (40_000 - kept)
                + " 字未显示：Excel 单元格最多容纳 32767 个字符，PDF 和 Word 分工表有全文］");
    }

    @Test
    void anEmojiAtTheCutIsKeptWholeOrLeftOut() {
        String task = "😀".repeat(20_000); // 40,000 UTF-16 units
        String cell = CellText.fit(task);
        assertThat(cell.length()).isLessThanOrEqualTo(32_767);
        assertThat(SafeText.isClean(cell)).isTrue();
    }

    @Test
    void textWithinTheLimitIsOnlyMadeSafe() {
        assertThat(CellText.fit("任".repeat(32_767))).hasSize(32_767);
        assertThat(CellText.fit("省\u001b]0;x\u0007局")).isEqualTo("省]0;x局");
    }

    @Test
    void theSheetNameIsCutToThirtyOneCharactersBetweenTwoGraphemes() {
        assertThat(XlsxSheetWriter.sheetName("部".repeat(30) + "😀厅任务分工表")).isEqualTo("部".repeat(30));
        assertThat(XlsxSheetWriter.sheetName("部".repeat(29) + "😀厅任务分工表")).isEqualTo("部".repeat(29) + "😀");
        assertThat(XlsxSheetWriter.sheetName("省\u001b审计厅[1]/表")).isEqualTo("省审计厅 1  表");
    }
}
