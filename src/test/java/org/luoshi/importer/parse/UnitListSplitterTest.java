package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitListSplitterTest {
    private final UnitListSplitter splitter = new UnitListSplitter();

    @ParameterizedTest(name = "{0} stays one unit")
    @ValueSource(strings = {
        "各市、县人民政府",
        "各区、县人民政府",
        "省粮食和储备局",
        "粮食和储备局",
        "文化和旅游部",
        "人力资源和社会保障厅",
        "工业和信息化部",
        "省相关部门",
        "各市人民政府",
        "省级行政执法部门",
        "各区",
        "各省级人民政府",
        "人行太原中心支行",
        "市住房城乡建设管理委（市重大办）",
        "国家统计局山西调查总队",
        "中国铁路太原局集团有限公司",
        "有关部门",
        "各省（区、市）人民政府",
        "各市、县（市、区）人民政府",
        "各省、自治区、直辖市人民政府"
    })
    void groupAndCompoundNamesStayWhole(String name) {
        UnitList units = splitter.split(name);
        assertThat(units.names()).containsExactly(name);
        assertThat(units.othersIncluded()).isFalse();
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("省相关部门和各市人民政府", List.of("省相关部门", "各市人民政府"), false),
                Arguments.of("省工信厅、省发展改革委、省教育厅", List.of("省工信厅", "省发展改革委", "省教育厅"), false),
                Arguments.of("各市、县人民政府和省级行政执法部门", List.of("各市、县人民政府", "省级行政执法部门"), false),
                Arguments.of("省发展改革委、省商务厅", List.of("省发展改革委", "省商务厅"), false),
                Arguments.of("省发展改革委、国家统计局山西调查总队", List.of("省发展改革委", "国家统计局山西调查总队"), false),
                Arguments.of("发展改革委、粮食和储备局", List.of("发展改革委", "粮食和储备局"), false),
                Arguments.of("文化和旅游部、海关总署", List.of("文化和旅游部", "海关总署"), false),
                Arguments.of("省人社厅、人力资源和社会保障厅", List.of("省人社厅", "人力资源和社会保障厅"), false),
                Arguments.of("省住建厅、省人社厅、省地方金融监管局、省财政厅等相关部门",
                        List.of("省住建厅", "省人社厅", "省地方金融监管局", "省财政厅"), true),
                Arguments.of("省发展改革委、省贸促会等相关部门", List.of("省发展改革委", "省贸促会"), true),
                Arguments.of("省自然资源厅、省生态环境厅、省水利厅等相关部门和各市人民政府",
                        List.of("省自然资源厅", "省生态环境厅", "省水利厅", "各市人民政府"), true),
                Arguments.of("人行太原中心支行、山西银保监局、省地方金融监管局、省财政厅、山西证监局、山西金控集团等相关单位和各市人民政府",
                        List.of("人行太原中心支行", "山西银保监局", "省地方金融监管局", "省财政厅", "山西证监局",
                                "山西金控集团", "各市人民政府"), true),
                Arguments.of("省农业农村厅、省粮食和储备局等相关部门和各市人民政府",
                        List.of("省农业农村厅", "省粮食和储备局", "各市人民政府"), true),
                Arguments.of("人民银行等部门", List.of("人民银行"), true),
                Arguments.of("省税务局、省工信厅等相关部门", List.of("省税务局", "省工信厅"), true),
                Arguments.of("工业和信息化部、发展改革委、科技部、农业农村部等",
                        List.of("工业和信息化部", "发展改革委", "科技部", "农业农村部"), true),
                Arguments.of("农业农村部、工业和信息化部等", List.of("农业农村部", "工业和信息化部"), true),
                Arguments.of("市发展改革委、市经济信息化委、市科委等，各区",
                        List.of("市发展改革委", "市经济信息化委", "市科委", "各区"), true),
                Arguments.of("高等院校、科研机构", List.of("高等院校", "科研机构"), false),
                Arguments.of("教育部、高等院校", List.of("教育部", "高等院校"), false),
                Arguments.of("市发展改革委、市住房城乡建设管理委（市重大办）、市经济信息化委",
                        List.of("市发展改革委", "市住房城乡建设管理委（市重大办）", "市经济信息化委"), false),
                Arguments.of("市发展改革委、市交通委，各区", List.of("市发展改革委", "市交通委", "各区"), false),
                Arguments.of(" 市发展改革委、市交通委 ", List.of("市发展改革委", "市交通委"), false),
                Arguments.of("各省、自治区、直辖市人民政府和国务院有关部门",
                        List.of("各省、自治区、直辖市人民政府", "国务院有关部门"), false),
                Arguments.of("省教育厅、各市、县（市、区）人民政府",
                        List.of("省教育厅", "各市、县（市、区）人民政府"), false));
    }

    @ParameterizedTest(name = "{0} → {1} others={2}")
    @MethodSource("lists")
    void splitsLists(String list, List<String> names, boolean others) {
        UnitList units = splitter.split(list);
        assertThat(units.names()).containsExactlyElementsOf(names);
        assertThat(units.othersIncluded()).isEqualTo(others);
    }

    @Test
    void othersMarkerAddsNoUnit() {
        UnitList units = splitter.split("省财政厅、省发展改革委、人行太原中心支行、山西银保监局等相关部门");
        assertThat(units.names()).noneMatch(n -> n.contains("等") || n.contains("相关部门"));
    }

    @Test
    void aGroupAfterALevelWordIsNotGluedToIt() {
        // 各区 is a complete group (spec: Units); the 、 after it separates another unit.
        UnitList units = splitter.split("市发展改革委、市工商联，各区、有关行业协会");
        assertThat(units.names()).containsExactly("市发展改革委", "市工商联", "各区", "有关行业协会");
    }

    @Test
    void aBareUnitWordAfterAGroupJoinsIt() {
        // 市直有关部门、单位 (威海 2023) says what 有关部门和单位 says: one group, 单位 alone names nobody.
        assertThat(splitter.split("县直有关部门、单位，各乡镇人民政府").names())
                .containsExactly("县直有关部门、单位", "各乡镇人民政府");
        assertThat(splitter.split("省直各部门、各单位").names()).containsExactly("省直各部门", "各单位");
    }

    @Test
    void aListOfLevelsDoesNotClimbBack() {
        assertThat(splitter.split("各区、市发展改革委").names()).containsExactly("各区", "市发展改革委");
        assertThat(splitter.split("各市、省直有关部门").names()).containsExactly("各市", "省直有关部门");
    }

    /** 各县、市、区政府 (滁州 2020), 各县、市、区人民政府: the 县级市 comes after 县, the list is one group. */
    @Test
    void bareLevelsListedAfterAPrefixStayOneGroup() {
        assertThat(splitter.split("市水利局等，各县、市、区政府").names()).containsExactly("市水利局", "各县、市、区政府");
        assertThat(splitter.split("各县、市、区人民政府，市直有关部门").names())
                .containsExactly("各县、市、区人民政府", "市直有关部门");
        assertThat(splitter.split("各区、市、县人民政府").names()).containsExactly("各区、市、县人民政府");
    }

    /** 等 after a body whose name ends otherwise than 部/委/局 (共青团中央, 全国妇联, 中国科协) still ends the list. */
    @Test
    void othersAfterBodiesNamedOtherwise() {
        UnitList units = splitter.split("民政部、全国总工会、共青团中央、全国妇联等");
        assertThat(units.names()).containsExactly("民政部", "全国总工会", "共青团中央", "全国妇联");
        assertThat(units.othersIncluded()).isTrue();
        assertThat(splitter.split("科技部、中国科协等").names()).containsExactly("科技部", "中国科协");
        assertThat(splitter.split("高等院校、科研机构").othersIncluded()).isFalse();
    }

    @Test
    void emptyListGivesNoNames() {
        UnitList units = splitter.split("  ");
        assertThat(units.names()).isEmpty();
        assertThat(units.othersIncluded()).isFalse();
    }

    @ParameterizedTest(name = "a unit: {0}")
    @ValueSource(strings = {
        "省发展改革委", "人行太原中心支行", "省优化营商环境促进市场主体倍增工作专班", "中国铁路太原局集团有限公司",
        "各市、县人民政府", "省级行政执法部门", "各区", "各地", "市工商联", "省科协", "有关行业协会", "太原海关",
        "市住房城乡建设管理委（市重大办）", "国网青禾供电公司", "各街道", "国家统计局山西调查总队", "各乡镇", "山西大学"
    })
    void namesThatLookLikeUnits(String name) {
        assertThat(UnitListSplitter.looksLikeUnit(name)).isTrue();
    }

    @ParameterizedTest(name = "no unit: {0}")
    @ValueSource(strings = {
        "各地要结合本地实际认真抓好贯彻", "各区要结合实际认真组织", "各地结合实际", "推进政务服务", "2023年底前完成",
        "省", "", "省发展改革委。", "依托全省一体化在线政务服务平台加快构建统一实时的电子证照库并做好存量证照转化工作的相关部门单位",
        "按照规定程序办理的部门", "有关部门要积极协调的单位", "单位", "部门", "机构"
    })
    void namesThatDoNotLookLikeUnits(String name) {
        assertThat(UnitListSplitter.looksLikeUnit(name)).isFalse();
    }

    @ParameterizedTest(name = "one group: {0}")
    @ValueSource(strings = {"有关部门和单位", "各有关部门和单位", "省直有关部门和单位", "相关部门及单位", "各有关单位和部门",
        "各市、县（区）人民政府"})
    void aGroupEndingInABareWordIsOneUnit(String group) {
        assertThat(splitter.split(group).names()).containsExactly(group);
        assertThat(UnitListSplitter.looksLikeUnit(group)).isTrue();
    }

    @Test
    void aBareWordNeverStandsAlone() {
        assertThat(splitter.split("省财政厅、有关部门和单位").names()).containsExactly("省财政厅", "有关部门和单位");
        assertThat(splitter.split("省财政厅和有关部门").names()).containsExactly("省财政厅", "有关部门");
        assertThat(splitter.split("有关部门和单位、各市人民政府").names()).containsExactly("有关部门和单位", "各市人民政府");
    }

    /**
     * Set F (国发〔2018〕39号, fetched, not quoted here): {@code X等有关部门和单位负责} lost its units — the 和 of the paired
     * group word was read as the list's, leaving a bare 单位. Second real wording: 禁止传销条例 第十一条 (a public GitHub
     * file, index id 41924807216); the other two lists are written for the test.
     */
    @Test
    void aPairedGroupWordAfterTheListEndsItWithOthers() {
        UnitList law = splitter.split("商务、教育、民政、财政、劳动保障、电信、税务等有关部门和单位");
        assertThat(law.names()).containsExactly("商务", "教育", "民政", "财政", "劳动保障", "电信", "税务");
        assertThat(law.othersIncluded()).isTrue();
        UnitList clause = splitter.split("市发展改革委、市财政局等相关部门、单位");
        assertThat(clause.names()).containsExactly("市发展改革委", "市财政局");
        assertThat(clause.othersIncluded()).isTrue();
        // the paired word followed by a further list: the list goes on
        assertThat(splitter.split("省教育厅等有关部门和单位，各市人民政府").names()).containsExactly("省教育厅", "各市人民政府");
    }
}
