package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;

class FileNamesTest {
    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void unitNamesBecomeFileNamesSafeEverywhere() {
        assertThat(FileNames.forUnit("各市、县人民政府", "pdf", List.of())).isEqualTo("各市、县人民政府.pdf");
        assertThat(FileNames.forUnit("省发展改革委/省能源局", "docx", List.of())).isEqualTo("省发展改革委_省能源局.docx");
        assertThat(FileNames.forUnit(" a:b*c?\"d<e>f|g\\h. ", "xlsx", List.of())).isEqualTo("a_b_c__d_e_f_g_h.xlsx");
        assertThat(FileNames.forUnit("...", "pdf", List.of())).isEqualTo("_.pdf");
    }

    @Test
    void aNameTakenAlreadyGetsANumber() {
        assertThat(FileNames.forUnit("省财政厅", "pdf", List.of("省财政厅.pdf", "省财政厅-2.PDF"))).isEqualTo("省财政厅-3.pdf");
    }

    @Test
    void theWholePlanIsNamedByItsDocumentNumber() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(FileNames.forPlan(SheetPlans.shanxi(), "pdf")).isEqualTo("晋政办发〔2023〕1号-任务分工总表.pdf");
    }

    @Test
    void aUnitsSheetOnItsOwnCarriesThePlansDocumentNumber() {
        assertThat(FileNames.forUnitOf(SheetPlans.shanxi(), "省财政厅", "docx", List.of()))
                .isEqualTo("晋政办发〔2023〕1号-省财政厅.docx");
    }
}
