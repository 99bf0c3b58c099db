package org.luoshi.timeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.timeline.TimelineFixtures.lightsOn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.testing.TestFonts;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.Paper;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.timeline.ChartPaper;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.Palette;
import org.luoshi.timeline.TimelineExportException;
import org.luoshi.timeline.TimelineFixtures;
import org.luoshi.timeline.TimelineRows;
import org.luoshi.timeline.TimelineTree;

/**
 * The sample plan's timeline as a PDF (needs a Chinese TrueType font such as fonts-wqy-microhei,
 * which .ci/run installs; skipped without one): vector text, names and dates on every page, no row cut.
 */
class TimelinePdfTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private static TimelinePdf.Job job(ChartPaper setup) {
        TimelineRows rows = TimelineTree.build(TimelineFixtures.sample(), Grouping.OUTLINE, null,
                lightsOn(LocalDate.of(2023, 2, 1))).rows(Set.of());
        return new TimelinePdf.Job(rows, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), setup, "重点任务分工方案",
                "任务", LocalDate.of(2023, 2, 1), Palette.DEFAULT);
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void twoPagesWideRepeatTheDatesAndTheTaskNamesOnEveryPage() throws IOException {
        TestFonts.cjkTrueType();
        Path pdf = dir.resolve("timeline.pdf");
        int pages = TimelinePdf.write(job(ChartPaper.of(Paper.A4, Orientation.LANDSCAPE, 2)), null, pdf);
        // 71 rows at 31 a page: 3 pages down, 2 across.
        assertThat(pages).isEqualTo(6);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(6);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(841.89f);
            for (int p = 1; p <= 6; p++) {
                String text = text(doc, p);
                assertThat(text).as("page " + p).contains("重点任务分工方案", "任务", "2023年", "第 " + p + " 页，共 6 页");
            }
            // Task 29 is in the middle band: its name on both pages of that band, and only there.
            for (int p : List.of(3, 4)) {
                assertThat(text(doc, p)).contains("依托全省一体化");
            }
            for (int p : List.of(1, 2, 5, 6)) {
                assertThat(text(doc, p)).doesNotContain("依托全省一体化");
            }
            // The first half of the year on the left pages, the second on the right ones.
            assertThat(text(doc, 3)).contains("3月31日", "1月", "6月").doesNotContain("12月");
            assertThat(text(doc, 4)).contains("7月", "12月").doesNotContain("3月31日");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            // The font the export found on this machine (WenQuanYi Micro Hei on CI), embedded as a TrueType subset.
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
            assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            assertThat(doc.getPage(0).getResources().getFontNames()).doesNotContain(COSName.HELV);
        }
        assertThat(Files.size(pdf)).isLessThan(400_000);
    }

    @Test
    void noChineseFontGivesAMessageSayingHowToGetOneAndNoFile() {
        CjkFontLocator none = CjkFontLocator.in(List.of(), List.of(), List.of());
        Path pdf = dir.resolve("timeline.pdf");
        assertThatThrownBy(() -> TimelinePdf.write(job(ChartPaper.DEFAULT), none, null, pdf))
                .isInstanceOf(TimelineExportException.class)
                .hasMessageContaining("没有找到可嵌入 PDF 的中文 TrueType 字体")
                .hasMessageContaining("fonts-wqy-microhei");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aChosenFileThatIsNoFontIsNamedInTheMessage() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.ttf"), "not a font");
        Path pdf = dir.resolve("timeline.pdf");
        assertThatThrownBy(() -> TimelinePdf.write(job(ChartPaper.DEFAULT), fake, pdf))
                .isInstanceOf(TimelineExportException.class).hasMessageContaining(fake.toString());
        assertThatThrownBy(() -> TimelinePdf.write(job(ChartPaper.DEFAULT), dir.resolve("missing.ttc"), pdf))
                .hasMessageContaining("文件不存在");
        assertThat(pdf).doesNotExist();
    }

    /** A title with escape sequences: the PDF's text and its document title hold none of them. */
    @Test
    void controlCharactersInTheTitleAreNotWritten() throws IOException {
        TestFonts.cjkTrueType();
        TimelinePdf.Job plain = job(ChartPaper.DEFAULT);
        TimelinePdf.Job hostile = new TimelinePdf.Job(plain.rows(), plain.from(), plain.to(), plain.setup(),
                "重点任务\u001b]0;pwned\u0007分工方案\u0085", plain.cornerTitle(), plain.printedOn(), plain.palette());
        Path pdf = dir.resolve("timeline.pdf");
        TimelinePdf.write(hostile, null, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("重点任务]0;pwned分工方案");
            assertThat(text(doc, 1)).contains("重点任务]0;pwned分工方案").doesNotContain("\u001b").doesNotContain("\u0007");
        }
    }

    @Test
    void aFailedSaveLeavesNoFile() {
        Path target = dir.resolve("no-such-folder").resolve("timeline.pdf");
        assertThatThrownBy(() -> TimelinePdf.write(job(ChartPaper.DEFAULT), null, target))
                .isInstanceOf(TimelineExportException.class).hasMessageContaining("无法写入");
        assertThat(Files.exists(target)).isFalse();
    }
}
