package org.luoshi.importer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.table.TableColumn;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/** The tables of a document under review: choosing tables and column meanings re-reads the tasks. */
class TableReviewTest {
    /** 类别 merged over two rows, a header nobody knows (主要工作 / 推进主体). */
    static DocumentTable unknownHeader(String name, int firstLine) {
        return new DocumentTable(name, List.of(
                TableRow.of(firstLine, List.of("类别", "主要工作", "推进主体", "完成时限")),
                new TableRow(firstLine + 1, firstLine + 1, List.of(TableCell.of("数字政府"), TableCell.of("建设政务数据平台。"),
                        TableCell.of("市数据局"), TableCell.of("2024年6月底前"))),
                new TableRow(firstLine + 2, firstLine + 2, List.of(TableCell.coveredFromAbove(),
                        TableCell.of("推进电子证照应用。"), TableCell.of("市数据局、市公安局"), TableCell.of("长期坚持")))));
    }

    static DocumentTable knownHeader(String name, int firstLine) {
        return DocumentTable.ofLines(name, firstLine, List.of(
                List.of("序号", "重点任务", "牵头单位", "配合单位"),
                List.of("1", "开展营商环境评价。", "市发展改革委", "市财政局")));
    }

    @Test
    void choosingTheMeaningsOfUnknownColumnsReadsTheTasks() {
        TableReview review = TableReview.of(List.of(unknownHeader("", 0)), RememberedHeaders.NONE, 2024).orElseThrow();
        assertThat(review.isChosen(0)).as("the only table is offered for reading").isTrue();
        assertThat(review.readsTasks(0)).isFalse();
        assertThat(review.read().tasks()).isEmpty();
        assertThat(review.meaningOf(0, 1)).isEqualTo(TableColumn.OTHER);

        review.setMeaning(0, 1, TableColumn.TASK);
        assertThat(review.read().tasks()).as("a task column but no unit column").isEmpty();
        review.setMeaning(0, 2, TableColumn.RESPONSIBLE);
        List<Task> tasks = review.read().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("建设政务数据平台。", "推进电子证照应用。");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("市数据局", "市公安局");
        assertThat(tasks.get(1).deadlines()).isEmpty();

        review.setMeaning(0, 3, TableColumn.DEADLINE);
        review.setMeaning(0, 0, TableColumn.CATEGORY);
        TableReview.Read read = review.read();
        assertThat(read.tasks().get(0).deadlines().get(0).date()).hasToString("2024-06-30");
        assertThat(read.parts()).extracting(p -> p.title()).as("the merged 类别 covers both rows").containsExactly("数字政府");
        assertThat(read.tasks()).extracting(Task::part).containsExactly("一", "一");

        assertThat(review.remembered().meaningOf("推进主体")).contains(TableColumn.RESPONSIBLE);
        assertThat(review.remembered().meaningOf("主要工作")).contains(TableColumn.TASK);
    }

    @Test
    void oneColumnPerMeaning() {
        TableReview review = TableReview.of(List.of(knownHeader("", 0)), RememberedHeaders.NONE, 2024).orElseThrow();
        assertThat(review.meaningOf(0, 2)).isEqualTo(TableColumn.LEAD);
        review.setMeaning(0, 3, TableColumn.LEAD);
        assertThat(review.meaningOf(0, 3)).isEqualTo(TableColumn.LEAD);
        assertThat(review.meaningOf(0, 2)).as("gave up 牵头单位 to column 4").isEqualTo(TableColumn.OTHER);
        assertThat(review.read().tasks().get(0).unitNames(Role.LEAD)).containsExactly("市财政局");
    }

    @Test
    void severalTablesAreReadAsChosenAndNumberedOn() {
        TableReview review = TableReview.of(List.of(knownHeader("Sheet1", 0), unknownHeader("Sheet2", 3),
                knownHeader("Sheet3", 7)), RememberedHeaders.NONE, 2024).orElseThrow();
        assertThat(review.isChosen(0)).isTrue();
        assertThat(review.isChosen(1)).as("no header known: not read until the person says so").isFalse();
        assertThat(review.read().tasks()).extracting(Task::seq).containsExactly(1, 2);

        review.choose(0, false);
        assertThat(review.read().tasks()).extracting(Task::seq).containsExactly(1);
        review.setMeaning(1, 1, TableColumn.TASK);
        review.setMeaning(1, 2, TableColumn.LEAD);
        assertThat(review.isChosen(1)).as("a table whose meanings were set is read").isTrue();
        assertThat(review.read().tasks()).extracting(Task::text)
                .containsExactly("建设政务数据平台。", "推进电子证照应用。", "开展营商环境评价。");
        assertThat(review.name(1)).isEqualTo("Sheet2");
    }

    @Test
    void aMergedHeaderCellNamesEveryColumnItCovers() {
        DocumentTable table = new DocumentTable("", List.of(
                new TableRow(0, 0, List.of(TableCell.of("序号"), TableCell.of("任务"), TableCell.of("责任单位"),
                        TableCell.coveredFromLeft())),
                new TableRow(1, 1, List.of(TableCell.coveredFromAbove(), TableCell.coveredFromAbove(),
                        TableCell.of("牵头"), TableCell.of("配合"))),
                TableRow.of(2, List.of("1", "建设平台。", "市数据局", "市财政局"))));
        TableReview review = TableReview.of(List.of(table), RememberedHeaders.NONE, null).orElseThrow();
        // The reader takes the lower row of a two-row header (牵头 | 配合 under 责任单位).
        assertThat(review.headerText(0, 1)).as("covered from above: the header over it").isEqualTo("任务");
        assertThat(review.headerText(0, 3)).isEqualTo("配合");
        review.setHeaderRow(0, 0);
        assertThat(review.headerText(0, 3)).as("covered from the left: the merged cell's text").isEqualTo("责任单位");
    }

    @Test
    void theDraftTakesTheTablesTasksAndGoesBackToTheTextsWhenTheyGiveNone() {
        String text = "某市人民政府办公室关于印发重点任务分工方案的通知\n一、重点任务\n1．推进政务公开。（市政府办公室负责）\n";
        ImportedDocument doc = new ImportedDocument("plan", "Word", text, List.of(unknownHeader("", 3)));
        ReviewDraft draft = new ReviewDraft(new DocumentImporter().importDocument(doc),
                TableReview.of(doc.tables(), RememberedHeaders.NONE, 2024).orElseThrow());
        assertThat(draft.tasks()).extracting(DraftTask::text).containsExactly("推进政务公开。");
        int textWarnings = draft.warnings().size();

        TableReview tables = draft.tableReview().orElseThrow();
        tables.setMeaning(0, 1, TableColumn.TASK);
        tables.setMeaning(0, 2, TableColumn.LEAD);
        tables.setMeaning(0, 0, TableColumn.CATEGORY);
        assertThat(draft.rereadTables()).isEqualTo(2);
        assertThat(draft.tasks()).extracting(DraftTask::text).containsExactly("建设政务数据平台。", "推进电子证照应用。");
        assertThat(draft.toPlan().parts()).extracting(p -> p.title()).containsExactly("数字政府");
        assertThat(draft.toPlan().tasks().get(1).unitNames(Role.LEAD)).containsExactly("市数据局", "市公安局");
        assertThat(draft.warnings()).as("the text's warnings speak of other tasks").isEmpty();

        tables.choose(0, false);
        assertThat(draft.rereadTables()).isZero();
        assertThat(draft.tasks()).extracting(DraftTask::text).containsExactly("推进政务公开。");
        assertThat(draft.warnings()).hasSize(textWarnings);
    }
}
