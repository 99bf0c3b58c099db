package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * The classes of layout the third held-out set (holdout14c-*) failed on at its first run, each with a
 * second real wording from another document (issue 14; docs/IMPORTER.md, step 5).
 */
class LayoutClassesSetCTest {
    private final PlanParser parser = new PlanParser();

    private static List<String> units(Task t, Role role) {
        return t.unitNames(role);
    }

    /** 运城 2017: an item, its sub-items (1)–(4) without clauses, then the item's clause on a line of its own. */
    @Test
    void aClauseOnItsOwnLineAfterClauselessSubItemsClosesTheItem() {
        Plan plan = parser.parse("""
                （一）“一案三制”建设
                1.完善应急预案体系
                (1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作。
                (2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案。
                (3)加强应急预案演练,完善演练管理制度,推进“双盲”演练。
                (4)加强应急预案的培训宣传,扩大应急预案发布范围。
                (责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)
                2.健全应急管理体制和运行机制
                (1)深入推进市、县、乡三级政府应急管理办事机构建设。
                (2)加强公安、民政、卫生、安监、地震等专项预案牵头部门的应急机构建设。
                (责任单位:市编办、市应急办)
                """).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        assertThat(plan.tasks().get(0).text()).startsWith("完善应急预案体系").contains("(4)加强应急预案的培训宣传");
        assertThat(units(plan.tasks().get(0), Role.RESPONSIBLE))
                .containsExactly("市直各有关单位", "各县(市、区)人民政府", "各开发区管委会");
        assertThat(units(plan.tasks().get(1), Role.RESPONSIBLE)).containsExactly("市编办", "市应急办");
    }

    /**
     * The same class in another wording: the labelled clause of the 广州 人才集聚工程 plan (2012) printed
     * after an item's sub-items. Sub-items that carry their clause on their own heading line stay tasks
     * (PlanParserVariantsTest).
     */
    @Test
    void labelledFieldsAfterTheLastSubItemBelongToTheItem() {
        Plan plan = parser.parse("""
                三、构建三大人才开发支撑体系
                1.人才服务保障体系
                （1）大力发展人才服务业，加快建设中国南方人才资源服务产业园。
                （2）统筹各类园区资源，筹集建设专家公寓和人才公寓。
                （牵头单位：市人力资源和社会保障局，配合单位：市委组织部、各有关单位，各区、县级市）
                2.人才创新创业体系
                （1）建设“千人计划”南方创业服务中心。
                （2）推进南沙新区“粤港澳人才合作特别示范区”建设。
                （牵头单位：市委组织部，配合单位：市科技和信息化局）
                """).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        assertThat(plan.tasks().get(1).text()).contains("（2）推进南沙新区");
        assertThat(units(plan.tasks().get(0), Role.LEAD)).containsExactly("市人力资源和社会保障局");
        assertThat(units(plan.tasks().get(0), Role.COOPERATING)).contains("市委组织部", "各有关单位");
        assertThat(units(plan.tasks().get(1), Role.LEAD)).containsExactly("市委组织部");
        assertThat(units(plan.tasks().get(1), Role.COOPERATING)).containsExactly("市科技和信息化局");
    }
}
