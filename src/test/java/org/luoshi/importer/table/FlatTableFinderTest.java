package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.read.TableCell;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * Tables flattened into text. The fixtures under /tables are written by hand in the layouts a
 * web page's or WPS's copy gives (one cell a line; tab-separated rows); the expectations below are
 * read off the fixtures, not off the importer's output.
 */
class FlatTableFinderTest {
    private final FlatTableFinder finder = new FlatTableFinder();

    static String resource(String name) throws IOException {
        try (InputStream in = FlatTableFinderTest.class.getResourceAsStream("/tables/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ParsedPlan imported(String text) {
        return new DocumentImporter().importDocument(ImportedDocument.text("t", "text", text));
    }

    @Test
    void oneCellALineWithWrappedCellsMergedCellsPageNumbersAndARepeatedHeader() throws IOException {
        String text = resource("web-copy-one-cell-a-line.txt");
        List<DocumentTable> tables = finder.find(text);
        assertThat(tables).hasSize(1);
        DocumentTable table = tables.get(0);
        assertThat(table.rows().get(0).texts()).containsExactly("序号", "重点任务", "牵头单位", "配合单位", "完成时限");
        assertThat(table.rows().get(0).line()).isEqualTo(14);
        assertThat(table.rows().get(0).lastLine()).isEqualTo(18);
        // 一、扩大有效需求 spans the table; row 1 runs from its 序号 on line 20 to its time limit on line 26.
        assertThat(table.rows().get(1).cells().get(1).covered()).isEqualTo(TableCell.Covered.FROM_LEFT);
        assertThat(table.rows().get(2).line()).isEqualTo(20);
        assertThat(table.rows().get(2).lastLine()).isEqualTo(26);
        // Row 3 leaves out its 配合单位: merged with row 2's.
        assertThat(table.rows().get(4).cells().get(3).covered()).isEqualTo(TableCell.Covered.FROM_ABOVE);

        List<Task> tasks = imported(text).plan().tasks();
        assertThat(tasks).extracting(Task::number).containsExactly("1", "2", "3", "4", "5");
        Task first = tasks.get(0);
        assertThat(first.text()).isEqualTo("实施重大项目攻坚行动，全年计划实施亿元以上项目120个以上。");
        assertThat(first.part()).isEqualTo("一");
        assertThat(first.unitNames(Role.LEAD)).containsExactly("市发展改革委");
        assertThat(first.unitNames(Role.COOPERATING)).containsExactly("市财政局", "市自然资源局", "市生态环境局");
        assertThat(first.deadlines().get(0).date()).hasToString("2024-12-31");
        assertThat(first.sourceLine()).isEqualTo(20);
        assertThat(tasks.get(1).deadlines().get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("市人社局");
        assertThat(tasks.get(2).unitNames(Role.COOPERATING)).containsExactly("各区人民政府");
        assertThat(tasks.get(3).part()).isEqualTo("二");
        assertThat(tasks.get(3).unitNames(Role.LEAD)).containsExactly("市政务服务管理局");
        assertThat(tasks.get(3).deadlines().get(0).date()).hasToString("2024-06-30");
        // Role words inside the 牵头单位 cell; 无 in the 配合单位 cell is no unit.
        Task fifth = tasks.get(4);
        assertThat(fifth.unitNames(Role.LEAD)).containsExactly("市国资委");
        assertThat(fifth.unitNames(Role.RESPONSIBLE)).containsExactly("市财政局", "市发展改革委");
        assertThat(fifth.unitNames(Role.COOPERATING)).isEmpty();
    }

    @Test
    void theBodysHeadingsAreNoTasksWhenTheTableHasThem() throws IOException {
        ParsedPlan plan = imported(resource("web-copy-one-cell-a-line.txt"));
        assertThat(plan.plan().tasks()).extracting(Task::text).noneMatch(t -> t.contains("压实责任") || t.contains("督办"));
        assertThat(plan.plan().title()).contains("重点工作任务分工方案");
        assertThat(plan.plan().parts()).extracting(p -> p.number() + p.title())
                .containsExactly("一扩大有效需求", "二深化改革开放");
    }

    @Test
    void tabSeparatedRowsUnderATwoRowHeaderWithQuotedAndLeftOutCells() throws IOException {
        String text = resource("tab-two-row-header.txt");
        DocumentTable table = finder.find(text).get(0);
        assertThat(table.rows().get(0).texts()).containsExactly("序号", "类别", "工作任务", "牵头单位", "配合单位", "完成时间");
        assertThat(table.rows().get(0).line()).isEqualTo(3);
        assertThat(table.rows().get(0).lastLine()).isEqualTo(4);

        List<Task> tasks = imported(text).plan().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("推行“一业一证”改革。", "推进工程建设项目审批提速。",
                "建设科技企业孵化器2家，新增高新技术企业30家。", "组织“专精特新”企业培育。");
        assertThat(tasks).extracting(Task::part).containsExactly("一", "一", "二", "二");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("区住建局");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("区自然资源分局");
        assertThat(tasks.get(2).unitNames(Role.COOPERATING)).containsExactly("区财政局", "各街道");
        assertThat(tasks.get(2).sourceLine()).isEqualTo(7);
        assertThat(tasks.get(3).unitNames(Role.LEAD)).containsExactly("区工信局");
        assertThat(tasks.get(3).unitNames(Role.COOPERATING)).isEmpty();
        assertThat(tasks.get(3).deadlines().get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
    }

    @Test
    void aHeaderWithoutRowsGivesNoTasksAndAWarningThatSaysWhy() throws IOException {
        ParsedPlan plan = imported(resource("header-only.txt"));
        assertThat(plan.plan().tasks()).isEmpty();
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w.message()).contains("序号 重点任务 牵头单位 配合单位 完成时限"));
    }

    @Test
    void numberedProseHasNoTable() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            String sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(finder.find(sample)).isEmpty();
        }
        assertThat(finder.find("序号\n任务\n姓名\n1\n张三")).isEmpty(); // no unit column: no 分工表
        assertThat(finder.find("")).isEmpty();
    }

