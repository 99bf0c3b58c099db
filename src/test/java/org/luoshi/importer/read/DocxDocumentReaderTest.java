package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

class DocxDocumentReaderTest {
    @TempDir
    Path dir;

    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    /** A notice with a 分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限. */
    static Path writeTablePlan(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("某市人民政府办公室关于印发重点任务分工方案的通知");
            doc.createParagraph().createRun().setText("某政办发〔2024〕5号");
            doc.createParagraph().createRun().setText("某市人民政府办公室");
            doc.createParagraph().createRun().setText("2024年2月1日");
            XWPFTable table = doc.createTable(4, 5);
            String[][] cells = {
                {"序号", "重点任务", "牵头单位", "配合单位", "完成时限"},
                {"1", "建设完善政务数据共享交换平台。", "市数据局", "市发展改革委、市财政局", "2024年6月底前"},
                {"2", "开展营商环境评价。", "市发展改革委", "各区人民政府等", "长期坚持"},
                {"3", "推动企业开办“一件事一次办”。", "市市场监管局、市人社局", "", "每季度"},
            };
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        return file;
    }

    @Test
    void paragraphsAndTablesInDocumentOrder() throws Exception {
        ImportedDocument doc = new DocxDocumentReader().read(writeTablePlan(dir.resolve("plan.docx")));
        List<String> lines = doc.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("某市人民政府办公室关于印发重点任务分工方案的通知");
        assertThat(lines.get(4)).isEqualTo("序号\t重点任务\t牵头单位\t配合单位\t完成时限");
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.tables().get(0).firstLine()).isEqualTo(5);
        assertThat(doc.tables().get(0).rows()).hasSize(4);
    }

    @Test
    void aDivisionOfWorkTableBecomesTasks() throws Exception {
        ImportedDocument doc = DocumentReaders.read(writeTablePlan(dir.resolve("plan.docx")));
        ParsedPlan parsed = new DocumentImporter().importDocument(doc);
        assertThat(parsed.plan().docNumber()).isEqualTo("某政办发〔2024〕5号");
        List<Task> tasks = parsed.plan().tasks();
        assertThat(tasks).hasSize(3);
        Task first = tasks.get(0);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.unitNames(Role.LEAD)).containsExactly("市数据局");
        assertThat(first.unitNames(Role.COOPERATING)).containsExactly("市发展改革委", "市财政局");
        assertThat(first.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
            assertThat(d.date()).hasToString("2024-06-30");
        });
        assertThat(first.sourceLine()).isEqualTo(6);
        assertThat(tasks.get(1).othersIncluded()).isTrue();
        assertThat(tasks.get(1).deadlines().get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("市市场监管局", "市人社局");
        assertThat(tasks.get(2).deadlines().get(0).kind()).isEqualTo(DeadlineKind.RECURRING);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path good = writeTablePlan(dir.resolve("good.docx"));
        String hostileXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        Path hostile = replaceEntry(good, dir.resolve("hostile.docx"), "word/document.xml", hostileXml);
        try {
            ImportedDocument doc = new DocxDocumentReader().read(hostile);
            assertThat(doc.text()).doesNotContain("TOP-SECRET-CONTENT");
        } catch (DocumentReadException e) {
            assertThat(e.getMessage()).contains("hostile.docx").doesNotContain("TOP-SECRET-CONTENT");
        }
    }

    @Test
    void brokenAndOldWordFilesGetAMessage() throws Exception {
        Path broken = Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6});
        assertThatThrownBy(() -> DocumentReaders.read(broken)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("broken.docx");
        Path old = Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        assertThatThrownBy(() -> DocumentReaders.read(old)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining(".docx");
    }

    @Test
    void aRenamedWordFileIsStillReadAsWord() throws Exception {
        Path renamed = writeTablePlan(dir.resolve("plan.txt"));
        assertThat(DocumentReaders.read(renamed).tables()).hasSize(1);
    }

    static Path replaceEntry(Path source, Path target, String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return Files.write(target, bytes.toByteArray());
    }

    // ---- the streaming reader (issue 13) ----

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    private Path withBody(String name, String body) throws IOException {
        Path good = writeTablePlan(dir.resolve("template-" + name));
        return replaceEntry(good, dir.resolve(name), "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>" + body
                        + "<w:sectPr/></w:body></w:document>");
    }

    @Test
    void theTextIsWhatWordShows() throws Exception {
        Path file = withBody("shown.docx", "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
                + "<w:r><w:t>保留</w:t></w:r>"
                + "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
                + "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
                + "<w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                + "<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>"
                + "<mc:AlternateContent><mc:Choice><w:r><w:t>一次</w:t></w:r></mc:Choice>"
                + "<mc:Fallback><w:r><w:t>一次</w:t></w:r></mc:Fallback></mc:AlternateContent>"
                + "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
                + "<w:r><w:tab/><w:t xml:space=\"preserve\">后 </w:t><w:br/><w:t>换行</w:t></w:r>"
                + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:sdt><w:sdtPr><w:alias w:val=\"控件\"/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:t>控件里的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>");

        assertThat(new DocxDocumentReader().read(file).text()).isEqualTo("保留插入一次链接\t后 \n换行\n控件里的段落\n");
    }

    @Test
    void aTableInsideACellAddsItsTextToThatCell() throws Exception {
        Path file = withBody("nested.docx", "<w:tbl><w:tr>"
                + "<w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>任务</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内表甲</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>内表乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>"
                + "</w:tr></w:tbl>");

        ImportedDocument doc = new DocxDocumentReader().read(file);
        assertThat(doc.tables()).singleElement().satisfies(t -> assertThat(t.texts())
                .containsExactly(List.of("序号", "任务 内表甲 内表乙")));
        assertThat(doc.text()).isEqualTo("序号\t任务 内表甲 内表乙\n");
    }

    @Test
    void aTableStartsOnTheLineItIsPrintedOnAfterLineBreaks() throws Exception {
        Path file = withBody("breaks.docx", "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");

        ImportedDocument doc = new DocxDocumentReader().read(file);
        assertThat(doc.text().lines().toList()).containsExactly("第一行", "第二行", "表格");
        assertThat(doc.tables().get(0).firstLine()).isEqualTo(3);
    }

    @Test
    void aLongReadReportsProgressAndStopsWhenCancelled() throws Exception {
        Path file = org.luoshi.importer.LargePlans.docx(dir.resolve("long.docx"),
                org.luoshi.importer.LargePlans.plan(20_000, org.luoshi.importer.LargePlans.Shape.NUMBERED));
        List<long[]> reports = new java.util.ArrayList<>();
        org.luoshi.importer.parse.ImportMonitor watching = new org.luoshi.importer.parse.ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        ImportedDocument doc = new DocxDocumentReader().read(file, watching);
        assertThat(doc.text().lines()).hasSizeGreaterThan(20_000);
        assertThat(reports).hasSizeGreaterThan(10);
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(reports.get(reports.size() - 1)[1]);

        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        org.luoshi.importer.parse.ImportMonitor stopping = new org.luoshi.importer.parse.ImportMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 3;
            }
        };
        assertThatThrownBy(() -> new DocxDocumentReader().read(file, stopping))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(asked.get()).isEqualTo(4);
    }

    // ---- merged cells (issue 14) ----

    private static String cell(String props, String... paragraphs) {
        StringBuilder b = new StringBuilder("<w:tc>");
        if (!props.isEmpty()) {
            b.append("<w:tcPr>").append(props).append("</w:tcPr>");
        }
        for (String p : paragraphs) {
            b.append("<w:p>").append(p.isEmpty() ? "" : "<w:r><w:t>" + p + "</w:t></w:r>").append("</w:p>");
        }
        return b.append("</w:tc>").toString();
    }

    private static final String RESTART = "<w:vMerge w:val=\"restart\"/>";
    private static final String CONTINUE = "<w:vMerge/>";

    @Test
    void mergedCellsKeepTheColumnsAlignedAndReachEveryRowTheyCover() throws Exception {
        // 责任单位 spans 牵头单位 | 配合单位 below it; 序号, 重点任务 and 完成时限 are merged down over two
        // header rows; the lead unit and the time limit are printed once for rows 1 and 2.
        Path file = withBody("merged.docx", "<w:tbl>"
                + "<w:tr>" + cell(RESTART, "序号") + cell(RESTART, "重点任务")
                + cell("<w:gridSpan w:val=\"2\"/>", "责任单位") + cell(RESTART, "完成时限") + "</w:tr>"
                + "<w:tr>" + cell(CONTINUE, "") + cell(CONTINUE, "") + cell("", "牵头单位") + cell("", "配合单位")
                + cell(CONTINUE, "") + "</w:tr>"
                + "<w:tr>" + cell("", "1") + cell("", "建设政务数据共享平台。") + cell(RESTART, "市数据局")
                + cell("", "市财政局", "市发展改革委") + cell(RESTART, "2024年6月底前") + "</w:tr>"
                + "<w:tr>" + cell("", "2") + cell("", "推进电子证照应用。") + cell(CONTINUE, "")
                + cell("", "各区人民政府") + cell(CONTINUE, "") + "</w:tr>"
                + "<w:tr>" + cell("<w:gridSpan w:val=\"5\"/>", "二、优化营商环境") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + cell("", "开展营商环境评价。")
                + cell("", "市发展改革委") + cell("", "") + cell("", "长期坚持") + "</w:tr>"
                + "</w:tbl>");

        ImportedDocument doc = new DocxDocumentReader().read(file);
        DocumentTable table = doc.tables().get(0);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(5));
        assertThat(table.rows().get(1).cells()).extracting(TableCell::covered).containsExactly(
                TableCell.Covered.FROM_ABOVE, TableCell.Covered.FROM_ABOVE, TableCell.Covered.NO,
                TableCell.Covered.NO, TableCell.Covered.FROM_ABOVE);
        assertThat(table.rows().get(0).cells().get(3).covered()).isEqualTo(TableCell.Covered.FROM_LEFT);
        assertThat(table.rows().get(2).cells().get(3).text()).isEqualTo("市财政局 市发展改革委");
        assertThat(table.rows().get(4).cells()).extracting(TableCell::covered).containsExactly(
                TableCell.Covered.NO, TableCell.Covered.FROM_LEFT, TableCell.Covered.FROM_LEFT,
                TableCell.Covered.FROM_LEFT, TableCell.Covered.FROM_LEFT);
        assertThat(table.rows().get(5).texts()).containsExactly("", "开展营商环境评价。", "市发展改革委", "", "长期坚持");
        assertThat(doc.text().lines().toList().get(3)).isEqualTo("2\t推进电子证照应用。\t\t各区人民政府\t");

        List<Task> tasks = new DocumentImporter().importDocument(doc).plan().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("建设政务数据共享平台。", "推进电子证照应用。",
                "开展营商环境评价。");
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("市财政局", "市发展改革委");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("市数据局");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("各区人民政府");
        assertThat(tasks.get(1).deadlines().get(0).date()).hasToString("2024-06-30");
        assertThat(tasks.get(2).part()).isEqualTo("二");
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("市发展改革委");
        assertThat(tasks.get(2).sourceLine()).isEqualTo(6);
    }
}
