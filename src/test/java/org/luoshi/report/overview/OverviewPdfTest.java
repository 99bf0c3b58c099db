package org.luoshi.report.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.report.PaceClass;
import org.luoshi.report.SampleRound;
import org.luoshi.report.workspace.Stats;
import org.luoshi.testing.TestFonts;

/** The overview on paper: the layout's words and bars, and the PDF with its font embedded. */
class OverviewPdfTest {
    @TempDir
    Path dir;

    SampleRound sample;
    Overview overview;

    @BeforeEach
    void fill() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        sample = SampleRound.in(dir);
        overview = Stats.overview(new Stats.Request(List.of(sample.plan.id()), null, SampleRound.TODAY))
                .run(sample.session);
    }

    @AfterEach
    void close() {
        sample.ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void theLayoutSpeaksChineseWhateverTheInterfaceAndColoursEachClass() {
        List<Drawing> pages = OverviewDrawing.pages(overview, cp -> cp >= 0x2E80 ? 1.0 : 0.5);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        List<String> words = pages.get(0).all(Draw.Text.class).stream().map(Draw.Text::text).toList();
        assertThat(words).contains("已完成", "欠序时", "无时限", "41", "47").anyMatch(w -> w.startsWith("统计："))
                .anyMatch(w -> w.startsWith("截至 2023年3月28日 · 共 47 项任务"));
        // The shares bar: one rectangle per class with tasks, as wide as its share of the content width.
        double width = OverviewDrawing.PAGE.contentWidth();
        assertThat(pages.get(0).all(Draw.Rect.class)).anyMatch(r -> r.fill().equals(PaceInk.of(PaceClass.NO_DEADLINE))
                && Math.abs(r.w() - width * 41 / 47) < 1e-6);
        List<String> table = pages.subList(1, pages.size()).stream()
                .flatMap(p -> p.all(Draw.Text.class).stream()).map(Draw.Text::text).toList();
        assertThat(table).contains(SampleRound.APPROVAL, "最近一轮逾期或未报送的单位（" + overview.late().size() + " 个）",
                "各轮截止日完成情况");
    }

    @Test
    void thePdfEmbedsAChineseFontAndHasTheNumbers() throws Exception {
        TestFonts.CjkFont font = TestFonts.cjkTrueType();
        Path pdf = dir.resolve("统计.pdf");
        int pages = OverviewPdf.write(overview, font.file(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("已完成").contains("欠序时").contains(SampleRound.APPROVAL).contains("共 47 项任务");
            var fonts = doc.getPage(0).getResources().getFontNames();
            assertThat(fonts).isNotEmpty();
            for (var name : fonts) {
                assertThat(doc.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
    }
}
