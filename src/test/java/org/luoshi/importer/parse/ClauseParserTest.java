package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Role;

class ClauseParserTest {
    private final ClauseParser parser = new ClauseParser();

    private static List<String> names(ParsedClause clause, Role role) {
        return clause.assignments().stream().filter(a -> a.role() == role).map(a -> a.unit().name()).toList();
    }

    private ParsedClause parse(String content, boolean firstListedLeads) {
        Optional<ParsedClause> clause = parser.parse(content, firstListedLeads);
        assertThat(clause).as("clause of %s", content).isPresent();
        return clause.get();
    }

    private static Arguments clause(String content, List<String> lead, List<String> responsible,
            List<String> cooperating, boolean others) {
        return Arguments.of(content, lead, responsible, cooperating, others);
    }

    static Stream<Arguments> verbClauses() {
        return Stream.of(
                // X牵头，Y配合
                clause("省优化营商环境促进市场主体倍增工作专班牵头，省相关部门配合",
                        List.of("省优化营商环境促进市场主体倍增工作专班"), List.of(), List.of("省相关部门"), false),
                clause("省市场监管局牵头，省住建厅、省人社厅、省地方金融监管局、省财政厅等相关部门配合",
                        List.of("省市场监管局"), List.of(),
                        List.of("省住建厅", "省人社厅", "省地方金融监管局", "省财政厅"), true),
                clause("省市场监管局牵头，省相关部门和各市人民政府配合",
                        List.of("省市场监管局"), List.of(), List.of("省相关部门", "各市人民政府"), false),
                clause("省审批服务管理局牵头，各市、县人民政府配合",
                        List.of("省审批服务管理局"), List.of(), List.of("各市、县人民政府"), false),
                clause("省发展改革委、省商务厅牵头，省相关部门和各市、县人民政府配合",
                        List.of("省发展改革委", "省商务厅"), List.of(), List.of("省相关部门", "各市、县人民政府"), false),
                clause("省发展改革委、省国资委、省能源局牵头，省相关部门和各市人民政府配合",
                        List.of("省发展改革委", "省国资委", "省能源局"), List.of(),
                        List.of("省相关部门", "各市人民政府"), false),
                clause("省住建厅牵头", List.of("省住建厅"), List.of(), List.of(), false),
                clause("农业农村部、工业和信息化部牵头负责",
                        List.of("农业农村部", "工业和信息化部"), List.of(), List.of(), false),
                // X、Y按职责分工负责 / 落实
                clause("省工信厅、省发展改革委、省教育厅按职责分工负责",
                        List.of(), List.of("省工信厅", "省发展改革委", "省教育厅"), List.of(), false),
                clause("人行太原中心支行、山西银保监局按职责分工负责",
                        List.of(), List.of("人行太原中心支行", "山西银保监局"), List.of(), false),
                clause("省自然资源厅、省生态环境厅、省水利厅等相关部门和各市人民政府按职责分工负责",
                        List.of(), List.of("省自然资源厅", "省生态环境厅", "省水利厅", "各市人民政府"), List.of(), true),
                clause("各市人民政府和省级行政执法部门按职责分工落实",
                        List.of(), List.of("各市人民政府", "省级行政执法部门"), List.of(), false),
                clause("各市、县人民政府和省级行政执法部门按职责分工落实",
                        List.of(), List.of("各市、县人民政府", "省级行政执法部门"), List.of(), false),
                clause("省发展改革委、省教育厅、省民政厅、省财政厅、省人社厅、省退役军人厅、国家统计局山西调查总队按职责分工负责，各市人民政府配合",
                        List.of(), List.of("省发展改革委", "省教育厅", "省民政厅", "省财政厅", "省人社厅", "省退役军人厅",
                                "国家统计局山西调查总队"), List.of("各市人民政府"), false),
                // X牵头，Y等相关部门按职责分工负责
                clause("省工信厅牵头，省交通厅、省发展改革委、山西银保监局等相关部门和各市人民政府按职责分工负责",
                        List.of("省工信厅"), List.of("省交通厅", "省发展改革委", "山西银保监局", "各市人民政府"), List.of(), true),
                clause("省商务厅牵头，省发展改革委、省财政厅、省工信厅等相关部门按职责分工负责",
                        List.of("省商务厅"), List.of("省发展改革委", "省财政厅", "省工信厅"), List.of(), true),
                // （X负责） with one unit → lead; several → responsible
                clause("各省级人民政府负责", List.of("各省级人民政府"), List.of(), List.of(), false),
                clause("由省财政厅负责", List.of("省财政厅"), List.of(), List.of(), false),
                clause("农业农村部、工业和信息化部等负责",
                        List.of(), List.of("农业农村部", "工业和信息化部"), List.of(), true),
                clause("省人社厅、省财政厅分别负责", List.of(), List.of("省人社厅", "省财政厅"), List.of(), false),
                // X会同Y负责
                clause("农业农村部会同有关部门负责", List.of("农业农村部"), List.of(), List.of("有关部门"), false),
                clause("省财政厅会同省发展改革委、省税务局负责",
                        List.of("省财政厅"), List.of(), List.of("省发展改革委", "省税务局"), false),
                // 指导 reads like 负责
                clause("市场监管总局指导", List.of("市场监管总局"), List.of(), List.of(), false),
                clause("教育部、人力资源社会保障部指导",
                        List.of(), List.of("教育部", "人力资源社会保障部"), List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbClauses")
    void verbClauses(String content, List<String> lead, List<String> responsible, List<String> cooperating,
            boolean others) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.othersIncluded()).as("othersIncluded").isEqualTo(others);
        assertThat(c.setsFirstListedLeads()).isFalse();
    }

    static Stream<Arguments> labelledClauses() {
        return Stream.of(
                clause("牵头单位：省发展改革委；配合单位：省财政厅、省自然资源厅",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅", "省自然资源厅"), false),
                clause("牵头单位:省发展改革委;配合单位:省财政厅、省自然资源厅",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅", "省自然资源厅"), false),
                clause("牵头单位：省发展改革委，配合单位：省财政厅、省自然资源厅等相关部门",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅", "省自然资源厅"), true),
                clause("牵头单位: 省发展改革委, 配合单位: 省财政厅",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅"), false),
                clause("牵头部门：市商务委；配合部门：市发展改革委、各区",
                        List.of("市商务委"), List.of(), List.of("市发展改革委", "各区"), false),
                // 责任单位 / 责任部门 / 负责部门: one unit leads, several share responsibility
                clause("责任单位：省发展改革委", List.of("省发展改革委"), List.of(), List.of(), false),
                clause("责任单位：省发展改革委、省财政厅",
                        List.of(), List.of("省发展改革委", "省财政厅"), List.of(), false),
                clause("负责部门：自然资源部", List.of("自然资源部"), List.of(), List.of(), false),
                clause("责任部门：市住房城乡建设管理委", List.of("市住房城乡建设管理委"), List.of(), List.of(), false),
                clause("责任部门: 市发展改革委、市交通委、市经济信息化委、市水务局",
                        List.of(), List.of("市发展改革委", "市交通委", "市经济信息化委", "市水务局"), List.of(), false),
                // a field that assigns nothing is skipped
                clause("负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区，以下除标注适用于特定自贸试验区的措施外，适用范围均为所有自贸试验区",
                        List.of(), List.of("人力资源社会保障部", "住房城乡建设部", "商务部"), List.of(), false),
                clause("负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区",
                        List.of(), List.of("发展改革委", "粮食和储备局"), List.of(), false),
                clause("负责部门：民航局，适用范围：河南自贸试验区", List.of("民航局"), List.of(), List.of(), false),
                clause("负责部门：文化和旅游部、海关总署", List.of(), List.of("文化和旅游部", "海关总署"), List.of(), false),
                // trailing locality after the list
                clause("责任部门：市发展改革委、市交通委，各区",
                        List.of(), List.of("市发展改革委", "市交通委", "各区"), List.of(), false),
                clause("责任部门：市发展改革委、市经济信息化委、市科委等，各区",
                        List.of(), List.of("市发展改革委", "市经济信息化委", "市科委", "各区"), List.of(), true),
                clause("责任部门：市发展改革委、市住房城乡建设管理委（市重大办）、市经济信息化委等，各区",
                        List.of(), List.of("市发展改革委", "市住房城乡建设管理委（市重大办）", "市经济信息化委", "各区"),
                        List.of(), true),
                clause("责任部门：市发展改革委、市工商联，各区、有关行业协会",
                        List.of(), List.of("市发展改革委", "市工商联", "各区", "有关行业协会"), List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledClauses")
    void labelledClauses(String content, List<String> lead, List<String> responsible, List<String> cooperating,
            boolean others) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.othersIncluded()).as("othersIncluded").isEqualTo(others);
    }

    @Test
    void timeLimitFieldsAreKeptAsPrinted() {
        ParsedClause c = parse("牵头单位：省发展改革委；配合单位：省财政厅；完成时限：2023年6月底前", false);
        assertThat(names(c, Role.LEAD)).containsExactly("省发展改革委");
        assertThat(names(c, Role.COOPERATING)).containsExactly("省财政厅");
        assertThat(c.timeLimits()).containsExactly("2023年6月底前");

        ParsedClause ongoing = parse("责任单位：省发展改革委；完成时限：长期坚持", false);
        assertThat(ongoing.timeLimits()).containsExactly("长期坚持");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clausesWithTimeLimits")
    void timeLimitInAVerbClauseIsNoUnit(String content, List<String> lead, List<String> responsible,
            List<String> cooperating, String timeLimit) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.timeLimits()).containsExactly(timeLimit);
    }

    static Stream<Arguments> clausesWithTimeLimits() {
        return Stream.of(
                Arguments.of("省商务厅牵头，持续推进", List.of("省商务厅"), List.of(), List.of(), "持续推进"),
                Arguments.of("省农业农村厅牵头，省相关部门配合，长期坚持",
                        List.of("省农业农村厅"), List.of(), List.of("省相关部门"), "长期坚持"),
                Arguments.of("省教育厅负责，2023年底前完成", List.of("省教育厅"), List.of(), List.of(), "2023年底前完成"),
                Arguments.of("省发展改革委牵头，省财政厅配合；2023年6月底前",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅"), "2023年6月底前"),
                Arguments.of("省人社厅、省财政厅按职责分工负责，每季度报送进展",
                        List.of(), List.of("省人社厅", "省财政厅"), List.of(), "每季度报送进展"));
    }

    @Test
    void leadMarkedInAList() {
        ParsedClause c = parse("责任单位：省发展改革委（牵头）、省财政厅、省自然资源厅", false);
        assertThat(names(c, Role.LEAD)).containsExactly("省发展改革委");
        assertThat(names(c, Role.RESPONSIBLE)).containsExactly("省财政厅", "省自然资源厅");

        ParsedClause second = parse("责任单位：省财政厅、省发展改革委(牵头)", false);
        assertThat(names(second, Role.LEAD)).containsExactly("省发展改革委");
        assertThat(names(second, Role.RESPONSIBLE)).containsExactly("省财政厅");
    }

    @Test
    void fieldsSeparatedByIdeographicSpace() {
        ParsedClause c = parse("牵头单位：省发展改革委\u3000配合单位：省财政厅、省自然资源厅", false);
        assertThat(names(c, Role.LEAD)).containsExactly("省发展改革委");
        assertThat(names(c, Role.COOPERATING)).containsExactly("省财政厅", "省自然资源厅");
    }

    @Test
    void standingRuleMakesTheFirstListedUnitLead() {
        ParsedClause c = parse("工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同", false);
        assertThat(c.setsFirstListedLeads()).isTrue();
        assertThat(names(c, Role.LEAD)).containsExactly("工业和信息化部");
        assertThat(names(c, Role.RESPONSIBLE)).containsExactly("发展改革委", "科技部", "农业农村部");
        assertThat(names(c, Role.COOPERATING)).isEmpty();
        assertThat(c.othersIncluded()).isTrue();
    }

    @Test
    void otherWordingOfTheStandingRule() {
        ParsedClause c = parse("省发展改革委、省财政厅、省商务厅负责。排在第一位的部门为牵头部门", false);
        assertThat(c.setsFirstListedLeads()).isTrue();
        assertThat(names(c, Role.LEAD)).containsExactly("省发展改革委");
        assertThat(names(c, Role.RESPONSIBLE)).containsExactly("省财政厅", "省商务厅");
    }

    @Test
    void standingRuleFromEarlierClauseAppliesToLaterLists() {
        ParsedClause c = parse("工业和信息化部、发展改革委、农业农村部、商务部、国资委、国际发展合作署等负责", true);
        assertThat(c.setsFirstListedLeads()).isFalse();
        assertThat(names(c, Role.LEAD)).containsExactly("工业和信息化部");
        assertThat(names(c, Role.RESPONSIBLE))
                .containsExactly("发展改革委", "农业农村部", "商务部", "国资委", "国际发展合作署");

        ParsedClause labelled = parse("负责部门：商务部、海关总署、财政部、税务总局", true);
        assertThat(names(labelled, Role.LEAD)).containsExactly("商务部");
        assertThat(names(labelled, Role.RESPONSIBLE)).containsExactly("海关总署", "财政部", "税务总局");
    }

    @Test
    void standingRuleDoesNotOverrideAnExplicitLead() {
        ParsedClause c = parse("农业农村部、工业和信息化部牵头负责", true);
        assertThat(names(c, Role.LEAD)).containsExactly("农业农村部", "工业和信息化部");
        assertThat(names(c, Role.RESPONSIBLE)).isEmpty();

        ParsedClause mixed = parse("省工信厅牵头，省交通厅、省发展改革委按职责分工负责", true);
        assertThat(names(mixed, Role.LEAD)).containsExactly("省工信厅");
        assertThat(names(mixed, Role.RESPONSIBLE)).containsExactly("省交通厅", "省发展改革委");
    }

    @Test
    void assignmentsKeepClauseOrder() {
        ParsedClause c = parse("省市场监管局牵头，省住建厅、省人社厅配合", false);
        assertThat(c.assignments()).containsExactly(
                Assignment.of("省市场监管局", Role.LEAD),
                Assignment.of("省住建厅", Role.COOPERATING),
                Assignment.of("省人社厅", Role.COOPERATING));
    }

    @ParameterizedTest(name = "not a clause: {0}")
    @ValueSource(strings = {
        "",
        "试行",
        "以下简称自贸试验区",
        "以下简称“自贸试验区”",
        "2022-2025年",
        "2022年版",
        "LPR",
        "抗旱",
        "市、区",
        "国办发〔2025〕38号",
        "工程勘察除外",
        "须经交易双方确认",
        "国家法律法规暂不允许的除外",
        "包括设计、施工、监理、检测、造价咨询等所有工程建设相关主体",
        "具体标准由省商务厅会同省财政厅另行制定",
        "对企业使用海外仓费用给予支持，具体办法由省商务厅另行制定",
        "此项工作涉及面广、政策性强，各地要在充分调研论证的基础上稳妥推进，确保各项措施落到实处",
        "各地要结合本地实际认真抓好贯彻落实",
        "各区要结合实际认真组织落实",
        "请各地认真贯彻落实",
        "各有关方面要积极配合",
        "列第一位者为牵头单位，下同",
        "市重大办"
    })
    void bracketsThatAreNotClausesGiveNothing(String content) {
        assertThat(parser.parse(content, false)).isEmpty();
        assertThat(parser.parse(content, true)).isEmpty();
    }

    static Stream<Arguments> moreVerbClauses() {
        return Stream.of(
                clause("省发展改革委牵头组织，省财政厅积极配合",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅"), false),
                clause("省商务厅牵头实施，省市场监管局协助", List.of("省商务厅"), List.of(), List.of("省市场监管局"), false),
                clause("省教育厅组织实施", List.of("省教育厅"), List.of(), List.of(), false),
                clause("省交通厅负责推进", List.of("省交通厅"), List.of(), List.of(), false),
                clause("省司法厅牵头，省法院参与", List.of("省司法厅"), List.of(), List.of("省法院"), false),
                clause("省文旅厅牵头，省体育局协同", List.of("省文旅厅"), List.of(), List.of("省体育局"), false),
                clause("省工信厅会同省科技厅配合", List.of(), List.of(), List.of("省工信厅", "省科技厅"), false),
                clause("由省发展改革委牵头，会同省财政厅等部门负责",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅"), true),
                clause("省发展改革委牵头；省财政厅、省商务厅配合；各市人民政府负责落实",
                        List.of("省发展改革委"), List.of("各市人民政府"), List.of("省财政厅", "省商务厅"), false),
                clause("牵头单位：省发展改革委，配合单位：省直有关部门，各市人民政府",
                        List.of("省发展改革委"), List.of(), List.of("省直有关部门", "各市人民政府"), false),
                // trailing lists joined by 和 / 以及 take the role of the list before them
                clause("发展改革委、财政部按职责分工负责，和各省级人民政府",
                        List.of(), List.of("发展改革委", "财政部", "各省级人民政府"), List.of(), false),
                clause("省商务厅牵头，省财政厅配合，以及各市人民政府",
                        List.of("省商务厅"), List.of(), List.of("省财政厅", "各市人民政府"), false),
                // units that end unlike most: 工商联, 科协, 各地
                clause("市工商联、市科协按职责分工负责", List.of(), List.of("市工商联", "市科协"), List.of(), false),
                clause("各地负责", List.of("各地"), List.of(), List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreVerbClauses")
    void moreVerbsAndTrailingLists(String content, List<String> lead, List<String> responsible,
            List<String> cooperating, boolean others) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.othersIncluded()).as("othersIncluded").isEqualTo(others);
        assertThat(c.unread()).isEmpty();
    }

    @Test
    void aPartThatNamesNoUnitIsLeftOutAndReported() {
        ParsedClause c = parse("省大数据局牵头，各地要认真抓好落实", false);
        assertThat(names(c, Role.LEAD)).containsExactly("省大数据局");
        assertThat(c.assignments()).hasSize(1);
        assertThat(c.unread()).containsExactly("各地要认真抓好落实");

        ParsedClause labelled = parse("牵头单位：省大数据局；配合单位：各地要认真抓好落实", false);
        assertThat(names(labelled, Role.LEAD)).containsExactly("省大数据局");
        assertThat(labelled.unread()).containsExactly("配合单位：各地要认真抓好落实");
    }

    @Test
    void standingRuleWithOthersCooperating() {
        ParsedClause c = parse("市市场监管局、市政务服务局、市税务局负责。列第一位的部门为牵头单位，其他为配合单位", false);
        assertThat(c.statedRule()).isEqualTo(StandingRule.FIRST_LEADS_OTHERS_COOPERATE);
        assertThat(names(c, Role.LEAD)).containsExactly("市市场监管局");
        assertThat(names(c, Role.COOPERATING)).containsExactly("市政务服务局", "市税务局");
        assertThat(names(c, Role.RESPONSIBLE)).isEmpty();

        ParsedClause later = parser.parse("市发展改革委、市财政局负责", StandingRule.FIRST_LEADS_OTHERS_COOPERATE).orElseThrow();
        assertThat(names(later, Role.LEAD)).containsExactly("市发展改革委");
        assertThat(names(later, Role.COOPERATING)).containsExactly("市财政局");
        assertThat(later.setsFirstListedLeads()).isFalse();
    }

    @Test
    void timeFieldsAloneAreATimeLimitWithoutUnits() {
        ParsedClause c = parser.parseTimeFields("完成时限：2023年底前").orElseThrow();
        assertThat(c.assignments()).isEmpty();
        assertThat(c.timeLimits()).containsExactly("2023年底前");
        assertThat(parser.parseTimeFields("时间节点：长期坚持").orElseThrow().timeLimits()).containsExactly("长期坚持");
        assertThat(parser.parseTimeFields("完成时限：2023年底前；备注：无")).isEmpty();
        assertThat(parser.parseTimeFields("牵头单位：省发展改革委")).isEmpty();
        assertThat(parser.parseTimeFields("2023年底前")).isEmpty();
        assertThat(parser.parse("完成时限：2023年底前", false)).as("no units, no clause").isEmpty();
    }

    @ParameterizedTest(name = "reads like a clause: {0}")
    @ValueSource(strings = {"各地要结合本地实际认真抓好贯彻落实", "各区要结合实际认真组织落实", "牵头单位：待定", "有关方面积极配合"})
    void bracketsThatReadLikeClauses(String content) {
        assertThat(ClauseParser.looksLikeClause(content)).isTrue();
        assertThat(parser.parse(content, false)).isEmpty();
    }

    @ParameterizedTest(name = "reads like no clause: {0}")
    @ValueSource(strings = {"试行", "2022-2025年", "以下简称“一网通办”", "LPR", "工程勘察除外", ""})
    void bracketsThatDoNotReadLikeClauses(String content) {
        assertThat(ClauseParser.looksLikeClause(content)).isFalse();
    }

    @ParameterizedTest(name = "field label: {0}")
    @ValueSource(strings = {"牵头单位", "配合单位", "责任单位", "责任部门", "负责部门", "完成时限", "时间节点", "牵头部门",
        "支撑单位", "协同单位", "参与单位", "主责单位", "推进单位"})
    void fieldLabels(String label) {
        assertThat(ClauseParser.isFieldLabel(label)).isTrue();
    }

    @ParameterizedTest(name = "no field label: {0}")
    @ValueSource(strings = {"适用范围", "备注", "工作目标", "指导思想", "牵头领导"})
    void notFieldLabels(String label) {
        assertThat(ClauseParser.isFieldLabel(label)).isFalse();
    }

    @ParameterizedTest(name = "people, no units: {0}")
    @ValueSource(strings = {"分管省领导", "分管市领导", "牵头领导", "责任领导", "联系领导", "项目责任人", "责任人"})
    void labelsNamingPeopleBelongToTheClauseButAreNoFields(String label) {
        assertThat(ClauseParser.belongsToClause(label)).isTrue();
        assertThat(ClauseParser.isFieldLabel(label)).isFalse();
    }

    @ParameterizedTest(name = "not people: {0}")
    @ValueSource(strings = {"加强组织领导", "强化组织领导", "坚持党的领导"})
    void headingsEndingInLeadershipAreNoLabels(String label) {
        assertThat(ClauseParser.belongsToClause(label)).isFalse();
    }

    @Test
    void aDivisionOfWorkLabelReadsTheRolesInsideIt() {
        ParsedClause c = parser.parse("部门分工：省财政厅牵头，各地、各部门配合", false).orElseThrow();
        assertThat(c.assignments()).containsExactly(Assignment.of("省财政厅", Role.LEAD),
                Assignment.of("各地", Role.COOPERATING), Assignment.of("各部门", Role.COOPERATING));
        ParsedClause withLeader = parser.parse("分管市领导：王明\n职责分工：市教育局牵头，市财政局配合", false).orElseThrow();
        assertThat(withLeader.assignments()).containsExactly(Assignment.of("市教育局", Role.LEAD),
                Assignment.of("市财政局", Role.COOPERATING));
    }

    // ---- issue 14: role words inside a labelled field ----

    static Stream<Arguments> rolesInsideFields() {
        return Stream.of(
                clause("责任单位：省工业和信息化厅牵头，省委网信办、省科技厅等按职责分工负责",
                        List.of("省工业和信息化厅"), List.of("省委网信办", "省科技厅"), List.of(), true),
                clause("责任单位：省发展改革委牵头，省财政厅、省商务厅配合",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅", "省商务厅"), false),
                clause("责任部门：市商务委牵头，各区按职责分工落实；完成时限：2024年底前",
                        List.of("市商务委"), List.of("各区"), List.of(), false),
                clause("牵头单位：省科技厅；支撑单位：省财政厅、省教育厅",
                        List.of("省科技厅"), List.of(), List.of("省财政厅", "省教育厅"), false),
                clause("牵头单位：省科技厅；协同单位：省工信厅；参与单位：各市人民政府",
                        List.of("省科技厅"), List.of(), List.of("省工信厅", "各市人民政府"), false),
                // 主责单位 / 推进单位 read as 责任单位: one unit leads, several share responsibility
                clause("主责单位：省农业农村厅", List.of("省农业农村厅"), List.of(), List.of(), false),
                clause("推进单位：省科技厅、省财政厅", List.of(), List.of("省科技厅", "省财政厅"), List.of(), false),
                clause("推进单位：区发改局；配合单位：各街道、区直各部门",
                        List.of("区发改局"), List.of(), List.of("各街道", "区直各部门"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rolesInsideFields")
    void roleWordsInsideALabelledField(String content, List<String> lead, List<String> responsible,
            List<String> cooperating, boolean others) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.othersIncluded()).as("othersIncluded").isEqualTo(others);
        assertThat(c.unread()).isEmpty();
    }

    @Test
    void aFieldWhoseRoleWordsNameNoUnitIsReported() {
        ParsedClause c = parse("牵头单位：省大数据局；责任单位：各地要认真抓好落实", false);
        assertThat(names(c, Role.LEAD)).containsExactly("省大数据局");
        assertThat(c.assignments()).hasSize(1);
        assertThat(c.unread()).containsExactly("责任单位：各地要认真抓好落实");
    }

    // ---- issue 14: unit groups before one verb ----

    static Stream<Arguments> groupsBeforeOneVerb() {
        return Stream.of(
                clause("各有关部门和单位，各省级人民政府按职责分工负责",
                        List.of(), List.of("各有关部门和单位", "各省级人民政府"), List.of(), false),
                clause("有关部门和单位按职责分工负责", List.of(), List.of("有关部门和单位"), List.of(), false),
                clause("省发展改革委牵头，有关部门和单位配合",
                        List.of("省发展改革委"), List.of(), List.of("有关部门和单位"), false),
                clause("市政府办公室、市审改办牵头，市级各有关部门及各县市区政府按职责分工负责",
                        List.of("市政府办公室", "市审改办"), List.of("市级各有关部门", "各县市区政府"), List.of(), false),
                clause("各市、县（区）人民政府负责", List.of("各市、县（区）人民政府"), List.of(), List.of(), false),
                clause("省直各有关单位，各市、县（区）人民政府，各开发区管委会按职责分工负责",
                        List.of(), List.of("省直各有关单位", "各市、县（区）人民政府", "各开发区管委会"), List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupsBeforeOneVerb")
    void unitGroupsBeforeOneVerb(String content, List<String> lead, List<String> responsible,
            List<String> cooperating, boolean others) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.othersIncluded()).as("othersIncluded").isEqualTo(others);
        assertThat(c.unread()).isEmpty();
    }

    @ParameterizedTest(name = "not a clause: {0}")
    @ValueSource(strings = {"单位按职责分工负责", "市、区", "各地，各部门要高度重视", "单位，部门"})
    void groupsWithoutAVerbOrAUnitAreNoClause(String content) {
        assertThat(parser.parse(content, false)).isEmpty();
    }

    // ---- issue 14: verbs the reader did not know ----

    static Stream<Arguments> moreVerbs() {
        return Stream.of(
                clause("省大数据局牵头，各地结合实际落实", List.of("省大数据局"), List.of("各地"), List.of(), false),
                clause("各市人民政府结合本地实际落实", List.of(), List.of("各市人民政府"), List.of(), false),
                clause("各市、县人民政府抓好落实", List.of(), List.of("各市、县人民政府"), List.of(), false),
                clause("省教育厅按职责落实", List.of(), List.of("省教育厅"), List.of(), false),
                clause("各区按照职责分工抓好落实", List.of(), List.of("各区"), List.of(), false),
                clause("省科技厅牵头，省财政厅参与", List.of("省科技厅"), List.of(), List.of("省财政厅"), false),
                clause("省教育厅指导，各市人民政府负责", List.of("省教育厅"), List.of("各市人民政府"), List.of(), false),
                clause("省商务厅督促指导，各市人民政府组织实施",
                        List.of("省商务厅"), List.of("各市人民政府"), List.of(), false),
                clause("各市人民政府具体负责", List.of("各市人民政府"), List.of(), List.of(), false),
                clause("省财政厅、省税务局共同负责", List.of(), List.of("省财政厅", "省税务局"), List.of(), false),
                clause("省人社厅、省财政厅分别负责", List.of(), List.of("省人社厅", "省财政厅"), List.of(), false),
                clause("省商务厅牵头，各市人民政府负责落实", List.of("省商务厅"), List.of("各市人民政府"), List.of(), false),
                clause("省发展改革委牵头负责落实，省财政厅配合推进",
                        List.of("省发展改革委"), List.of(), List.of("省财政厅"), false),
                clause("省住建厅牵头抓总，各市人民政府贯彻落实",
                        List.of("省住建厅"), List.of("各市人民政府"), List.of(), false),
                clause("省应急厅负责组织实施", List.of("省应急厅"), List.of(), List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreVerbs")
    void verbsOfTheSameClass(String content, List<String> lead, List<String> responsible,
            List<String> cooperating, boolean others) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.othersIncluded()).as("othersIncluded").isEqualTo(others);
        assertThat(c.unread()).isEmpty();
    }

    // ---- issue 14: a table row's unit cells ----

    @Test
    void tableCellsReadAsFields() {
        ParsedClause withVerbs = parser.parseFields(List.of(
                new ClauseParser.Field(Role.LEAD, ""),
                new ClauseParser.Field(Role.RESPONSIBLE, "省工业和信息化厅牵头，省委网信办、省科技厅等按职责分工负责"),
                new ClauseParser.Field(Role.COOPERATING, "")), StandingRule.NONE);
        assertThat(names(withVerbs, Role.LEAD)).containsExactly("省工业和信息化厅");
        assertThat(names(withVerbs, Role.RESPONSIBLE)).containsExactly("省委网信办", "省科技厅");
        assertThat(withVerbs.othersIncluded()).isTrue();

        ParsedClause labelled = parser.parseFields(List.of(
                new ClauseParser.Field(Role.RESPONSIBLE, "牵头单位：省发展改革委；配合单位：省财政厅")), StandingRule.NONE);
        assertThat(names(labelled, Role.LEAD)).containsExactly("省发展改革委");
        assertThat(names(labelled, Role.COOPERATING)).containsExactly("省财政厅");

        ParsedClause columns = parser.parseFields(List.of(
                new ClauseParser.Field(Role.LEAD, "省发展改革委"),
                new ClauseParser.Field(Role.RESPONSIBLE, "省财政厅"),
                new ClauseParser.Field(Role.COOPERATING, "省商务厅、有关部门和单位")), StandingRule.NONE);
        assertThat(names(columns, Role.LEAD)).as("a lead column: the single 责任单位 shares").containsExactly("省发展改革委");
        assertThat(names(columns, Role.RESPONSIBLE)).containsExactly("省财政厅");
        assertThat(names(columns, Role.COOPERATING)).containsExactly("省商务厅", "有关部门和单位");

        ParsedClause sole = parser.parseFields(List.of(new ClauseParser.Field(Role.RESPONSIBLE, "省财政厅")),
                StandingRule.NONE);
        assertThat(names(sole, Role.LEAD)).as("a single 责任单位 with no lead column leads").containsExactly("省财政厅");

        ParsedClause odd = parser.parseFields(List.of(new ClauseParser.Field(Role.COOPERATING, "国网山西电力")),
                StandingRule.NONE);
        assertThat(names(odd, Role.COOPERATING)).as("a unit column's odd name is kept").containsExactly("国网山西电力");
    }

    @Test
    void aLabelledLineReadsTheSameInATableCell() {
        String line = "牵头单位：省科技厅；支撑单位：省财政厅、省教育厅";
        ParsedClause inText = parse(line, false);
        ParsedClause inCell = parser.parseFields(List.of(new ClauseParser.Field(Role.RESPONSIBLE, line)),
                StandingRule.NONE);
        assertThat(inCell.assignments()).isEqualTo(inText.assignments());
    }

    // ---- issue 14, second held-out set: 分别负责/分别牵头, notes after the lists, rules inside a field ----

    static Stream<Arguments> eachOfThem() {
        return Stream.of(
                // 分别 says each does its own share: a single group is not made the lead.
                clause("各省级人民政府分别负责，年内完成", List.of(), List.of("各省级人民政府"), List.of(), false),
                clause("国务院有关部门共同负责", List.of(), List.of("国务院有关部门"), List.of(), false),
                // X、Y分别牵头: each leads its part.
                clause("市发改委、市商务局分别牵头，各区县政府配合",
                        List.of("市发改委", "市商务局"), List.of(), List.of("各区县政府"), false),
                clause("责任单位：市人力社保局、市教育局分别牵头",
                        List.of("市人力社保局", "市教育局"), List.of(), List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachOfThem")
    void eachOfSeveralUnits(String content, List<String> lead, List<String> responsible,
            List<String> cooperating, boolean others) {
        ParsedClause c = parse(content, false);
        assertThat(names(c, Role.LEAD)).as("lead").containsExactlyElementsOf(lead);
        assertThat(names(c, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(responsible);
        assertThat(names(c, Role.COOPERATING)).as("cooperating").containsExactlyElementsOf(cooperating);
        assertThat(c.othersIncluded()).as("othersIncluded").isEqualTo(others);
        assertThat(c.unread()).isEmpty();
    }

    @Test
    void aNoteThatTheListsLeaveUnitsOutIsNoUnit() {
        // 四川 2022: the note after the units says later lists leave the 市（州） out.
        ParsedClause c = parse("责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。"
                + "具体任务均涉及相关市（州）人民政府，不再做分工，下同。", false);
        assertThat(names(c, Role.RESPONSIBLE)).containsExactly("省发展改革委", "省市场监管局", "商务厅", "省大数据中心");
        assertThat(c.assignments()).hasSize(4);
        assertThat(c.unread()).isEmpty();
        // The same note after a lead field and a group list.
        ParsedClause g = parse("牵头单位：县发改局；责任单位：县直有关部门、单位，各乡镇人民政府。"
                + "以下任务均需各乡镇人民政府落实，不再单独列出", false);
        assertThat(names(g, Role.LEAD)).containsExactly("县发改局");
        assertThat(names(g, Role.RESPONSIBLE)).containsExactly("县直有关部门、单位", "各乡镇人民政府");
        assertThat(g.unread()).isEmpty();
    }

    @Test
    void aRuleStatedInABracketInsideAFieldAppliesToItAndIsNotAUnit() {
        ParsedClause c = parse("责任单位：市发改委、市财政局、市建设局（列第一位的责任单位为牵头单位，下同）", false);
        assertThat(c.statedRule()).isEqualTo(StandingRule.FIRST_LEADS);
        assertThat(names(c, Role.LEAD)).containsExactly("市发改委");
        assertThat(names(c, Role.RESPONSIBLE)).containsExactly("市财政局", "市建设局");
        assertThat(c.unread()).isEmpty();
    }
}
