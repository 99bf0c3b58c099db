package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitDirectoryTest {
    private final UnitDirectory directory = UnitDirectory.builtIn();

    @ParameterizedTest
    @CsvSource({
        "省发改委, 省发展改革委",
        "省发展和改革委员会, 省发展改革委",
        "省发展改革委, 省发展改革委",
        "市发改委, 市发展改革委",
        "省人社厅, 省人力资源社会保障厅",
        "省人力资源和社会保障厅, 省人力资源社会保障厅",
        "自治区发展和改革委员会, 自治区发展改革委",
        "国家发展和改革委员会, 发展改革委",
        "中国人民银行, 人民银行",
        "省住建厅, 省住房城乡建设厅",
        "省市场监督管理局, 省市场监管局",
    })
    void commonFormsBecomeOneName(String printed, String kept) {
        assertThat(directory.canonical(printed)).isEqualTo(kept);
    }

    @Test
    void unknownNamesAndGroupsStayAsPrinted() {
        assertThat(directory.canonical("省优化营商环境促进市场主体倍增工作专班"))
                .isEqualTo("省优化营商环境促进市场主体倍增工作专班");
        assertThat(directory.canonical("各市、县人民政府")).isEqualTo("各市、县人民政府");
        assertThat(directory.canonical("人行太原中心支行")).isEqualTo("人行太原中心支行");
        assertThat(directory.canonical(" 省审批服务管理局 ")).isEqualTo("省审批服务管理局");
    }

    @Test
    void workspaceAliasesWinAndChainAfterMerges() {
        UnitDirectory withUser = directory.withAliases(Map.of("专班", "省优化营商环境专班", "省优化营商环境专班", "省营商环境专班"));
        assertThat(withUser.canonical("专班")).isEqualTo("省营商环境专班");
        assertThat(withUser.canonical("省发改委")).isEqualTo("省发展改革委");
    }

    @Test
    void aMergeAgainstTheBuiltInTableKeepsTheUsersName() {
        // The user merged 省审批服务管理局 (the table's name) into 省审批局 (one of its other forms).
        UnitDirectory withUser = directory.withAliases(Map.of("省审批服务管理局", "省审批局"));
        assertThat(withUser.canonical("省审批服务管理局")).isEqualTo("省审批局");
        assertThat(withUser.canonical("省审批局")).isEqualTo("省审批局");
        assertThat(withUser.canonical("省行政审批服务管理局")).as("another form of it").isEqualTo("省审批局");
        // aliases that run in a circle end where the circle closes, without hanging
        UnitDirectory circle = directory.withAliases(Map.of("甲", "乙", "乙", "甲"));
        assertThat(circle.canonical("甲")).isIn("甲", "乙");
    }

    @Test
    void normalisingAPlanMergesTwoFormsOfOneUnitInOneRole() {
        Task t = new Task(0, 1, "1", null, null, "任务", List.of(
                Assignment.of("省发改委", Role.LEAD),
                Assignment.of("省发展和改革委员会", Role.LEAD),
                Assignment.of("省人社厅", Role.COOPERATING)), false, List.of(), List.of(), List.of(),
                TaskStatus.NOT_STARTED, 3);
        Plan plan = new Plan(0, null, "方案", null, null, null, "", List.of(), List.of(), List.of(t));
        Task normalised = directory.normalise(plan).tasks().get(0);
        assertThat(normalised.unitNames(Role.LEAD)).containsExactly("省发展改革委");
        assertThat(normalised.unitNames(Role.COOPERATING)).containsExactly("省人力资源社会保障厅");
        assertThat(normalised.sourceLine()).isEqualTo(3);
    }
}
