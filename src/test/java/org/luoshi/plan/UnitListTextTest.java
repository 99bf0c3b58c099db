package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;

class UnitListTextTest {
    @AfterEach
    void reset() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theFirstUnitAndTheCountInChinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        // Task 29 of 晋政办发〔2023〕1号: 省审批服务管理局、省市场监管局.
        assertThat(UnitListText.shortText(List.of("省审批服务管理局", "省市场监管局"))).isEqualTo("省审批服务管理局等2家");
        assertThat(UnitListText.fullText(List.of("省审批服务管理局", "省市场监管局"))).isEqualTo("省审批服务管理局、省市场监管局");
        assertThat(UnitListText.shortText(List.of("省财政厅"))).isEqualTo("省财政厅");
        assertThat(UnitListText.fullText(List.of("省财政厅"))).isNull();
        assertThat(UnitListText.shortText(List.of())).isEmpty();
    }

    @Test
    void inEnglishTheOthersAreCounted() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(UnitListText.shortText(List.of("省发展改革委", "省财政厅", "省商务厅"))).isEqualTo("省发展改革委 and 2 more");
    }
}
