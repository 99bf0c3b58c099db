package org.luoshi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Documents speak Chinese whatever the window speaks, unless the workspace says English. */
class DocumentTextsTest {
    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
        DocumentTexts.use(null);
    }

    @Test
    void chineseDocumentsUnderAnEnglishWindow() {
        Messages.setLocale(Locale.ENGLISH);
        DocumentTexts.use(null);
        assertThat(Messages.get("sheets.column.number")).isEqualTo("No.");
        assertThat(DocumentTexts.get("sheets.column.number")).isEqualTo("序号");
        assertThat(DocumentTexts.get("sheets.meta.madeOn", DocumentTexts.date(LocalDate.of(2026, 12, 6))))
                .isEqualTo("制表日期：2026年12月6日");
        assertThat(DocumentTexts.get("ics.summary", "29", "电子证照")).isEqualTo("任务29：电子证照");
        assertThat(DocumentTexts.month(YearMonth.of(2023, 3))).isEqualTo("2023年3月");
        assertThat(DocumentTexts.chinese()).isTrue();
    }

    @Test
    void theWorkspaceSettingChoosesEnglishAnythingElseIsChinese() {
        Messages.setLocale(Locale.CHINESE);
        DocumentTexts.use("ENGLISH");
        assertThat(DocumentTexts.get("sheets.column.number")).isEqualTo("No.");
        assertThat(DocumentTexts.date(LocalDate.of(2026, 12, 6))).isEqualTo("December 6, 2026");
        for (String chinese : new String[] {null, "", "CHINESE", "zh", "klingon"}) {
            DocumentTexts.use(chinese);
            assertThat(DocumentTexts.get("sheets.column.number")).as(String.valueOf(chinese)).isEqualTo("序号");
        }
        DocumentTexts.use(" en ");
        assertThat(DocumentTexts.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void chineseDatesHaveNoSpacesOrPaddingInBothBundles() {
        assertThat(Dates.format(LocalDate.of(2018, 11, 7), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2018年11月7日");
        assertThat(Dates.format(LocalDate.of(2018, 11, 7), Locale.ENGLISH)).isEqualTo("November 7, 2018");
    }
}
