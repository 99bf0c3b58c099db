package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.DocumentReadException;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.read.PdfDocumentReader;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;
import org.luoshi.importer.table.TaskTableHeaders;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * Division-of-work tables in PDFs LibreOffice typeset from the flat-ODT sources beside them
 * (src/test/resources/pdf-tables, made by make_fodt.py): a notice page, then 附件 with a table over
 * three or four pages, its header row repeated on each page, page numbers in the foot, and row 18
 * long enough that the page break splits it. The expected cells are written from those sources.
 *
 * <ul>
 *   <li>fenguan-merged: borders; 牵头单位 merged for rows 3–5 (市商务局) and 完成时限 for rows 8–10
 *       (2026年10月底前), both centred; numbers at the top of their rows.</li>
 *   <li>fenguan-borderless: the same rows without any border, every cell centred (the numbers too),
 *       headers 工作任务 / 责任单位 / 完成时间, 第 N 页 in the foot.</li>
 *   <li>fenguan-category: borders, no 序号; a 类别 column merged over each group, the third group
 *       running over the page break.</li>
 *   <li>fenguan-sheet: a spreadsheet (make_fods.py) printed by Calc, centred cells, 60 rows over
 *       three pages.</li>
 * </ul>
 */
class PdfTableImportTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    private static final String LONG = "。加强部门协同，完善配套政策，细化工作措施，明确时间表和路线图，定期调度推进情况";

    @Test
    void aBorderedTableComesOutRowByRowWithItsMergedCells() throws Exception {
        ImportedDocument doc = read("fenguan-merged.pdf");
        assertThat(doc.tables()).hasSize(1);
        List<TableRow> rows = doc.tables().get(0).rows();
        assertThat(rows).hasSize(37);
        assertThat(texts(rows.get(0))).containsExactly("序号", "重点任务", "牵头单位", "配合单位", "完成时限");
        assertThat(texts(rows.get(1))).containsExactly("1", "开展涉企违规收费专项整治（第1项）", "市市场监管局", "", "长期坚持");
        // three lines of the task cell and two of each unit cell, joined without spaces
        assertThat(texts(rows.get(2))).containsExactly("2",
                "优化工程建设项目审批流程，推行区域评估和告知承诺制，实现审批时间再压减百分之十以上（第2项）",
                "市住房城乡建设局", "市自然资源局、市生态环境局、市交通运输局", "2026年12月底前");
        // 市商务局 printed once in the middle of rows 3–5
        assertThat(texts(rows.get(3))).containsExactly("3", "落实减税降费政策（第3项）", "市商务局", "市财政局", "2026年9月底前");
        assertThat(rows.get(4).cells().get(2)).isEqualTo(TableCell.coveredFromAbove());
        assertThat(rows.get(5).cells().get(2)).isEqualTo(TableCell.coveredFromAbove());
        assertThat(rows.get(6).cells().get(2)).isEqualTo(TableCell.of("市市场监管局"));
        assertThat(rows.get(8).cells().get(4)).isEqualTo(TableCell.of("2026年10月底前"));
        assertThat(rows.get(9).cells().get(4).isCovered()).isTrue();
        assertThat(rows.get(10).cells().get(4).isCovered()).isTrue();
        assertThat(rows.get(11).cells().get(4)).isEqualTo(TableCell.of("长期坚持"));
        // row 18, split by the page break, is one row; the header repeated above its rest is skipped
        assertThat(texts(rows.get(18))).containsExactly("18", "落实减税降费政策（第18项）" + LONG.repeat(4),
                "市税务局", "市财政局", "2026年9月底前");
        assertThat(texts(rows.get(19))).containsExactly("19",
                "建立企业诉求快速响应机制，对企业反映的问题实行清单化管理、闭环办理（第19项）", "市发展改革委", "各区人民政府", "持续推进");
        assertThat(texts(rows.get(36))).containsExactly("36", "开展涉企违规收费专项整治（第36项）", "市市场监管局", "", "长期坚持");
        for (int r = 1; r < rows.size(); r++) {
            assertThat(rows.get(r).cells().get(0).text()).as("row %d", r).isEqualTo(String.valueOf(r));
        }
        assertPrintedOnTheirLines(doc);
    }

    @Test
    void theTextKeepsTheProseAndLosesThePageFurniture() throws Exception {
        ImportedDocument doc = read("fenguan-merged.pdf");
        List<String> lines = List.of(doc.text().split("\n"));
        assertThat(lines).contains("附件", "抄送：市委各部门。", "XX 市人民政府办公室");
        assertThat(lines.stream().filter(l -> l.startsWith("序号\t"))).hasSize(1);
        assertThat(lines).noneMatch(l -> l.contains("—"));
        // the rows stand between the attachment's title and the note after the table
        int title = lines.indexOf("XX 市 2026 年优化营商环境重点任务分工表");
        int header = doc.tables().get(0).firstLine();
        int last = doc.tables().get(0).rows().get(36).line();
        assertThat(title).isLessThan(header);
        assertThat(lines.get(last + 1)).isEqualTo("抄送：市委各部门。");
    }

    @Test
    void aTableWithoutBordersAndWithCentredCellsReadsAsTheBorderedOne() throws Exception {
        List<TableRow> bordered = read("fenguan-merged.pdf").tables().get(0).rows();
        ImportedDocument doc = read("fenguan-borderless.pdf");
        assertThat(doc.tables()).hasSize(1);
        List<TableRow> rows = doc.tables().get(0).rows();
        assertThat(texts(rows.get(0))).containsExactly("序号", "工作任务", "责任单位", "配合单位", "完成时间");
        assertThat(rows).hasSize(bordered.size());
        for (int r = 1; r < rows.size(); r++) {
            assertThat(rows.get(r).cells()).as("row %d", r).isEqualTo(bordered.get(r).cells());
        }
        assertPrintedOnTheirLines(doc);
    }

    @Test
    void aMergedCategoryRunsOverThePageBreak() throws Exception {
        ImportedDocument doc = read("fenguan-category.pdf");
        List<TableRow> rows = doc.tables().get(0).rows();
        assertThat(texts(rows.get(0))).containsExactly("类别", "主要任务", "主责单位", "协同单位", "时间节点");
        assertThat(rows).hasSize(25);
        for (int r = 1; r <= 24; r++) {
            TableCell category = rows.get(r).cells().get(0);
            switch (r) {
                case 1 -> assertThat(category).isEqualTo(TableCell.of("营商环境"));
                case 8 -> assertThat(category).isEqualTo(TableCell.of("科技创新"));
                case 17 -> assertThat(category).isEqualTo(TableCell.of("民生保障"));
                default -> assertThat(category.isCovered()).as("row %d", r).isTrue();
            }
            assertThat(rows.get(r).cells().get(1).text()).as("row %d", r).endsWith("（第" + r + "项）"
                    + (r == 20 ? "。" + LONG.substring(1).repeat(5) : ""));
        }
        assertPrintedOnTheirLines(doc);
    }

    /** A spreadsheet printed by Calc: its sheet name as running head, Page N as foot, 牵头单位 merged over rows 4–7. */
    @Test
    void aSheetPrintedToPdfReadsAsItsRows() throws Exception {
        ImportedDocument doc = read("fenguan-sheet.pdf");
        List<TableRow> rows = doc.tables().get(0).rows();
        assertThat(rows).hasSize(61);
        assertThat(texts(rows.get(0))).containsExactly("序号", "重点任务", "牵头单位", "责任单位", "完成时限");
        assertThat(texts(rows.get(2))).containsExactly("2", "清理规范行政审批中介服务事项，公布中介服务事项清单（2）",
                "市政务服务局", "", "长期坚持");
        assertThat(texts(rows.get(4))).containsExactly("4", "完善企业信用修复机制，推动信用修复结果共享互认（4）",
                "市财政局", "市场监管局、人民银行市分行", "2026年6月");
        for (int r = 5; r <= 7; r++) {
            assertThat(rows.get(r).cells().get(2).isCovered()).as("row %d", r).isTrue();
        }
        assertThat(rows.get(8).cells().get(2)).isEqualTo(TableCell.of("市发展改革委"));
        for (int r = 1; r < rows.size(); r++) {
            assertThat(rows.get(r).cells().get(0).text()).as("row %d", r).isEqualTo(String.valueOf(r));
            assertThat(rows.get(r).cells()).as("row %d", r).noneMatch(c -> c.text().contains("Page")
                    || c.text().equals("分工表"));
        }
        assertPrintedOnTheirLines(doc);
        List<Task> tasks = new DocumentImporter().importDocument(doc).plan().tasks();
        assertThat(tasks).hasSize(60);
        assertThat(tasks.get(5).unitNames(Role.LEAD)).containsExactly("市财政局");
        assertThat(tasks.get(3).unitNames(Role.RESPONSIBLE)).containsExactly("市场监管局", "人民银行市分行");
        assertThat(tasks.get(1).deadlines()).singleElement().extracting(d -> d.kind()).isEqualTo(DeadlineKind.ONGOING);
    }

    @Test
    void theTablesTasksComeOutOfTheImporter() throws Exception {
        ParsedPlan parsed = new DocumentImporter().importDocument(read("fenguan-merged.pdf"));
        List<Task> tasks = parsed.plan().tasks();
        assertThat(tasks).hasSize(36);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市市场监管局");
        assertThat(tasks.get(0).deadlines()).singleElement().extracting(d -> d.kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("市自然资源局", "市生态环境局", "市交通运输局");
        assertThat(tasks.get(1).deadlines().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        for (int i : new int[] {2, 3, 4}) {
            assertThat(tasks.get(i).unitNames(Role.LEAD)).as("task %d", i + 1).containsExactly("市商务局");
        }
        for (int i : new int[] {7, 8, 9}) {
            assertThat(tasks.get(i).deadlines().get(0).date()).as("task %d", i + 1).isEqualTo(LocalDate.of(2026, 10, 31));
        }
        assertThat(tasks.get(17).text()).endsWith("定期调度推进情况");
        assertThat(tasks.get(17).unitNames(Role.COOPERATING)).containsExactly("市财政局");
        assertThat(tasks.get(35).number()).isEqualTo("36");
    }

    @Test
    void theCategoriesBecomeParts() throws Exception {
        ParsedPlan parsed = ImportDocument.read(resource("fenguan-category.pdf")).parsed();
        assertThat(parsed.plan().tasks()).hasSize(24);
        assertThat(parsed.plan().parts()).extracting(p -> p.title()).containsExactly("营商环境", "科技创新", "民生保障");
        String third = parsed.plan().parts().get(2).number();
        assertThat(parsed.plan().tasks().subList(16, 24)).allMatch(t -> third.equals(t.part()));
        assertThat(parsed.plan().tasks().get(18).unitNames(Role.LEAD)).containsExactly("市发展改革委");
    }

    @Test
    void withoutHeaderWordsThePdfIsTextAsBefore() throws Exception {
        ImportedDocument plain = new PdfDocumentReader().read(resource("fenguan-merged.pdf"));
        assertThat(plain.tables()).isEmpty();
        assertThat(plain.text()).doesNotContain("\t");
    }

    /** Each row was printed into the text as one line of its cells separated by tabs, in order. */
    private static void assertPrintedOnTheirLines(ImportedDocument doc) {
        String[] lines = doc.text().split("\n", -1);
        int previous = -1;
        for (DocumentTable table : doc.tables()) {
            for (TableRow row : table.rows()) {
                assertThat(row.lastLine()).isEqualTo(row.line());
                assertThat(row.line()).isGreaterThan(previous);
                assertThat(lines[row.line()]).isEqualTo(String.join("\t", row.texts()));
                previous = row.line();
            }
        }
    }

    private static List<String> texts(TableRow row) {
        return row.texts();
    }

    static ImportedDocument read(String name) throws DocumentReadException {
        return new PdfDocumentReader(TaskTableHeaders.INSTANCE).read(resource(name));
    }

    static Path resource(String name) {
        try {
            return Path.of(PdfTableImportTest.class.getResource("/pdf-tables/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
