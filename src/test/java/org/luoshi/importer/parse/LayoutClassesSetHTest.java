package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableRow;
import org.luoshi.importer.table.FlatTableFinder;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * The four classes the eighth held-out set (holdout14h-*) showed at its first run (docs/IMPORTER.md, step 12), fixed as
 * classes after that run: a unit named once for every later item (以下均需X落实，不再列出); a body named without its place
 * after 和 (党委和人民政府, 党工委和管委会); a one-cell-a-line header whose words are broken over two lines (责任 / 科室) with
 * task columns after the units; and numbered items that open with the unit that does them (1.县公安局负责…). Where each
 * wording comes from is said at each test; "constructed" marks one no published document reachable here was found with.
 */
class LayoutClassesSetHTest {
    private final PlanParser parser = new PlanParser();

    /**
     * 国办发〔2018〕128号 (set H, fetched, real): （生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出） —
     * 试点城市政府 is responsible for every later item, beside the units each names; the items before are left alone.
     */
    @Test
    void aUnitNamedOnceForEveryLaterItem() {
        Plan plan = parser.parse("""
                一、主要任务
                （一）建立指标体系。研究建立指标体系。（生态环境部牵头，国家统计局参与）
                （二）优化管理体制机制。建立部门责任清单。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）
                （三）加强制度政策集成创新。制定实施方案。（生态环境部、国家发展改革委负责）
                （四）实施绿色开采。推动利用矿业固体废物。（自然资源部、工业和信息化部负责）
                """).plan();
        assertThat(plan.tasks()).hasSize(4);
        assertThat(plan.tasks().get(0).roleOf("试点城市政府")).isNull();
        assertThat(plan.tasks().get(1).unitNames(Role.RESPONSIBLE)).containsExactly("试点城市政府");
        assertThat(plan.tasks().get(2).unitNames(Role.RESPONSIBLE))
                .containsExactly("生态环境部", "国家发展改革委", "试点城市政府");
        assertThat(plan.tasks().get(3).unitNames(Role.RESPONSIBLE))
                .containsExactly("自然资源部", "工业和信息化部", "试点城市政府");
    }

    /**
     * 水十条, 国发〔2015〕17号 (real; its first item's clause, seen in a reprint at chtjyt.com/jixie/news-216469.html):
     * （环境保护部牵头，工业和信息化部、国土资源部、能源局等参与，地方各级人民政府负责落实。以下均需地方各级人民政府落实，不再列出）.
     * 以下各项由X负责落实，不再一一列出 is constructed; a sentence that only says 以下…不再列出 is not the rule.
     */
    @Test
    void theOtherWordingsOfTheStandingUnit() {
        Plan plan = parser.parse("""
                1.取缔“十小”企业。全面排查装备水平低、环保设施差的小型工业企业。（环境保护部牵头，工业和信息化部、国土资源部、能源局等参与，地方各级人民政府负责落实。以下均需地方各级人民政府落实，不再列出）
                2.推动经济结构转型升级。（国家发展改革委牵头）
                """).plan();
        assertThat(plan.tasks().get(0).unitNames(Role.LEAD)).containsExactly("环境保护部");
        assertThat(plan.tasks().get(1).unitNames(Role.RESPONSIBLE)).containsExactly("地方各级人民政府");
        Plan other = parser.parse("""
                1.推进老旧小区改造。（区住建局负责。以下各项由各街道办事处负责落实，不再一一列出）
                2.推进背街小巷整治。（区城管局负责）
                """).plan();
        assertThat(other.tasks().get(1).unitNames(Role.RESPONSIBLE)).contains("各街道办事处");
        Plan none = parser.parse("""
                1.推进老旧小区改造。以下情形不再列出。（区住建局负责）
                2.推进背街小巷整治。（区城管局负责）
                """).plan();
        assertThat(none.tasks().get(1).unitNames(Role.LEAD)).containsExactly("区城管局");
        assertThat(none.tasks().get(1).unitNames(Role.RESPONSIBLE)).isEmpty();
    }

