package org.luoshi.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.OutlineRow;

class TaskRowsTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aUnitsTasksFromBothPlansUnderItsRoles() {
        TaskIndex index = FindFixtures.index();
        List<OutlineRow> rows = TaskRows.byRole(FindFixtures.facts(index.ofUnit("省市场监管局")), "省市场监管局");
        assertThat(rows).extracting(OutlineRow::text).containsExactly("牵头（2）", "责任（1）", "配合（1）");
        assertThat(rows).allMatch(r -> r.kind() == OutlineRow.Kind.GROUP);
        assertThat(rows.get(0).children()).extracting(r -> r.task().id()).containsExactly(11L, 21L);
        assertThat(rows.get(2).children()).extracting(OutlineRow::text).containsExactly("优化企业开办服务");
        assertThat(rows.get(2).children().get(0).lead()).isEqualTo("省商务厅");
    }

    @Test
    void searchResultsUnderTheirPlans() {
        List<OutlineRow> rows = TaskRows.byPlan(FindFixtures.facts(FindFixtures.index().search("证照")));
        assertThat(rows).extracting(OutlineRow::text).containsExactly(
                "晋政办发〔2023〕1号　放管服重点任务分工方案（1）", "晋政办发〔2023〕9号　营商环境若干措施（1）");
        assertThat(rows.stream().mapToInt(OutlineRow::taskCount).sum()).isEqualTo(2);
    }

    @Test
    void milestonesUnderTheirMonths() {
        List<OutlineRow> rows = TaskRows.byMilestoneMonth(FindFixtures.facts(FindFixtures.index().all()));
        assertThat(rows).extracting(OutlineRow::text).containsExactly("2023年3月（1）", "2023年6月（1）");
    }
}
