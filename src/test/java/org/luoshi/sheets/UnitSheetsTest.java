package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Orientation;
import org.luoshi.plan.Role;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetColumn;
import org.luoshi.sheets.layout.SheetRow;

class UnitSheetsTest {
    private static final SheetOptions OPTIONS = SheetOptions.standard(LocalDate.of(2023, 2, 1));

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aUnitsSheetListsWhatItLeadsThenSharesThenCooperatesOn() {
        Sheet sheet = UnitSheets.of(SheetPlans.shanxi(), "省市场监管局", OPTIONS);

        assertThat(sheet.heading().title()).isEqualTo("省市场监管局任务分工表");
        assertThat(sheet.heading().subtitle()).isEqualTo(SheetPlans.TITLE);
        assertThat(sheet.heading().metaLeft()).isEqualTo("文号：晋政办发〔2023〕1号");
        assertThat(sheet.heading().metaRight()).isEqualTo("制表日期：2023年2月1日");
        assertThat(sheet.orientation()).isEqualTo(Orientation.PORTRAIT);
        assertThat(sheet.columns()).extracting(SheetColumn::header)
                .containsExactly("序号", "任务内容", "本单位角色", "牵头单位", "完成时限", "进展情况", "备注");

        List<SheetRow> rows = sheet.rows();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).isEqualTo(new SheetRow.Group("牵头的任务（1 项）"));
        assertThat(cells(rows.get(1))).containsExactly("1",
                "推动落实《促进个体工商户发展条例》，帮助解决个体工商户面临的突出困难和问题。", "牵头", "省市场监管局",
                "2023年起（2023年1月1日起）", "", "方案序号 2\n配合：省住建厅、省人社厅等");
        assertThat(rows.get(2)).isEqualTo(new SheetRow.Group("负责的任务（1 项）"));
        assertThat(cells(rows.get(3))).containsExactly("2",
                "加快构建统一、实时的电子证照库。2023年3月底前，完成省级电子证照系统升级；6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。",
                "责任", "", "2023年3月底前（2023年3月31日）\n6月底前（2023年6月30日）",
                "2023年3月31日：省级电子证照系统升级完成（60%）", "方案序号 29\n共同负责：省审批服务管理局等");
        assertThat(rows.get(4)).isEqualTo(new SheetRow.Group("配合的任务（1 项）"));
        assertThat(cells(rows.get(5))).containsExactly("3",
                "坚持保主体、增主体、活主体、强主体并重，稳步推进市场主体倍增工程。", "配合",
                "省优化营商环境促进市场主体倍增工作专班", "长期坚持", "", "方案序号 1");
    }

    @Test
    void theRoleOrderCanBeChanged() {
        SheetOptions cooperatingFirst = OPTIONS.withRoleOrder(RoleOrder.parse("cooperating,responsible,lead"));
        Sheet sheet = UnitSheets.of(SheetPlans.shanxi(), "省市场监管局", cooperatingFirst);
        assertThat(sheet.rows()).filteredOn(r -> r instanceof SheetRow.Group).extracting(r -> ((SheetRow.Group) r).text())
                .containsExactly("配合的任务（1 项）", "负责的任务（1 项）", "牵头的任务（1 项）");
        assertThat(cells(sheet.rows().get(1)).get(2)).isEqualTo("配合");
        assertThat(cells(sheet.rows().get(1)).get(0)).isEqualTo("1");
    }

    @Test
    void anOrientationChosenOverridesTheSheetsOwn() {
        Sheet sheet = UnitSheets.of(SheetPlans.shanxi(), "省市场监管局", OPTIONS.withOrientation(Orientation.LANDSCAPE));
        assertThat(sheet.orientation()).isEqualTo(Orientation.LANDSCAPE);
    }

    @Test
    void aUnitThePlanDoesNotNameIsRefusedByName() {
        assertThatThrownBy(() -> UnitSheets.of(SheetPlans.shanxi(), "省发改委", OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("省发改委").hasMessageContaining(SheetPlans.TITLE);
        // Spaces around a name do not matter.
        assertThat(UnitSheets.of(SheetPlans.shanxi(), " 省住建厅 ", OPTIONS).entryCount()).isEqualTo(1);
    }

    @Test
    void theWholePlanSheetHasEveryTaskUnderItsHeadings() {
        Sheet sheet = PlanSheets.of(SheetPlans.shanxi(), OPTIONS);
        assertThat(sheet.heading().title()).isEqualTo("任务分工总表");
        assertThat(sheet.orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(sheet.columns()).extracting(SheetColumn::header).containsExactly("序号", "任务内容", "牵头单位",
                "责任单位", "配合单位", "完成时限", "进展情况", "备注");
        assertThat(sheet.rows()).extracting(r -> r instanceof SheetRow.Group g ? g.text() : cells(r).get(0))
                .containsExactly("一、依靠改革开放释放经济增长潜力", "（一）继续把培育壮大市场主体作为重要着力点", "1", "2",
                        "（二）加快推进重点项目建设", "4", "二、提升政务服务效能", "（十三）加快推进电子证照扩大应用领域", "29");
        assertThat(cells(sheet.rows().get(8))).containsExactly("29",
                SheetPlans.shanxi().tasks().get(3).text(), "", "省审批服务管理局、省市场监管局等", "",
                "2023年3月底前（2023年3月31日）\n6月底前（2023年6月30日）", "2023年3月31日：省级电子证照系统升级完成（60%）", "");
        assertThat(cells(sheet.rows().get(5)).get(5)).isEqualTo("“十四五”期间（2021年1月1日至2025年12月31日）");
    }

    @Test
    void unitsAreCountedByRoleInTheOrderThePlanNamesThem() {
        assertThat(PlanUnits.of(SheetPlans.shanxi())).containsExactly(
                new UnitRoles("省优化营商环境促进市场主体倍增工作专班", 1, 0, 0),
                new UnitRoles("省市场监管局", 1, 1, 1),
                new UnitRoles("省住建厅", 0, 0, 1),
                new UnitRoles("省人社厅", 0, 0, 1),
                new UnitRoles("省发展改革委", 1, 0, 0),
                new UnitRoles("省相关部门", 0, 0, 1),
                new UnitRoles("省审批服务管理局", 0, 1, 0));
    }

    @Test
    void aUnitNamedTwiceInOneTaskTakesItsStrongestRole() {
        var task = SheetPlans.task(1, "1", null, null, "任务", List.of(
                org.luoshi.plan.Assignment.of("省财政厅", Role.COOPERATING),
                org.luoshi.plan.Assignment.of("省财政厅", Role.LEAD)), false, List.of(), List.of());
        assertThat(PlanUnits.roleOf(task, "省财政厅")).contains(Role.LEAD);
        assertThat(PlanUnits.roleOf(task, "省教育厅")).isEmpty();
    }

    private static List<String> cells(SheetRow row) {
        return ((SheetRow.Entry) row).cells();
    }
}
