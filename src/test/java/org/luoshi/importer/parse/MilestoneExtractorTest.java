package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Milestone;

class MilestoneExtractorTest {
    private final DeadlineParser deadlines = new DeadlineParser();

    private List<Milestone> milestones(String text, Integer year) {
        return MilestoneExtractor.milestones(text, deadlines.find(text, year));
    }

    @Test
    void eachDatedStageBecomesAMilestoneLabelledWithWhatIsDue() {
        List<Milestone> m = milestones("升级完善全省电子印章和电子证照系统。2023年3月底前，完成省级电子证照系统升级；"
                + "6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。", 2023);
        assertThat(m).containsExactly(
                Milestone.of(LocalDate.of(2023, 3, 31), "完成省级电子证照系统升级"),
                Milestone.of(LocalDate.of(2023, 6, 30), "国家目录内涉及我省事项电子证照同步签发率达到80%"));
    }

    @Test
    void labelEndsAtTheEndOfItsLine() {
        List<Milestone> m = milestones("2024年6月底前，出台实施方案\n年底前，全面推开。", 2024);
        assertThat(m).extracting(Milestone::label).containsExactly("出台实施方案", "全面推开");
    }

    @Test
    void oneDeadlineIsNoStage() {
        assertThat(milestones("企业可在2023年底前采取分期或逐月等方式补缴缓缴的社会保险费。", 2023)).isEmpty();
    }

    @Test
    void onlyDatedByDeadlinesMakeStages() {
        assertThat(milestones("2023年起，每季度通报一次，2个工作日内办结。", 2023)).isEmpty();
        assertThat(milestones("6月底前完成清理，年底前全面推开。", null)).as("no year to date them").isEmpty();
    }
}