    /**
     * 平顶山 河长制 分解表 (set H, real): 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会 — the 人民政府 and the
     * 管委会 are those of the place before the 和, so each pair is one unit. 襄城县 2021 (real, an addressee line):
     * 各乡镇党委和人民政府. Two units with places of their own still split (市委和市政府 is not this class: 市政府 names its place).
     */
    @Test
    void aBodyWithoutItsPlaceAfterAndStaysWithTheUnitBefore() {
        UnitListSplitter splitter = new UnitListSplitter();
        assertThat(splitter.split("各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会").names())
                .containsExactly("各县(市、区)党委和人民政府", "城乡一体化示范区", "高新区党工委和管委会");
        assertThat(splitter.split("各乡镇党委和人民政府").names()).containsExactly("各乡镇党委和人民政府");
        assertThat(splitter.split("市发展改革委和市财政局").names()).containsExactly("市发展改革委", "市财政局");
        assertThat(splitter.split("有关部门和单位").names()).containsExactly("有关部门和单位");
    }

    /**
     * 泗洲头镇 2024 重点工作计划 (set H, real web page): the header's words broken over two lines (责任 / 领导, 责任 / 科室, 攻坚目标 /
     * 任务, 第二季度 / 完成情况) are one cell each, and the task columns after the units (攻坚目标任务, 工作任务安排) are the row's
     * detail, not a repeated header: the table is found and each row's 重点工作 is the task, its 责任科室 the unit.
     */
    @Test
    void aHeaderBrokenOverTwoLinesIsOneCellEach() {
        String text = """
                某镇2024年度重点工作计划执行情况

                序号

                重点工作

                责任

                领导

                责任

                科室

                攻坚目标

                任务

                工作任务安排

                第二季度

                完成情况

                1

                水库工程政策处理

                张三

                水库工程政策处理工作领导小组

                完成项目政策处理工作。

                推进迁移工作。

                迁移进度达60%。

                2

                美丽城镇建设

                李四

                乡村振兴办

                成功创建美丽城镇。

                按照时间节点开展项目建设。

                完成投资3000万元。
                """;
        List<DocumentTable> tables = new FlatTableFinder().find(text);
        assertThat(tables).hasSize(1);
        List<TableRow> rows = tables.get(0).rows();
        assertThat(rows.get(0).cells()).extracting(c -> c.text())
                .containsExactly("序号", "重点工作", "责任领导", "责任科室", "攻坚目标任务", "工作任务安排", "第二季度完成情况");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).cells().get(3).text()).isEqualTo("乡村振兴办");
    }

    /**
     * 枞阳县 安全生产大排查大整治 (set H, real): 1.县应急管理局负责尾矿库…的隐患排查治理工作。 — an item with no clause that opens
     * with the unit doing it. One unit 负责 leads; several 负责 share responsibility; 牵头 leads; a subject that is no unit
     * (企业负责…, 各级领导干部要负责…) names nobody. The several-unit and 由…牵头 wordings are constructed.
     */
    @Test
    void aNumberedItemThatOpensWithItsUnit() {
        Plan plan = parser.parse("""
                三、任务分工
                1.县应急管理局负责尾矿库、危险化学品、烟花爆竹和工贸等行业的隐患排查治理工作。
                2.县公安局、县交通运输局负责道路交通、危险化学品运输等行业的隐患排查治理工作。
                3.由县住建局牵头负责房屋市政工程的隐患排查治理工作。
                4.生产经营单位负责本单位的隐患排查治理工作。
                """).plan();
        List<Task> tasks = plan.tasks();
        assertThat(tasks).hasSize(4);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("县应急管理局");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("县公安局", "县交通运输局");
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("县住建局");
        assertThat(tasks.get(0).text()).startsWith("县应急管理局负责尾矿库");
        Plan person = parser.parse("""
                三、任务分工
                1.县政府主要负责同志是第一责任人，要亲自部署、亲自督导。
                2.各乡镇负责人要靠前指挥。
                """).plan();
        assertThat(person.tasks()).hasSize(2).allSatisfy(t -> assertThat(t.assignments()).isEmpty());
    }
}
