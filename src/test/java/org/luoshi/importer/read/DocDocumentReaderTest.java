package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * The old Word reader on county-notice.doc, which LibreOffice Writer saved as Word 97 from
 * county-notice.html (a notice with a 分工表 whose lead unit is merged over two rows, and a
 * contacts table whose first row spans both columns); county-notice.wps is the same file as WPS
 * names it. Expectations written from the HTML.
 */
class DocDocumentReaderTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @TempDir
    Path dir;

    private static final List<String> LINES = List.of(
            "某县人民政府办公室关于印发2026年优化营商环境重点任务分工方案的通知",
            "某政办发〔2026〕3号",
            "各乡镇人民政府，县直各部门：",
            "《2026年优化营商环境重点任务分工方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。",
            "某县人民政府办公室",
            "2026年1月20日",
            "附件",
            "2026年优化营商环境重点任务分工表",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t推行企业开办“一网通办”，压缩开办时间至1个工作日。\t县市场监管局\t县税务局、县公安局\t2026年6月底前",
            "2\t推进涉企经营许可“证照分离”改革全覆盖。\t\t县司法局\t2026年9月底前",
            "3\t建设县级政务数据共享平台。\t县数据局\t各乡镇人民政府\t长期坚持",
            "联系方式",
            "县营商环境办公室\t",
            "联系人\t电话",
            "张三\t0000-1234567");

    @ParameterizedTest
    @ValueSource(strings = {"county-notice.doc", "county-notice.wps"})
    void paragraphsAndTablesAsWordShowsThem(String name) throws Exception {
        Path file = OfficeFiles.resource(name, dir.resolve(name));
        assertThat(DocumentReaders.readerFor(file)).isInstanceOf(DocDocumentReader.class);
        ImportedDocument doc = DocumentReaders.read(file);

        assertThat(doc.workbook()).isFalse();
        assertThat(doc.text().lines().limit(LINES.size()).toList()).isEqualTo(LINES);
        assertThat(doc.text().lines().skip(LINES.size())).allMatch(String::isBlank);
        assertThat(doc.tableNames()).containsExactly("表 1", "表 2");

        DocumentTable plan = doc.tables().get(0);
        assertThat(plan.rows()).extracting(TableRow::line).containsExactly(9, 10, 11, 12);
        assertThat(plan.rows().get(2).cells().get(2)).isEqualTo(TableCell.coveredFromAbove());
        assertThat(plan.rows().get(1).cells().get(2)).isEqualTo(TableCell.of("县市场监管局"));
        DocumentTable contacts = doc.tables().get(1);
        // The first row spans both columns: its second column is covered, and the rows line up.
        assertThat(contacts.rows().get(0).cells()).containsExactly(TableCell.of("县营商环境办公室"),
                TableCell.coveredFromLeft());
        assertThat(contacts.rows().get(2).texts()).containsExactly("张三", "0000-1234567");
    }

    @Test
    void theDivisionOfWorkTableBecomesTheTasks() throws Exception {
        ParsedPlan parsed = new DocumentImporter().importDocument(
                DocumentReaders.read(OfficeFiles.resource("county-notice.doc", dir.resolve("plan.doc"))));
        assertThat(parsed.plan().docNumber()).isEqualTo("某政办发〔2026〕3号");
        List<Task> tasks = parsed.plan().tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("推行企业开办“一网通办”，压缩开办时间至1个工作日。",
                "推进涉企经营许可“证照分离”改革全覆盖。", "建设县级政务数据共享平台。");
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("县税务局", "县公安局");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("县市场监管局");
        assertThat(tasks.get(1).deadlines().get(0).date()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(tasks.get(2).deadlines().get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(tasks).extracting(Task::sourceLine).containsExactly(10, 11, 12);
    }

    @Test
    void aRenamedWordFileStillReadsAsWord() throws Exception {
        for (String name : List.of("notice.txt", "notice.xls", "notice")) {
            Path file = OfficeFiles.resource("county-notice.doc", dir.resolve(name));
            assertThat(DocumentReaders.readerFor(file)).as(name).isInstanceOf(DocDocumentReader.class);
            assertThat(DocumentReaders.read(file).tables()).as(name).hasSize(2);
        }
    }

    @Test
    void word6IsRefusedWithAWayOut() throws Exception {
        Path old = OfficeFiles.word6(dir.resolve("old.doc"));
        assertThatThrownBy(() -> DocumentReaders.read(old)).isInstanceOf(DocumentReadException.class)
                .hasMessage("This Word file is in an old format (Word 6.0/95 or older) that Luoshi cannot read; "
                        + "save it as .docx in Word or WPS and import that: " + old);
    }

    @Test
    void aProtectedDocumentSaysToRemoveThePassword() throws Exception {
        Path doc = OfficeFiles.encryptedDoc(dir.resolve("locked.doc"));
        Path docx = OfficeFiles.encryptedOoxml(OfficeFiles.wordPlan(dir.resolve("plain.docx")),
                dir.resolve("locked.docx"));
        for (Path file : List.of(doc, docx)) {
            assertThatThrownBy(() -> DocumentReaders.read(file)).as(file.toString())
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessage("The file is protected by a password; remove it in Word/WPS and import again: " + file);
        }
    }

    @Test
    void aDamagedDocumentIsOneLine() throws Exception {
        Path good = OfficeFiles.resource("county-notice.doc", dir.resolve("good.doc"));
        for (Path file : List.of(OfficeFiles.truncated(good, dir.resolve("cut.doc"), 0.5),
                OfficeFiles.scrambled(good, dir.resolve("scrambled.doc")),
                OfficeFiles.scrambled(good, dir.resolve("scrambled.wps")))) {
            assertThatThrownBy(() -> DocumentReaders.read(file)).as(file.toString())
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessageContaining(file.toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
