package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.read.TableCell;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * The table classes the layout matrix (i14p, docs/IMPORTER.md step 17) found: a pdftotext-layout table with wrapped
 * cells, blank cells printed with their separators, a | row opened and closed by |, and a one-cell-a-line table whose
 * task cells carry the row's number. Fixtures written by hand for these tests.
 */
class LayoutVariantsTablesTest {
    private static List<Task> tasks(String text) {
        return new DocumentImporter().importDocument(ImportedDocument.text("t", "text", text)).plan().tasks();
    }

    private static List<String> cells(DocumentTable table, int row) {
        return table.rows().get(row).cells().stream().map(TableCell::text).toList();
    }

    @Test
    void columnsApartBySpacesWithCellsWrappedInsideThem() {
        String text = """
                附件
                重点任务分工表
                序号   重点任务                   牵头单位      配合单位        完成时限
                1    新(改、扩)建一批中小学校。实施新(改、   区教体局      东孝街道、孝顺镇、金   2024年底前
                     扩)建中小学校5家。                       义新区发展集团
                2    新建村卫生室80家。               区卫健局      各乡镇(街道)     6月底前
                """;
        List<DocumentTable> tables = new FlatTableFinder().find(text);
        assertThat(tables).hasSize(1);
        assertThat(cells(tables.get(0), 1)).containsExactly("1", "新(改、扩)建一批中小学校。实施新(改、扩)建中小学校5家。",
                "区教体局", "东孝街道、孝顺镇、金义新区发展集团", "2024年底前");
        List<Task> tasks = tasks(text);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("东孝街道", "孝顺镇", "金义新区发展集团");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("区卫健局");
    }

    @Test
    void aRowOfOneLineEachAndUnitsOneALineWhereTheLinesAreShort() {
        String text = """
                序号   工作任务                 责任单位          完成时间
                1    深化营商环境评价工作。          市发展改革委牵头，     2025年6月底前
                                            市财政局、市商务局按
                                            职责分工负责
                2    推进政务服务标准化建设。        市政务服务中心        持续推进
                """;
        List<Task> tasks = tasks(text);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市发展改革委");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("市财政局", "市商务局");
    }

    @Test
    void cellsApartByTwoSpacesButNotInColumnsAreLeftToTheSpacedRowReader() {
        String text = "序号  重点任务  牵头单位  配合单位  完成时限\n1  推进政务服务标准化建设。  市发展改革委  市财政局  2024年6月底前\n";
        List<DocumentTable> tables = new FlatTableFinder().find(text);
        assertThat(tables).hasSize(1);
        assertThat(cells(tables.get(0), 1)).containsExactly("1", "推进政务服务标准化建设。", "市发展改革委", "市财政局",
                "2024年6月底前");
    }

    @Test
    void aTabRowThatPrintsEveryTabKeepsItsBlankCellsBlank() {
        String text = "序号\t重点任务\t牵头单位\t责任单位\t完成时限\n"
                + "1\t建设政务数据共享平台。\t市数据局\t市财政局、市发展改革委\t\n"
                + "2\t完善电子证照库。\t市公安局\t\t\n";
        List<Task> tasks = tasks(text);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("市公安局");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).isEmpty();
    }

    @Test
    void aPipeRowOpenedAndClosedByPipes() {
        String text = "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n"
                + "| 1 | 建设政务数据共享平台。 | 市数据局 | 市财政局 |\n"
                + "| 2 | 完善电子证照库。 | 市公安局 |  |\n";
        List<DocumentTable> tables = new FlatTableFinder().find(text);
        assertThat(cells(tables.get(0), 0)).containsExactly("序号", "重点任务", "牵头单位", "配合单位");
        assertThat(cells(tables.get(0), 2)).containsExactly("2", "完善电子证照库。", "市公安局", "");
        List<Task> tasks = tasks(text);
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).isEmpty();
    }

    @Test
    void oneCellALineWithoutASerialColumnTheTaskCellOpeningWithItsNumber() {
        String text = """
                重点任务
                责任单位
                1.地区生产总值增长6%左右。
                市发展改革委牵头
                2.规上工业增加值增长6%以上。
                市经信局牵头，市科技局、市商务局按职责分工负责
                """;
        List<Task> tasks = tasks(text);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市发展改革委");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("市科技局", "市商务局");
        assertThat(tasks.get(1).text()).startsWith("规上工业增加值");
    }

    @Test
    void twoHeaderWordsAloneAreNoTable() {
        assertThat(new FlatTableFinder().find("重点任务\n责任单位\n各单位要高度重视，认真抓好落实。\n")).isEmpty();
    }
}
