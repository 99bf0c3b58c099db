package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanOutlineTest {
    private static Task task(int seq, String part, String section, List<Assignment> units, boolean others,
            List<Deadline> deadlines) {
        return new Task(0, seq, String.valueOf(seq), part, section, "任务" + seq, units, others, deadlines, List.of(),
                List.of(), TaskStatus.NOT_STARTED, 0);
    }

    @Test
    void partsHoldSectionsThatHoldTasks() {
        Plan plan = new Plan(0, null, "方案", null, null, null, "",
                List.of(new Part("一", "第一部分"), new Part("二", "第二部分")),
                List.of(new Section("一", "一", "甲"), new Section("一", "二", "乙"), new Section("二", "三", "丙")),
                List.of(task(1, "一", "一", List.of(), false, List.of()),
                        task(2, "一", "二", List.of(), false, List.of()),
                        task(3, "一", "二", List.of(), false, List.of()),
                        task(4, "二", "三", List.of(), false, List.of())));
        List<OutlineRow> rows = PlanOutline.of(plan, "等");
        assertThat(rows).extracting(OutlineRow::number).containsExactly("一、", "二、");
        assertThat(rows.get(0).children()).extracting(OutlineRow::number).containsExactly("（一）", "（二）");
        assertThat(rows.get(0).children().get(1).children()).extracting(OutlineRow::number).containsExactly("2", "3");
        assertThat(rows.get(0).taskCount()).isEqualTo(3);
        assertThat(rows.get(1).taskCount()).isEqualTo(1);
    }

    @Test
    void tasksWithoutSectionsSitUnderTheirPartOrAtTheTop() {
        Plan plan = new Plan(0, null, "方案", null, null, null, "", List.of(new Part("一", "甲")), List.of(),
                List.of(task(1, "一", null, List.of(), false, List.of()), task(2, null, null, List.of(), false, List.of())));
        List<OutlineRow> rows = PlanOutline.of(plan, "等");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).children()).extracting(OutlineRow::number).containsExactly("1");
        assertThat(rows.get(1).kind()).isEqualTo(OutlineRow.Kind.TASK);
    }

    @Test
    void unitColumnsJoinNamesAndMarkOthersOnTheLastList() {
        Task t = task(29, null, null, List.of(
                Assignment.of("省审批服务管理局", Role.RESPONSIBLE),
                Assignment.of("省市场监管局", Role.RESPONSIBLE)), true,
                List.of(Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31)),
                        Deadline.by("6月底前", LocalDate.of(2023, 6, 30))));
        OutlineRow row = PlanOutline.taskRow(t, "等");
        assertThat(row.lead()).isEmpty();
        assertThat(row.responsible()).isEqualTo("省审批服务管理局、省市场监管局等");
        assertThat(row.cooperating()).isEmpty();
        assertThat(row.deadline()).isEqualTo("2023年3月底前；6月底前");
    }
}
