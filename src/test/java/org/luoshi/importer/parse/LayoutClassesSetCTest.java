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

    /** 湖州 2020: the notice lists its attachments 附件:1.X / 2.Y; the 2.Y line is no item of the plan. */
    @Test
    void aNoticesAttachmentListIsNoPartOfThePlan() {
        ParsedPlan parsed = parser.parse("""
                各区县人民政府,南太湖新区管委会,市府各部门,市直各单位:
                《2020年政府工作报告重点工作责任分解》和《十方面民生实事责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。
                附件:1.2020年政府工作报告重点工作责任分解
                2.十方面民生实事责任分解
                湖州市人民政府办公室
                2020年5月22日
                附件1
                2020年政府工作报告重点工作责任分解
                一、王纲市长主抓重点工作
                1.坚定不移支持企业发展。力争减轻企业各类负担200亿元。
                责任单位:市经信局、市财政局、市发展改革委(列第一位者为工作牵头单位或汇总单位,下同)
                2.开展项目“双进双产”。
                责任单位:市发展改革委、市经信局
                """);
        Plan plan = parsed.plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        assertThat(plan.issuedOn()).hasToString("2020-05-22");
        assertThat(units(plan.tasks().get(0), Role.LEAD)).containsExactly("市经信局");
        assertThat(units(plan.tasks().get(0), Role.RESPONSIBLE)).containsExactly("市财政局", "市发展改革委");
        assertThat(units(plan.tasks().get(1), Role.LEAD)).as("下同: the rule holds for later lists").containsExactly("市发展改革委");
    }

    /**
     * A second wording: the two attachments 甘肃 甘政发〔2022〕9号 names in its notice (附件1, 附件2), listed
     * the way notices list them, with full-width numbers; and 杭州 2020's rule wording
     * (列第一位的责任单位为牵头单位或汇总单位) in the notice.
     */
    @Test
    void anAttachmentListInAnotherWording() {
        Plan plan = parser.parse("""
                各市、自治州人民政府,兰州新区管委会,省政府各部门:
                责任分解中,列第一位的责任单位为牵头单位或汇总单位。
                附件：1．2022年《政府工作报告》主要指标分解表
                　　　2．2022年《政府工作报告》重点任务分解表
                甘肃省人民政府
                2022年1月28日
                一、重点任务
                1．稳住工业经济基本盘。
                责任单位：省工信厅、省发展改革委
                """).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1");
        assertThat(units(plan.tasks().get(0), Role.LEAD)).containsExactly("省工信厅");
        assertThat(units(plan.tasks().get(0), Role.RESPONSIBLE)).containsExactly("省发展改革委");
    }

    /** A plan whose first item follows 附件： directly is still read (the item says something: a clause). */
    @Test
    void itemsWithClausesAfterAnAttachmentLineAreTasks() {
        Plan plan = parser.parse("""
                附件：
                1．压减审批时限。（省政务服务局牵头，省直有关部门配合）
                2．推行告知承诺制。（省司法厅负责）
                """).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
    }

    /** 广州 2012: 各有关区、县级市 is one group, as 各区、县级市 is; a second wording: 各有关市、县人民政府. */
    @Test
    void aGroupOfLevelsAfter各有关StaysWhole() {
        UnitListSplitter splitter = new UnitListSplitter();
        assertThat(splitter.split("市科协，各有关区、县级市").names()).containsExactly("市科协", "各有关区、县级市");
        assertThat(splitter.split("市人力资源和社会保障局、市科技和信息化局，各有关区、县级市").names())
                .containsExactly("市人力资源和社会保障局", "市科技和信息化局", "各有关区、县级市");
        assertThat(splitter.split("省财政厅、各有关市、县人民政府").names()).containsExactly("省财政厅", "各有关市、县人民政府");
        assertThat(splitter.split("各相关区、市交通委").names()).as("climbing back from 区 to 市: two units")
                .containsExactly("各相关区", "市交通委");
    }

    /** 霍山 2025: 全年 in a 完成时限 cell is due by the end of the plan's year; a second wording: 年底前. */
    @Test
    void aWholeYearTimeLimitIsDueByTheYearsEnd() {
        DeadlineParser deadlines = new DeadlineParser();
        assertThat(deadlines.parseTimeLimit("全年", 2025)).extracting(d -> d.kind() + " " + d.date())
                .containsExactly("BY 2025-12-31");
        assertThat(deadlines.parseTimeLimit("年底前", 2023)).extracting(d -> d.kind() + " " + d.date())
                .containsExactly("BY 2023-12-31");
        assertThat(deadlines.parseTimeLimit("全年", null)).extracting(d -> d.kind() + " " + d.date())
                .containsExactly("BY null");
    }

    /** The plan's year from its title when it prints no date or number; a range's end names no year. */
    @Test
    void aPlansYearFromItsTitle() {
        assertThat(PlanParser.planYear(null, null, "2025年开发区重点工作及责任清单")).isEqualTo(2025);
        assertThat(PlanParser.planYear(null, null, "2021年省《政府工作报告》重点任务分工方案")).isEqualTo(2021);
        assertThat(PlanParser.planYear(null, null, "六盘水市新型基础设施建设三年行动方案(2022—2024年)")).isNull();
        assertThat(PlanParser.planYear(null, "国发〔2020〕6号", "2021年工作要点")).isEqualTo(2020);
        assertThat(PlanParser.planYear(null, null, "关于推进人才集聚工程的实施意见")).isNull();
    }

    /** 丽水 2023 (holdout14b): 带动未来五年…投资 is a span from now; a second wording: 今后3年内 (a plan's 三年行动). */
    @Test
    void aSpanCountedFromNowIsAWithinDeadline() {
        DeadlineParser deadlines = new DeadlineParser();
        assertThat(deadlines.find("每年招引亿元以上制造业项目100个,带动未来五年制造业投资1000亿元以上。", 2023))
                .extracting(d -> d.deadline().kind() + " " + d.deadline().amount() + " " + d.deadline().spanUnit())
                .containsExactly("WITHIN 5 YEARS");
        assertThat(deadlines.find("今后3年内,全市新建改造农村公路1000公里。", 2023))
                .extracting(d -> d.deadline().kind() + " " + d.deadline().amount() + " " + d.deadline().spanUnit())
                .containsExactly("WITHIN 3 YEARS");
    }

    /** 六安 2017 (holdout14d): the lead as a field inside the item's sentence, after a comma, up to its 。 */
    @Test
    void aUnitFieldInsideTheItemsSentence() {
        Plan plan = parser.parse("""
                二、部分项目进展情况
                1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。
                2、农村饮水安全巩固提升工程,牵头部门:市水利局。未完成建设任务的县区为舒城县。
                """).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        assertThat(units(plan.tasks().get(0), Role.LEAD)).containsExactly("市交通局");
        assertThat(units(plan.tasks().get(1), Role.LEAD)).containsExactly("市水利局");
        assertThat(plan.tasks().get(0).text()).startsWith("农村道路畅通工程");
    }

    /**
     * A second wording: 宁波 2014's items and units (holdout14c) written the same way, with a 配合单位 field
     * too; a comma before a word that is no field label (,责任重大:) is left alone.
     */
    @Test
    void unitFieldsInsideSentencesInAnotherWording() {
        Plan plan = parser.parse("""
                一、民生实事项目
                1.新增安装300套路口交通信息视频采集设备,责任单位:市公安局;配合单位:市城管局、市财政局。
                2.新辟公交线路10条,优化调整20条,责任单位:市交通委。
                """).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        assertThat(units(plan.tasks().get(0), Role.LEAD)).containsExactly("市公安局");
        assertThat(units(plan.tasks().get(1), Role.LEAD)).containsExactly("市交通委");
    }
}
