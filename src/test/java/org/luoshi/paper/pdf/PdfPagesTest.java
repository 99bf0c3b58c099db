package org.luoshi.paper.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Rgb;

/** Drawings written as PDF pages with the embedded font, read back with PDFBox. */
class PdfPagesTest {
    private static final PdfPages.Info INFO = new PdfPages.Info("测试", "副题", "Luoshi");

    @TempDir
    Path dir;

    /** One of every primitive; two lines of text, one on its baseline, one on its middle. */
    private static Drawing everyKind(String baselineText, String middleText) {
        Rgb ink = new Rgb(0xFF4A78C2);
        return new Drawing(300, 400, List.of(
                new Draw.Rect(0, 0, 300, 400, Rgb.gray(1)),
                new Draw.Rect(10, 10, 50, 20, new Rgb(0x59000000)),
                new Draw.StrokeRect(10, 40, 50, 20, ink, 0.8),
                new Draw.Line(10, 70, 200, 70, Rgb.BLACK, 0.5),
                new Draw.Diamond(100, 100, 4, ink, Rgb.BLACK),
                new Draw.Triangle(120, 96, 128, 96, 124, 104, ink),
                new Draw.Dot(140, 100, 3, ink, null),
                new Draw.Clip(0, 120, 300, 40),
                new Draw.Hatch(10, 120, 100, 12, ink, 0),
                new Draw.Fade(120, 120, 100, 12, ink, 120, 220),
                new Draw.Unclip(),
                Draw.Text.onBaseline(20, 200, baselineText, Rgb.BLACK, 12, true),
                new Draw.Text(20, 300, middleText, ink, 10, false)));
    }

    @Test
    void everyPrimitiveIsPaintedAndTextLandsWhereItWasPlacedInTheEmbeddedFont() throws IOException {
        Path pdf = dir.resolve("every.pdf");
        try (EmbeddableFont font = EmbeddableFont.open(Fonts.cjk())) {
            PdfPages.write(pdf, font, Colours.FIXED, List.of(everyKind("牵头任务", "完成时限"), everyKind("第二页", "2023年")),
                    INFO);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(300f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(400f);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("测试");
            Map<String, Float> baselines = baselines(doc, 1);
            assertThat(baselines).containsOnlyKeys("牵头任务", "完成时限");
            assertThat(baselines.get("牵头任务")).isCloseTo(200f, within(0.01f));
            // Text placed on its middle sits 0.35 em lower on its baseline.
            assertThat(baselines.get("完成时限")).isCloseTo(303.5f, within(0.01f));
            assertThat(baselines(doc, 2)).containsOnlyKeys("第二页", "2023年");
            assertThat(fonts(doc.getPage(0))).singleElement().satisfies(f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            });
        }
    }

    @Test
    void charactersTheChineseFontLacksComeFromTheLatinFontAndWhatNeitherHasDoesNotFailThePdf() throws IOException {
        Path chineseOnly = Fonts.subset(dir.resolve("chinese.ttf"), CjkFontLocatorTest.CHINESE);
        Path latin = Fonts.subset(dir.resolve("latin.ttf"), CjkFontLocatorTest.LATIN);
        Path both = dir.resolve("both.pdf");
        CjkFontLocator withLatin = CjkFontLocator.in(List.of(), List.of(latin), List.of());
        try (EmbeddableFont font = withLatin.open(chineseOnly)) {
            PdfPages.write(both, font, Colours.FIXED, List.of(everyKind("任务A-1", "2023年3月")), INFO);
        }
        try (PDDocument doc = Loader.loadPDF(both.toFile())) {
            assertThat(baselines(doc, 1)).containsOnlyKeys("任务A-1", "2023年3月");
            assertThat(fonts(doc.getPage(0))).hasSize(2).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }

        // No Latin font anywhere: the Chinese is written, the rest left out (no □ or ? in this font either).
        Path alone = dir.resolve("alone.pdf");
        try (EmbeddableFont font = CjkFontLocator.in(List.of(), List.of(), List.of()).open(chineseOnly)) {
            PdfPages.write(alone, font, Colours.FIXED, List.of(everyKind("任务A-1", "2023年3月")), INFO);
        }
        try (PDDocument doc = Loader.loadPDF(alone.toFile())) {
            assertThat(baselines(doc, 1)).containsOnlyKeys("任务", "年月");
        }
    }

    @Test
    void aCharacterNoFontHasIsDrawnAsAVisiblePlaceholderAndRecorded() throws IOException {
        Path chineseOnly = Fonts.subset(dir.resolve("chinese.ttf"), CjkFontLocatorTest.CHINESE);
        Path latin = Fonts.subset(dir.resolve("latin.ttf"), CjkFontLocatorTest.LATIN);
        Path pdf = dir.resolve("placeholder.pdf");
        // U+2A6D6 (CJK extension B) is in neither cut-down font.
        String rare = new String(Character.toChars(0x2A6D6));
        try (EmbeddableFont font = CjkFontLocator.in(List.of(), List.of(latin), List.of()).open(chineseOnly)) {
            PdfPages.write(pdf, font, Colours.FIXED, List.of(everyKind("任务" + rare + "A", "2023年")), INFO);
        }
        assertThat(EmbeddableFont.placeholdersDrawn()).contains(0x2A6D6);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(baselines(doc, 1)).containsOnlyKeys("任务□A", "2023年");
        }
    }

    /**
     * Droid Sans Fallback (Debian/Ubuntu's CJK font through ghostscript), which has no Latin letters
     * or digits: chosen, it is the font the Chinese is drawn in, and the ASCII comes from a Latin
     * font. Needs fonts-droid-fallback (and a Latin TrueType font such as DejaVu Sans); skipped
     * without it.
     */
    @Test
    void droidSansFallbackChosenDrawsTheChineseAndALatinFontTheAscii() throws IOException {
        Path droid = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(droid),
                "needs Droid Sans Fallback: apt-get install fonts-droid-fallback (.ci/run installs it)");
        Path pdf = dir.resolve("droid.pdf");
        try (EmbeddableFont font = CjkFontLocator.forThisSystem().open(droid)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(font.latin() != null,
                    "needs a Latin TrueType font (DejaVu Sans or Liberation Sans) beside Droid Sans Fallback");
            assertThat(font.file()).isEqualTo(droid);
            PdfPages.write(pdf, font, Colours.FIXED, List.of(everyKind("晋政办发〔2023〕1号", "任务29：Task 29 (80%)")),
                    INFO);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(baselines(doc, 1)).containsOnlyKeys("晋政办发〔2023〕1号", "任务29：Task 29 (80%)");
            assertThat(fonts(doc.getPage(0))).hasSize(2).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue())
                    .anySatisfy(f -> assertThat(f.getName()).matches("[A-Z]{6}\\+DroidSansFallback.*"));
        }
    }

    /** Each line of text on page {@code page} and the y of its baseline, from the top. */
    private static Map<String, Float> baselines(PDDocument doc, int page) throws IOException {
        Map<String, Float> found = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                found.put(text.strip(), positions.get(0).getYDirAdj());
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return found;
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
