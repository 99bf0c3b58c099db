package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.importer.parse.PlanParser;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/** Items and their labelled fields run together on one line by a web copy get their line breaks back. */
class InlineFieldLinesTest {

    /** 宁波 2014 (holdout14c): items, people, units and progress on one line. */
    @Test
    void aLineOfItemsAndFieldsIsBrokenBeforeEachFieldAndItem() {
        String line = "现将实事项目1—6月份进展情况予以公示。 1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 "
                + "责任单位:市轨道交通工程建设指挥部 项目责任人:尹文德 2.新增安装300套路口交通信息视频采集设备。 "
                + "牵头领导:王仁洲 责任单位:市公安局 配合单位:市城管局、市财政局";
        assertThat(InlineFieldLines.reflow(line)).isEqualTo("""
                现将实事项目1—6月份进展情况予以公示。
                1.轨道交通1号线一期工程投入试运营。
                牵头领导:林静国
                责任单位:市轨道交通工程建设指挥部
                项目责任人:尹文德
                2.新增安装300套路口交通信息视频采集设备。
                牵头领导:王仁洲
                责任单位:市公安局
                配合单位:市城管局、市财政局""");
    }

    /**
     * A second wording: the 牵头单位/责任单位 lines of 立山区 2023 (鞍立政发〔2023〕2号, i14-lishan-2023), as a copy
     * that lost the page's line breaks gives them; read by the parser as the page prints them.
     */
    @Test
    void theLishanFieldsRunTogetherAreReadAsPrintedOneALine() {
        String text = "一、经济社会发展的主要预期目标 1.努力实现地区生产总值增长6.2%左右。 牵头单位:区发改局 "
                + "责任单位:立山经济开发区,全区经济运行各专班 2.规模上工业增加值增长5%左右。 牵头单位:区工信局 "
                + "责任单位:立山经济开发区\n";
        Plan plan = new PlanParser().parse(InlineFieldLines.reflow(text)).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        assertThat(plan.tasks().get(0).unitNames(Role.LEAD)).containsExactly("区发改局");
        assertThat(plan.tasks().get(0).unitNames(Role.RESPONSIBLE)).containsExactly("立山经济开发区", "全区经济运行各专班");
        assertThat(plan.tasks().get(1).text()).isEqualTo("规模上工业增加值增长5%左右。");
    }

    @Test
    void linesWithOneFieldOrDecimalsStayAsTheyAre() {
        String text = "1.投资1.5亿元建设园区。 责任单位:市发展改革委\n2.完成 3.2万户改造。\n";
        assertThat(InlineFieldLines.reflow(text)).isSameAs(text);
        String two = "安排 1.5亿元。 牵头单位:市财政局 配合单位:市税务局";
        assertThat(InlineFieldLines.reflow(two)).isEqualTo("安排 1.5亿元。\n牵头单位:市财政局\n配合单位:市税务局");
    }

    /**
     * Set F (莆田 关于支持“双招双引”的十条意见): title, preamble, items and their 责任单位 fields on one line with no
     * spaces, a 。 before each field and item. Here 立山's items (a real plan of the tuning set) run together that way;
     * a line with one such field, or with figures after a 。 (。2.5亿元), stays as it is.
     */
    @Test
    void itemsAndFieldsRunTogetherAfterSentenceEndsAreBrokenToo() {
        String text = "现就全区2023年重点工作,制定分工方案如下。1.努力实现地区生产总值增长6.2%左右。牵头单位:区发改局。"
                + "责任单位:立山经济开发区,全区经济运行各专班。2.规模上工业增加值增长5%左右。牵头单位:区工信局。"
                + "责任单位:立山经济开发区。\n";
        assertThat(InlineFieldLines.reflow(text)).isEqualTo("""
                现就全区2023年重点工作,制定分工方案如下。
                1.努力实现地区生产总值增长6.2%左右。
                牵头单位:区发改局。
                责任单位:立山经济开发区,全区经济运行各专班。
                2.规模上工业增加值增长5%左右。
                牵头单位:区工信局。
                责任单位:立山经济开发区。
                """);
        Plan plan = new PlanParser().parse(InlineFieldLines.reflow(text)).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        assertThat(plan.tasks().get(1).unitNames(Role.LEAD)).containsExactly("区工信局");
        String prose = "全年投入资金。2.5亿元用于园区建设。责任单位:市财政局。3.5亿元用于道路。责任单位:市交通局。";
        assertThat(InlineFieldLines.reflow(prose)).isSameAs(prose);
        String one = "现提出以下意见。1.加快建设。责任单位:市发改委。2.完善机制。";
        assertThat(InlineFieldLines.reflow(one)).isSameAs(one);
    }
}
