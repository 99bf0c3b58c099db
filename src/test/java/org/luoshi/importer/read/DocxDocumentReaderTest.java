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
}