    /**
     * Layouts two published notices describe for their tables (高唐县 2024: 类别 / 任务内容 /
     * 牵头领导 / 责任单位; 聊城市 2020: 牵头领导, 牵头单位 and 配合单位 for each task); the tables
     * themselves were not in the stored pages, so the rows are written by hand in those layouts.
     * A 牵头领导 column names people: no unit is read from it.
     */
    @Test
    void aLeaderColumnNamesNoUnitAndACategoryPrintedOnceGroupsTheRowsBelowIt() throws IOException {
        ParsedPlan plan = imported(resource("leaders-and-categories-tabs.txt"));
        List<Task> tasks = plan.plan().tasks();
        assertThat(tasks).hasSize(5);
        assertThat(plan.plan().parts()).extracting(p -> p.number() + p.title()).containsExactly("一经济发展", "二民生保障");
        assertThat(tasks).extracting(Task::part).containsExactly("一", "一", "一", "二", "二");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("县发展改革局");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("县工业和信息化局", "县经济开发区管委会");
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("县商务局");
        assertThat(tasks.get(2).unitNames(Role.RESPONSIBLE)).containsExactly("各乡镇（街道）");
        assertThat(tasks).allSatisfy(t -> assertThat(t.assignments()).noneMatch(a -> a.unit().name().contains("某")));
    }

    @Test
    void oneCellALineWithALeaderColumn() throws IOException {
        List<Task> tasks = imported(resource("leaders-one-cell-a-line.txt")).plan().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("加快新旧动能转换，推进重点项目建设。", "实施城市更新行动。",
                "深化“放管服”改革。");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市发展改革委");
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("市工业和信息化局", "市财政局");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("各县（市、区）人民政府");
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("市行政审批服务局");
        assertThat(tasks).allSatisfy(t -> assertThat(t.assignments()).noneMatch(a -> a.unit().name().contains("某")));
    }

    /**
     * The layout of 宁波's 2014 民生实事 1—6月 progress notice (牵头领导 / 责任单位 / 项目责任人 /
     * 配合单位 / 实际完成情况 for each project), copied one cell a line from row 2 on (a continued
     * table), header words broken by a space: the leader and the 责任人 name people, the progress
     * column after the units is read as nothing.
     */
    @Test
    void aProgressReportNumberedFromTwoWithPeopleColumnsAndProgressAfterTheUnits() throws IOException {
        List<Task> tasks = imported(resource("progress-report-one-cell-a-line.txt")).plan().tasks();
        assertThat(tasks).extracting(Task::number).containsExactly("2", "3", "4");
        assertThat(tasks).extracting(Task::text).containsExactly("新增安装300套路口交通信息视频采集设备。",
                "新辟公交线路10条，优化调整20条。", "新投放公共自行车3000辆，新增100个网点。");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市公安局");
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("市城管局", "市财政局");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("市公安局", "市城管局", "各区政府");
        assertThat(tasks.get(2).unitNames(Role.RESPONSIBLE)).containsExactly("市交通委", "各区政府", "相关管委会");
        assertThat(tasks).allSatisfy(t -> assertThat(t.assignments()).extracting(a -> a.unit().name())
                .doesNotContain("王仁洲", "王伟标", "劳可军"));
        assertThat(tasks).allSatisfy(t -> assertThat(t.text()).doesNotContain("完成", "已投放"));
    }

