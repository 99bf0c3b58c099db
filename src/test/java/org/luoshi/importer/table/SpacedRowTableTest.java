package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.read.TableCell;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * A table copied from a web page one row a line, cells separated by spaces. The fixture is the
 * 杭州市 2021 责任分解 (序号 / 重点工作任务 / 责任单位, part headings between the rows) as such a copy
 * gives it; the expectations are read off the fixture.
 */
class SpacedRowTableTest {
    private final FlatTableFinder finder = new FlatTableFinder();

    @Test
    void rowsWithSpaceSeparatedCellsUnderASpacedHeader() throws IOException {
        String text = FlatTableFinderTest.resource("spaced-rows-hangzhou-2021.txt");
        List<DocumentTable> tables = finder.find(text);
        assertThat(tables).hasSize(1);
        List<List<String>> rows = tables.get(0).rows().stream()
                .map(r -> r.cells().stream().map(TableCell::text).toList()).toList();
        assertThat(rows).as(rows.toString()).hasSize(9); // the header, two part headings, six rows
        assertThat(rows.get(0)).containsExactly("序号", "重点工作任务", "责任单位");
        assertThat(rows.get(1).get(0)).isEqualTo("（一）刘忻市长牵头重点工作");
        assertThat(rows.get(5)).containsExactly("3", "加快建设城西科创大走廊。",
                "杭州城西科创产业集聚区管委会，市科技局、市发改委、市经信局");
        assertThat(tables.get(0).rows().get(5).line()).isEqualTo(10); // numbered as the one-cell-a-line rows are
    }

    @Test
    void theTasksComeFromTheTableNotFromTheHeadingsAroundIt() throws IOException {
        String text = FlatTableFinderTest.resource("spaced-rows-hangzhou-2021.txt");
        List<Task> tasks = new DocumentImporter().importDocument(ImportedDocument.text("t", "text", text)).plan().tasks();
        assertThat(tasks).extracting(Task::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(tasks.get(3).unitNames(Role.COOPERATING))
                .containsExactly("市发改委", "市人力社保局", "市科技局", "团市委");
        assertThat(tasks.get(5).text()).isEqualTo("加快钱塘江金融港湾建设。");
    }

    @Test
    void aTaskWithSpacesInItKeepsThemAndTheUnitsStayInTheirColumn() {
        String text = "序号 工 作 任 务 牵头负责部门\n"
                + "1 城镇新增就业1000万人以上 人力资源社会保障部\n"
                + "2 推进 5万个行政村通光纤 工业和信息化部\n";
        DocumentTable table = finder.find(text).get(0);
        assertThat(table.rows().get(0).cells()).extracting(TableCell::text).containsExactly("序号", "工作任务", "牵头负责部门");
        assertThat(table.rows().get(2).cells()).extracting(TableCell::text)
                .containsExactly("2", "推进 5万个行政村通光纤", "工业和信息化部");
        assertThat(TableColumn.of("牵头负责部门")).contains(TableColumn.LEAD);
    }

    @Test
    void spacedLinesThatAreNoTableGiveNone() {
        // Header words alone, header words not starting with 序号, rows that do not count up.
        assertThat(finder.find("序号 任务 牵头单位\n下一步，各地要抓好落实。")).isEmpty();
        assertThat(finder.find("任务 序号 牵头单位\n1 加快建设 市发改委")).isEmpty();
        assertThat(finder.find("各位 代表 同志们\n1 加快建设 市发改委")).isEmpty();
        assertThat(finder.find("序号 任务 牵头单位\n一、总体要求\n坚持稳中求进。")).isEmpty();
    }
}
