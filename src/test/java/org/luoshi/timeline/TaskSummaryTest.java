package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.timeline.TimelineFixtures.lightsOn;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;

/** The hover text: task, units, the deadline phrases as printed, milestones, and the light with its reason. */
class TaskSummaryTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private final TimelineRows rows = TimelineTree.build(TimelineFixtures.sample(), Grouping.OUTLINE, null,
            lightsOn(LocalDate.of(2023, 4, 1))).rows(Set.of());

    @Test
    void taskTwentyNineSaysItsUnitsAndItsPhrasesAsPrinted() {
        TimelineNode t29 = rows.node(rows.rowOf(29));
        assertThat(TaskSummary.lines(t29, null)).containsExactly(
                "29　" + t29.task().text(),
                "责任单位：省审批服务管理局、省市场监管局等",
                "完成时限：2023年3月底前；6月底前",
                "时间节点 2023年3月31日：完成省级电子证照系统升级",
                "时间节点 2023年6月30日：国家目录内涉及我省事项电子证照同步签发率达到80%",
                "临近或滞后：进度滞后：时间已过 44%，进展仅 0%（2023年6月30日 到期）。");
    }

    @Test
    void aHoveredMilestoneComesFirst() {
        TimelineNode t29 = rows.node(rows.rowOf(29));
        assertThat(TaskSummary.lines(t29, DragTarget.milestone(2901)).get(0))
                .isEqualTo("时间节点 2023年6月30日：国家目录内涉及我省事项电子证照同步签发率达到80%");
    }

    @Test
    void aHeadingSaysHowManyTasksItHolds() {
        assertThat(TaskSummary.lines(rows.node(0), null)).containsExactly("一、依靠改革开放释放经济增长潜力", "共 17 项任务");
    }
}
