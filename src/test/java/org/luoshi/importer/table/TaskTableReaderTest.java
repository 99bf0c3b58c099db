package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
