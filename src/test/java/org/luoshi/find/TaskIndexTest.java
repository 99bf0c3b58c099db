package org.luoshi.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Plan;
import org.luoshi.plan.TaskStatus;

class TaskIndexTest {

    private static List<Long> ids(List<IndexedTask> hits) {
        return hits.stream().map(h -> h.task().id()).toList();
    }

    @Test
    void findsChineseSubstringsOfTaskTextAndUnitNames() {
        TaskIndex index = FindFixtures.index();
        assertThat(ids(index.search("电子证照"))).containsExactly(12L);
        assertThat(ids(index.search("证照"))).containsExactly(12L, 21L);
        // a unit name, also a part of one
        assertThat(ids(index.search("市场监管"))).containsExactly(11L, 12L, 21L, 22L);
        assertThat(ids(index.search("司法厅"))).containsExactly(13L);
    }

    @Test
    void everyTermMustMatchAndFullWidthFormsEqualPlainOnes() {
        TaskIndex index = FindFixtures.index();
        assertThat(ids(index.search("证照　市场监管局"))).containsExactly(12L, 21L);
        assertThat(ids(index.search("证照 商务厅"))).isEmpty();
        // the text says ８０％ in full width; the milestone 80%
        assertThat(ids(index.search("80%"))).containsExactly(12L);
        assertThat(ids(index.search("８０"))).containsExactly(12L);
    }

    @Test
    void looksThroughProgressContactNotesAndDeadlinePhrases() {
        TaskIndex index = FindFixtures.index();
        assertThat(ids(index.search("一网通办"))).containsExactly(22L);
        assertThat(ids(index.search("王丽"))).containsExactly(22L);
        assertThat(ids(index.search("28日前报送"))).containsExactly(22L);
        assertThat(ids(index.search("长期坚持"))).containsExactly(21L);
    }

    @Test
    void foldingMakesFullWidthPlainAndLatinLowerCase() {
        assertThat(SearchText.normalize("ＬＰＲ利率下降０．１５％　见效")).isEqualTo("lpr利率下降0.15% 见效");
        assertThat(SearchText.normalize("电子证照")).isSameAs("电子证照".intern());
        assertThat(SearchText.terms("ＬＰＲ　利率 ")).containsExactly("lpr", "利率");
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(FindFixtures.index().search(" 　")).isEmpty();
    }

    @Test
    void anEditedTaskIsFoundByItsNewTextAndNotTheOld() {
        TaskIndex index = FindFixtures.index();
        index.putTask(index.get(13).task().withText("取消行政备案事项"));
        assertThat(ids(index.search("取消"))).containsExactly(13L);
        assertThat(ids(index.search("清理规范"))).isEmpty();
        assertThat(ids(index.all())).containsExactly(11L, 12L, 13L, 14L, 21L, 22L);
    }

    @Test
    void plansAreReplacedAndRemovedWhole() {
        TaskIndex index = FindFixtures.index();
        Plan renamed = FindFixtures.business().withTitle("新标题");
        index.putPlan(renamed.withTasks(renamed.tasks().subList(0, 1)));
        assertThat(ids(index.all())).containsExactly(11L, 12L, 13L, 14L, 21L);
        assertThat(index.get(21).plan().title()).isEqualTo("新标题");
        assertThat(index.get(22)).isNull();
        index.removePlan(1);
        assertThat(ids(index.all())).containsExactly(21L);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void unitsAndTheirOpenTasks() {
        TaskIndex index = FindFixtures.index();
        assertThat(ids(index.ofUnit("省市场监管局"))).containsExactly(11L, 12L, 21L, 22L);
        assertThat(index.unitNames()).contains("省市场监管局", "省商务厅").hasSize(6);
        // 省政务信息管理局's only task is done
        assertThat(index.openTaskCounts()).containsEntry("省市场监管局", 4).containsEntry("省财政厅", 1)
                .doesNotContainKey("省政务信息管理局");
        index.putTask(index.get(11).task().withStatus(TaskStatus.CLOSED));
        assertThat(index.openTaskCounts()).containsEntry("省市场监管局", 3).doesNotContainKey("省财政厅");
    }
}
