package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.table.TaskTableHeaders;
import org.luoshi.plan.Role;
import org.luoshi.testing.TestFonts;

/**
 * PDFs made here with PDFBox and a CJK TrueType font ({@link TestFonts}: fonts-wqy-microhei, which
 * .ci/run installs, or another; the test that needs it is skipped without one): the sample plan
 * typeset at a fixed width, so its paragraphs wrap as in a real PDF.
 */
class PdfDocumentReaderTest {
    private static final int CHARS_PER_LINE = 38;

    @TempDir
    Path dir;

    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @Test
    void theSamplePlanTypesetAsPdfReadsBackToTheSameTasks() throws Exception {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path pdf = typeset(sample, dir.resolve("sample.pdf"));
        ImportedDocument doc = DocumentReaders.read(pdf);
        assertThat(doc.text()).contains("晋政办发〔2023〕1号");
        ParsedPlan parsed = new DocumentImporter().importDocument(doc);
        assertThat(parsed.plan().tasks()).hasSize(47);
        assertThat(parsed.plan().sections()).hasSize(21);
        assertThat(parsed.plan().issuedOn()).hasToString("2023-01-20");
        assertThat(parsed.plan().tasks().get(28).unitNames(Role.RESPONSIBLE))
                .containsExactly("省审批服务管理局", "省市场监管局");
        assertThat(parsed.plan().tasks().get(28).deadlines()).hasSize(2);
        assertThat(parsed.plan().tasks().get(12).unitNames(Role.RESPONSIBLE)).hasSize(7);
    }

    /** The import reads PDFs looking for tables: the sample plan's clauses (牵头单位：…) are prose, read as before. */
    @Test
    void theSamplePlanReadsTheSameWhenTheReaderLooksForTables() throws Exception {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path pdf = typeset(sample, dir.resolve("sample.pdf"));
        ImportedDocument plain = DocumentReaders.read(pdf);
        ImportedDocument looking = new PdfDocumentReader(TaskTableHeaders.INSTANCE).read(pdf);
        assertThat(looking.tables()).isEmpty();
        assertThat(looking.text()).isEqualTo(plain.text());
        assertThat(new DocumentImporter().importDocument(looking).plan().tasks()).hasSize(47);
    }

    @Test
    void aPdfWithoutTextLayerIsCalledAScan() throws Exception {
        Path blank = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(blank.toFile());
        }
        assertThatThrownBy(() -> DocumentReaders.read(blank)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("no text layer");
    }

    @Test
    void aBrokenPdfGetsAMessage() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a pdf\n");
        assertThatThrownBy(() -> DocumentReaders.read(broken)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("broken.pdf");
    }

    /** Lays the text out on A4 pages, wrapping each paragraph every {@value #CHARS_PER_LINE} characters. */
    static Path typeset(String text, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
                lines.add("");
                continue;
            }
            for (int i = 0; i < paragraph.length(); i += CHARS_PER_LINE) {
                lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + CHARS_PER_LINE)));
            }
        }
        // The font stays open until the document is saved: PDFBox subsets it then.
        return TestFonts.withFontBox(TestFonts.cjkTrueType(), ttf -> typeset(lines, ttf, file));
    }

    private static Path typeset(List<String> lines, TrueTypeFont ttf, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            int perPage = 50;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setLeading(15);
                    cs.newLineAtOffset(50, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
