package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;

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
    void aUnitsSheetCarriesThePlansDocumentNumberTheUnitAndTaskSheet() {
        assertThat(FileNames.forUnitOf(SheetPlans.shanxi(), "省财政厅", "docx", List.of()))
                .isEqualTo("晋政办发〔2023〕1号-省财政厅-任务分工表.docx");
        // a second one into the same folder: the number goes after 任务分工表
        assertThat(FileNames.forUnitOf(SheetPlans.shanxi(), "省财政厅", "pdf",
                List.of("晋政办发〔2023〕1号-省财政厅-任务分工表.pdf", "晋政办发〔2023〕1号-省财政厅-任务分工表-2.PDF")))
                .isEqualTo("晋政办发〔2023〕1号-省财政厅-任务分工表-3.pdf");
    }

    @Test
    void aPlanWithoutDocumentNumberNamesTheSheetByTheUnitAlone() {
        Plan p = SheetPlans.shanxi();
        Plan unnumbered = new Plan(p.id(), p.notice(), p.title(), " ", p.issuer(), p.issuedOn(), p.sourceText(),
                p.parts(), p.sections(), p.tasks());
        assertThat(FileNames.forUnitOf(unnumbered, "省财政厅", "pdf", List.of())).isEqualTo("省财政厅.pdf");
    }

    @Test
    void aLongUnitIsCutAndTaskSheetKept() {
        // 255 bytes: "晋政办发〔2023〕1号-" 27, "-任务分工表" 16 and "-999.pdf" 8 leave 204 for the unit: 68 部
        String name = FileNames.forUnitOf(SheetPlans.shanxi(), "部".repeat(100), "pdf", List.of());
        assertThat(name).isEqualTo("晋政办发〔2023〕1号-" + "部".repeat(68) + "-任务分工表.pdf");
    }
}