    /**
     * Two task columns side by side (类别 printed once, then 实事项目), a leader column, one column
     * for the units that share the work (责任单位及配合单位), then three reporting columns.
     */
    @Test
    void unitsInAJoinedColumnAndReportingColumnsAfterThem() throws IOException {
        List<Task> tasks = imported(resource("two-task-columns-combined-units.txt")).plan().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("新建改扩建中小学校4所。", "新增普惠性托位300个。");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("区教育局");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("区住建局", "各街道");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("区卫健委");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("区教育局", "各街道");
    }

    /**
     * Two task columns copied with tabs (主要任务 / 实事项目): the merged 主要任务 and the empty 说明 are
     * left out of the second row.
     */
    @Test
    void tabSeparatedRowsWithTwoTaskColumnsAndCellsLeftOut() {
        String text = """
                序号\t主要任务\t实事项目\t分管领导\t牵头单位\t责任单位\t1-9月推进情况\t说明
                12\t城市管理\t新增公共停车泊位500个。\t某某\t区城管局\t各街道\t已建成300个。\t无
                13\t改造老旧小区燃气管网20公里。\t某某\t区住建局\t区燃气公司、各街道\t已完成12公里。
                """;
        List<Task> tasks = imported(text).plan().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("新增公共停车泊位500个。", "改造老旧小区燃气管网20公里。");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("区住建局");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("区燃气公司", "各街道");
        assertThat(tasks).allSatisfy(t -> assertThat(t.assignments()).extracting(a -> a.unit().name())
                .doesNotContain("某某"));
    }

    @Test
    void headerWordsOfReportingAndJoinedColumns() {
        assertThat(TableColumn.of("责任主体与协同单位")).contains(TableColumn.RESPONSIBLE);
        assertThat(TableColumn.of("责任单位及配合单位")).contains(TableColumn.RESPONSIBLE);
        assertThat(TableColumn.of("牵头责任单位")).contains(TableColumn.LEAD);
        assertThat(TableColumn.of("分管 领导")).contains(TableColumn.OTHER);
        assertThat(TableColumn.of("1-10月推进情况")).contains(TableColumn.OTHER);
        assertThat(TableColumn.of("是否达序")).contains(TableColumn.OTHER);
        assertThat(TableColumn.of("牵头 单位")).contains(TableColumn.LEAD);
    }

    @Test
    void noiseUnderAHeaderGivesNoTasksAndARepeatedHeaderOneTable() {
        String headers = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n".repeat(50);
        assertThat(finder.find(headers)).hasSize(1);
        assertThat(imported(headers).plan().tasks()).isEmpty();
        // Row numbers alone, rows of tabs, a stray five-digit figure: no task text, no task.
        assertThat(imported("序号\n重点任务\n牵头单位\n" + "1\n".repeat(500)).plan().tasks()).isEmpty();
        assertThat(imported("序号\t重点任务\t牵头单位\n1\t\t\t\t\n12345\t\t\n").plan().tasks()).isEmpty();
        // A row that never ends is cut: the table stops, what follows is not one task's text.
        String endless = "序号\n重点任务\n牵头单位\n1\n推进改革。\n市财政局\n" + "其后的正文。\n".repeat(500);
        DocumentTable table = finder.find(endless).get(0);
        assertThat(table.rows().get(1).lastLine() - table.rows().get(1).line()).isLessThan(FlatTableFinder.MAX_ROW_LINES);
    }

    /**
     * Set E's class (大竹 2016, second wording here): a 实事 table copied with blank lines between the
     * cells, units one a line in their cell, and a row whose second sub-row prints only its task and its
     * time limit (序号 and 责任单位 merged over both).
     */
    @Test
    void aShishiTableWithBlankLinesUnitsOneALineAndASecondSubRow() throws IOException {
        List<Task> tasks = imported(resource("web-copy-shishi-blank-lines.txt")).plan().tasks();
        assertThat(tasks).extracting(Task::number).containsExactly("1", "2", "3", null);
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("县住建局", "县自然资源局", "县交通运输局");
        assertThat(tasks.get(0).deadlines().get(0).date()).hasToString("2023-11-30");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("县住建局");
        assertThat(tasks.get(2).text()).isEqualTo("建设乡镇卫生院发热门诊5个。");
        assertThat(tasks.get(2).deadlines().get(0).date()).hasToString("2023-06-30");
        Task second = tasks.get(3);
        assertThat(second.text()).isEqualTo("开展全县适龄妇女“两癌”免费筛查。");
        assertThat(second.unitNames(Role.LEAD)).containsExactly("县卫健局");
        assertThat(second.deadlines().get(0).date()).hasToString("2023-12-31");
    }
}
