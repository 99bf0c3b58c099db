package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

class TaskTableReaderTest {
    private final TaskTableReader reader = new TaskTableReader();

    @Test
    void aTableWithoutTaskAndUnitColumnsIsNotADivisionOfWork() {
        assertThat(reader.read(List.of(List.of("姓名", "电话"), List.of("张三", "123")), 1, 1, 2024)).isEmpty();
        assertThat(reader.read(List.of(), 1, 1, 2024)).isEmpty();
    }

    @Test
    void responsibleColumnWithOneUnitNamesTheLeadAndWithSeveralSharesIt() {
        var rows = List.of(
                List.of("序号", "工作任务", "责任单位", "时间节点"),
                List.of("1", "完善清单。", "省审批服务管理局", "2023年3月底前"),
                List.of("2", "一件事一次办。", "省市场监管局、省自然资源厅、省人社厅", "2023年底前"));
        List<Task> tasks = reader.read(rows, 10, 1, 2023).orElseThrow().tasks();
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("省审批服务管理局");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).isEmpty();
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).hasSize(3);
        assertThat(tasks.get(1).deadlines().get(0).date()).hasToString("2023-12-31");
        assertThat(tasks.get(0).sourceLine()).isEqualTo(11);
    }

    @Test
    void headerMayBeBelowATitleRowAndCategoriesBecomeParts() {
        var rows = List.of(
                List.of("重点任务分工表", "", "", ""),
                List.of("类别", "主要任务", "牵头部门", "完成时限"),
                List.of("优化营商环境", "推行容缺受理。", "市审批局", "持续推进"),
                List.of("优化营商环境", "压缩开办时间。", "市市场监管局", "2024年6月底前"),
                List.of("稳就业", "开展招聘活动。", "市人社局", "每季度"));
        var read = reader.read(rows, 1, 5, 2024).orElseThrow();
        assertThat(read.parts()).extracting(p -> p.number() + p.title()).containsExactly("一优化营商环境", "二稳就业");
        assertThat(read.tasks()).extracting(Task::part).containsExactly("一", "一", "二");
        assertThat(read.tasks()).extracting(Task::seq).containsExactly(5, 6, 7);
        assertThat(read.tasks().get(0).deadlines().get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(read.tasks().get(0).number()).isNull();
    }

    @Test
    void chineseLabelsForParts() {
        assertThat(TaskTableReader.toChinese(1)).isEqualTo("一");
        assertThat(TaskTableReader.toChinese(10)).isEqualTo("十");
        assertThat(TaskTableReader.toChinese(12)).isEqualTo("十二");
        assertThat(TaskTableReader.toChinese(21)).isEqualTo("二十一");
        assertThat(TaskTableReader.toChinese(105)).isEqualTo("一百零五");
        assertThat(TaskTableReader.toChinese(1000)).isEqualTo("一千");
    }

    // ---- issue 14: headers by meaning, printing undone, role words in cells ----

    private static DocumentTable table(TableRow... rows) {
        return new DocumentTable("表 1", List.of(rows));
    }

    private static TableRow row(int line, String... cells) {
        return TableRow.of(line, List.of(cells));
    }

    @Test
    void headerWordsOfferedByOfficesAreRecognisedAndPeopleColumnsAreNotUnits() {
        assertThat(TableColumn.of("重点任务")).contains(TableColumn.TASK);
        assertThat(TableColumn.of("工作举措")).contains(TableColumn.TASK);
        assertThat(TableColumn.of("目标任务")).contains(TableColumn.TASK);
        assertThat(TableColumn.of("主责单位")).contains(TableColumn.RESPONSIBLE);
        assertThat(TableColumn.of("推进单位")).contains(TableColumn.RESPONSIBLE);
        assertThat(TableColumn.of("支撑单位")).contains(TableColumn.COOPERATING);
        assertThat(TableColumn.of("协同单位")).contains(TableColumn.COOPERATING);
        assertThat(TableColumn.of("时间节点")).contains(TableColumn.DEADLINE);
        assertThat(TableColumn.of("进度安排")).contains(TableColumn.DEADLINE);
        assertThat(TableColumn.of("序　号")).contains(TableColumn.NUMBER);
        assertThat(TableColumn.of("任务类别")).contains(TableColumn.CATEGORY);
        assertThat(TableColumn.of("牵头领导")).contains(TableColumn.OTHER);
        assertThat(TableColumn.of("责任领导")).contains(TableColumn.OTHER);
        assertThat(TableColumn.of("备注")).contains(TableColumn.OTHER);
        assertThat(TableColumn.of("推进落实省工信厅牵头的数字化转型行动。")).isEmpty();
    }

    @Test
    void theHeaderMayStandBelowTitlesAndNotesAndALeaderColumnIsReadAsNothing() {
        var t = table(row(1, "附件2"), row(2, "2024年重点任务分工表"), row(3, "（列第一位的为牵头单位）"),
                row(4, ""), row(5, "填报单位：市政府办"), row(6, "", "", ""), row(7, "说明"), row(8, "任务清单"),
                row(9, "序号", "目标任务", "牵头领导", "责任单位", "完成时限", "备注"),
                row(10, "1", "建成5G基站800个。", "张三", "市工信局、市通信发展办", "2024年底前", "新增"));
        var read = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow();
        assertThat(read.meanings().headerRow()).isEqualTo(8);
        Task task = read.tasks().get(0);
        assertThat(task.unitNames(Role.LEAD)).containsExactly("市工信局");
        assertThat(task.unitNames(Role.RESPONSIBLE)).containsExactly("市通信发展办");
        assertThat(task.text()).isEqualTo("建成5G基站800个。");
    }

    @Test
    void aResponsibleCellWithRoleWordsGivesTheLeadAndTheResponsibleUnits() {
        var t = table(row(1, "序号", "主要任务", "责任单位", "完成时间"),
                row(2, "1", "加强网络安全保障。", "省工业和信息化厅牵头，省委网信办、省科技厅等按职责分工负责", "持续推进"),
                row(3, "2", "完善数据交易规则。", "省发展改革委（牵头）、省市场监管局", "2024年6月底前"));
        List<Task> tasks = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow().tasks();
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("省工业和信息化厅");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("省委网信办", "省科技厅");
        assertThat(tasks.get(0).othersIncluded()).isTrue();
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("省发展改革委");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("省市场监管局");
    }

    @Test
    void aCooperatingCellCooperatesWhateverItsVerbAndASecondUnitColumnNamesNoSecondLead() {
        var t = table(row(1, "序号", "任务", "牵头单位", "责任单位", "配合单位"),
                row(2, "1", "推进乡村振兴。", "市农业农村局", "市财政局", "各区人民政府负责"));
        Task task = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow().tasks().get(0);
        assertThat(task.unitNames(Role.LEAD)).containsExactly("市农业农村局");
        assertThat(task.unitNames(Role.RESPONSIBLE)).containsExactly("市财政局");
        assertThat(task.unitNames(Role.COOPERATING)).containsExactly("各区人民政府");
    }

    @Test
    void repeatedHeadersPageNumbersAndRowsSplitAcrossAPageAreUndone() {
        var t = table(row(1, "序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
                row(2, "1", "实施城市更新行动，改造老旧", "市住建局", "市财政局、", ""),
                row(3, "— 3 —", "", "", "", ""),
                row(4, "序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
                row(5, "", "小区50个。", "", "市发展改革委", "2024年底前"),
                row(6, "", "第3页", "", "", ""),
                row(7, "2", "开展清洁取暖改造。", "市生态环境局", "", "2024年3月底前"),
                row(8, "", "", "3/12", "", ""),
                row(8, "-4-", "", "", "", ""),
                row(9, "3", "推进医保支付方式改革。", "市医保局", "", "2024年9月底前"));
        List<Task> tasks = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow().tasks();
        assertThat(tasks).extracting(Task::number).containsExactly("1", "2", "3");
        assertThat(tasks.get(0).text()).isEqualTo("实施城市更新行动，改造老旧小区50个。");
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("市财政局", "市发展改革委");
        assertThat(tasks.get(0).deadlines().get(0).date()).hasToString("2024-12-31");
        assertThat(tasks.get(0).sourceLine()).isEqualTo(2);
    }

    @Test
    void aLeadAndATimeLimitPrintedOnceForSeveralRowsReachEachOfThem() {
        var t = table(row(1, "序号", "类别", "工作任务", "牵头单位", "配合单位", "完成时限"),
                row(2, "1", "稳增长", "扩大有效投资。", "市发展改革委", "市财政局", "2024年底前"),
                row(3, "2", "", "促进消费升级。", "", "市商务局", ""),
                row(4, "3", "", "稳定外贸外资。", "市商务局", "", "2024年6月底前"));
        List<Task> tasks = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow().tasks();
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("市发展改革委");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("市商务局");
        assertThat(tasks.get(1).deadlines().get(0).date()).hasToString("2024-12-31");
        assertThat(tasks.get(2).unitNames(Role.COOPERATING)).isEmpty(); // an empty 配合单位 is no unit
        assertThat(tasks).extracting(Task::part).containsOnly("一");
    }

    @Test
    void aTwoRowHeaderWithoutMergeMarksIsReadAsOne() {
        var t = table(row(1, "序号", "重点任务", "责任单位", "", "完成时限"),
                row(2, "", "", "牵头单位", "配合单位", ""),
                row(3, "1", "优化政务服务。", "市政务服务局", "市数据局", "2024年底前"));
        var read = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow();
        assertThat(read.meanings().headerRow()).isEqualTo(1);
        assertThat(read.tasks().get(0).unitNames(Role.LEAD)).containsExactly("市政务服务局");
        assertThat(read.tasks().get(0).unitNames(Role.COOPERATING)).containsExactly("市数据局");
    }

    @Test
    void rememberedHeaderWordsComeBeforeTheBuiltInOnes() {
        var t = table(row(1, "No.", "工作", "主抓", "时间"), row(2, "1", "建设数字政府。", "市数据局", "2024年底前"));
        assertThat(reader.meanings(t)).isEmpty();
        RememberedHeaders words = RememberedHeaders.NONE.with("工作", TableColumn.TASK).with("主 抓", TableColumn.LEAD);
        var read = new TaskTableReader(words).read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE)
                .orElseThrow();
        assertThat(read.tasks().get(0).unitNames(Role.LEAD)).containsExactly("市数据局");
        assertThat(words.toNames()).containsEntry("主抓", "LEAD");
        // A choice overrides a built-in word: here 时间 is a column the user wants left unread.
        RememberedHeaders unread = words.with("时间", TableColumn.OTHER);
        assertThat(new TaskTableReader(unread).read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE)
                .orElseThrow().tasks().get(0).deadlines()).isEmpty();
    }

    @Test
    void headingRowsSpanningTheTableArePartsAndAreNotContinuations() {
        var t = table(row(1, "序号", "任务", "责任单位", "完成时限"),
                new TableRow(2, 2, List.of(TableCell.of("一、优化营商环境"), TableCell.coveredFromLeft(),
                        TableCell.coveredFromLeft(), TableCell.coveredFromLeft())),
                row(3, "1", "压减审批时限。", "市审批局", "2024年底前"),
                row(4, "（二）数字政府"),
                row(5, "2", "建设一网通办平台。", "市数据局", "2024年底前"));
        var read = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow();
        assertThat(read.parts()).extracting(p -> p.number() + p.title()).containsExactly("一优化营商环境", "二数字政府");
        assertThat(read.tasks()).extracting(Task::part).containsExactly("一", "二");
    }

    @Test
    void measuresUnderATaskTheyShareAreTheTasksAndTheSharedTaskTheirPart() {
        var t = new DocumentTable("表 1", List.of(row(1, "序号", "重点任务", "具体措施", "责任单位", "完成时限"),
                row(2, "1", "优化营商环境", "推行承诺制审批。", "市审批局", "2024年底前"),
                new TableRow(3, 3, List.of(TableCell.of("2"), TableCell.coveredFromAbove(), TableCell.of("压缩开办时间。"),
                        TableCell.of("市市场监管局"), TableCell.of("2024年6月底前")))));
        var read = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow();
        assertThat(read.tasks()).extracting(Task::text).containsExactly("推行承诺制审批。", "压缩开办时间。");
        assertThat(read.parts()).extracting(p -> p.title()).containsExactly("优化营商环境");
        assertThat(read.tasks()).extracting(Task::part).containsExactly("一", "一");
    }

    /**
     * Beside a 类别 column, 主要任务 | 工作举措 is one task: the measures are the rest of its text, and
     * without a 完成时限 column the time said in that text is the task's deadline. (Layout of the
     * 国办 2022 就业 分工表 sheet; these rows are written by hand, another wording of the layout.)
     */
    @Test
    void aTaskAndItsMeasuresBesideACategoryAreOneTaskAndItsTextGivesTheTime() {
        var t = table(row(1, "序号", "类别", "主要任务", "工作举措", "责任单位"),
                row(2, "1", "优化营商环境", "推行证明事项告知承诺制", "2024年6月底前，实现告知承诺事项全程网办。",
                        "市司法局牵头，市数据局等按职责分工负责"),
                row(3, "2", "优化营商环境", "压缩企业开办时间。", "企业开办全流程1个工作日内办结。", "市市场监管局"));
        List<Task> tasks = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly(
                "推行证明事项告知承诺制。2024年6月底前，实现告知承诺事项全程网办。",
                "压缩企业开办时间。企业开办全流程1个工作日内办结。");
        assertThat(tasks.get(0).deadlines()).extracting(d -> d.kind(), d -> d.date())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineKind.BY, java.time.LocalDate.of(2024, 6, 30)));
        assertThat(tasks.get(1).deadlines()).extracting(d -> d.kind()).containsExactly(DeadlineKind.WITHIN);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市司法局");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("市数据局");
    }

    @Test
    void aTaskMergedOverTwoRowsIsOneTaskWithTheUnitsOfBoth() {
        var t = new DocumentTable("表 1", List.of(row(1, "序号", "任务", "牵头单位", "配合单位"),
                row(2, "1", "建设智慧城市。", "市数据局", "市财政局"),
                new TableRow(3, 3, List.of(TableCell.coveredFromAbove(), TableCell.coveredFromAbove(),
                        TableCell.coveredFromAbove(), TableCell.of("市公安局 市交通运输局")))));
        List<Task> tasks = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow().tasks();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("市财政局", "市公安局", "市交通运输局");
    }

    @Test
    void unitsOneAParagraphAndClausesOneAParagraphAreApart() {
        var t = table(row(1, "序号", "任务", "责任单位"),
                row(2, "1", "推进制造业数字化转型。", "省工信厅牵头 省科技厅、省财政厅配合"),
                row(3, "2", "培育数据要素市场。", "省数据局 省发展改革委"));
        List<Task> tasks = reader.read(t, 1, 2024, org.luoshi.importer.parse.ImportMonitor.NONE).orElseThrow().tasks();
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("省工信厅");
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("省科技厅", "省财政厅");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("省数据局", "省发展改革委");
    }

    @Test
    void roleWordsAndLabelsInsideAUnitCellAreRead() {
        var rows = List.of(
                List.of("序号", "重点任务", "责任单位", "完成时限"),
                List.of("1", "建设算力平台。", "省工业和信息化厅牵头，省委网信办、省科技厅等按职责分工负责", "2025年底前"),
                List.of("2", "培育数据市场。", "牵头单位：省数据局；支撑单位：省财政厅", "长期坚持"),
                List.of("3", "推进政务公开。", "有关部门和单位", "持续推进"));
        List<Task> tasks = reader.read(rows, 1, 1, 2025).orElseThrow().tasks();
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("省工业和信息化厅");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("省委网信办", "省科技厅");
        assertThat(tasks.get(0).othersIncluded()).isTrue();
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("省数据局");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("省财政厅");
        assertThat(tasks.get(2).unitNames(Role.LEAD)).as("one group, the only unit").containsExactly("有关部门和单位");
    }
}
