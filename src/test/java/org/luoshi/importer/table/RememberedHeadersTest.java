package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

class RememberedHeadersTest {
    private static final List<List<String>> UNKNOWN_HEADER = List.of(
            List.of("序号", "主要工作", "推进主体", "完成时限"),
            List.of("1", "建设政务数据平台。", "市数据局", "2024年6月底前"),
            List.of("2", "开展营商环境评价。", "市发展改革委、市财政局", "长期坚持"));

    @Test
    void aHeaderNobodyKnowsReadsAsThePersonSaidOnceRemembered() {
        assertThat(new TaskTableReader().read(UNKNOWN_HEADER, 1, 1, 2024)).as("unknown header").isEmpty();

        RememberedHeaders remembered = RememberedHeaders.NONE
                .with("主要工作", TableColumn.TASK)
                .with("推进\n主体", TableColumn.RESPONSIBLE);
        List<Task> tasks = new TaskTableReader(remembered).read(UNKNOWN_HEADER, 1, 1, 2024).orElseThrow().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("建设政务数据平台。", "开展营商环境评价。");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市数据局");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("市发展改革委", "市财政局");
    }

    @Test
    void aHeaderRememberedAsNothingIsNotRead() {
        var rows = List.of(
                List.of("序号", "重点任务", "牵头单位", "配合单位"),
                List.of("1", "建设政务数据平台。", "市数据局", "市财政局"));
        RememberedHeaders remembered = RememberedHeaders.NONE.with("配合单位", TableColumn.OTHER);
        Task task = new TaskTableReader(remembered).read(rows, 1, 1, 2024).orElseThrow().tasks().get(0);
        assertThat(task.unitNames(Role.LEAD)).containsExactly("市数据局");
        assertThat(task.unitNames(Role.COOPERATING)).isEmpty();
    }

    @Test
    void keptAsNamesForTheSettingsAndReadBack() {
        RememberedHeaders remembered = RememberedHeaders.NONE.with("推进 主体", TableColumn.RESPONSIBLE)
                .with("主要工作", TableColumn.TASK);
        Map<String, String> names = remembered.toNames();
        assertThat(names).containsEntry("推进主体", "RESPONSIBLE").containsEntry("主要工作", "TASK");
        assertThat(RememberedHeaders.fromNames(names)).isEqualTo(remembered);
        assertThat(RememberedHeaders.fromNames(Map.of("推进主体", "NO_SUCH_MEANING", "", "TASK")).isEmpty()).isTrue();
    }

    @Test
    void blankAndOverlongHeadersAreNotRemembered() {
        assertThat(RememberedHeaders.NONE.with("  ", TableColumn.TASK)).isSameAs(RememberedHeaders.NONE);
        assertThat(RememberedHeaders.NONE.with("建设完善政务数据共享交换平台，推动数据按需共享、应用尽用。".repeat(2),
                TableColumn.TASK).isEmpty()).isTrue();
    }
}
