package org.luoshi.paper.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Rgb;

/**
 * A Chinese character the chosen font lacks is drawn from another installed Chinese font, per
 * character; only what no font has becomes □. Two real system fonts: WenQuanYi Micro Hei and Droid
 * Sans Fallback (Debian/Ubuntu: fonts-wqy-microhei, fonts-droid-fallback; {@code .ci/run} installs
 * both). 䶮 (U+4DAE, CJK extension A, as in 刘䶮) is in Droid Sans Fallback and not in WenQuanYi Micro
 * Hei; 龦 (U+9FA6, added in Unicode 4.1) is in WenQuanYi Micro Hei and not in Droid Sans Fallback;
 * 𠮷 (U+20BB7, extension B) is in neither.
 */
class OtherChineseFontsTest {
    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final String YAN = "䶮";
    static final String GUI = "龦";
    static final String JI = new String(Character.toChars(0x20BB7));

    @TempDir
    Path dir;

    @BeforeEach
    void bothFonts() {
        Assumptions.assumeTrue(Files.isRegularFile(WQY),
                "needs WenQuanYi Micro Hei at " + WQY + ": apt-get install fonts-wqy-microhei (.ci/run installs it)");
        Assumptions.assumeTrue(Files.isRegularFile(DROID),
                "needs Droid Sans Fallback at " + DROID + ": apt-get install fonts-droid-fallback (.ci/run installs it)");
    }

    /** Only these two fonts known to the locator (no Latin font: WenQuanYi has Latin letters itself). */
    private static CjkFontLocator both() {
        return CjkFontLocator.in(List.of(WQY, DROID), List.of(), List.of());
    }

    @Test
    void aCharacterTheChosenFontLacksIsMeasuredAndDrawnFromTheOtherFont() throws IOException {
        Path pdf = dir.resolve("yan.pdf");
        try (EmbeddableFont font = both().open(WQY)) {
            assertThat(font.file()).isEqualTo(WQY);
            assertThat(font.metrics().canShow(YAN.codePointAt(0))).isTrue();
            assertThat(font.metrics().advance(YAN.codePointAt(0))).isEqualTo(1.0);
            write(pdf, font, "南汉刘" + YAN + "任务A1");
            assertThat(font.otherFontsOpened()).containsExactly(DROID);
        }
        List<Glyph> glyphs = glyphs(pdf);
        assertThat(text(glyphs)).isEqualTo("南汉刘" + YAN + "任务A1");
        // The chosen font draws everything it has; only 䶮 comes from Droid Sans Fallback.
        assertThat(glyphs).allSatisfy(g -> assertThat(g.font()).contains(
                g.text().equals(YAN) ? "DroidSansFallback" : "WenQuanYiMicroHei"));
    }

    @Test
    void theOtherWayRoundDroidChosenTakesWhatItLacksFromWenQuanYi() throws IOException {
        Path pdf = dir.resolve("gui.pdf");
        try (EmbeddableFont font = both().open(DROID)) {
            assertThat(font.file()).isEqualTo(DROID);
            write(pdf, font, "任务" + GUI + "年");
        }
        List<Glyph> glyphs = glyphs(pdf);
        assertThat(text(glyphs)).isEqualTo("任务" + GUI + "年");
        assertThat(glyphs).allSatisfy(g -> assertThat(g.font()).contains(
                g.text().equals(GUI) ? "WenQuanYiMicroHei" : "DroidSansFallback"));
    }

    @Test
    void whatNoFontHasIsAPlaceholderAndRecordedAndNoOtherFontIsOpenedWhenNoneIsNeeded() throws IOException {
        Path pdf = dir.resolve("ji.pdf");
        try (EmbeddableFont font = both().open(WQY)) {
            write(dir.resolve("common.pdf"), font, "牵头任务");
            assertThat(font.otherFontsOpened()).isEmpty();
            write(pdf, font, "吉" + JI + "任务");
            assertThat(font.otherFontsOpened()).containsExactly(DROID);
        }
        assertThat(EmbeddableFont.placeholdersDrawn()).contains(0x20BB7);
        assertThat(text(glyphs(pdf))).isEqualTo("吉□任务");
    }

    /** Layouts (sheets) replace what no font has before the PDF is drawn: it is noted there, for the report. */
    @Test
    void aCharacterNoFontHasIsNotedWhenALayoutReplacesIt() throws IOException {
        String rare = new String(Character.toChars(0x2CEB0)); // CJK extension F (Unicode 10): in neither font
        try (EmbeddableFont font = both().open(WQY)) {
            assertThat(font.metrics().showable("任务" + rare + YAN)).isEqualTo("任务□" + YAN);
        }
        assertThat(EmbeddableFont.placeholdersDrawn()).contains(0x2CEB0).doesNotContain(YAN.codePointAt(0));
    }

    @Test
    void theSystemLocatorFindsTheOtherInstalledFont() throws IOException {
        Path pdf = dir.resolve("system.pdf");
        try (EmbeddableFont font = CjkFontLocator.forThisSystem().open(WQY)) {
            write(pdf, font, "刘" + YAN);
        }
        assertThat(text(glyphs(pdf))).isEqualTo("刘" + YAN);
    }

    private static void write(Path pdf, EmbeddableFont font, String text) throws IOException {
        Drawing page = new Drawing(300, 200, List.of(Draw.Text.onBaseline(20, 100, text, Rgb.BLACK, 12, false)));
        PdfPages.write(pdf, font, Colours.FIXED, List.of(page), new PdfPages.Info("字体", "", "Luoshi"));
    }

    record Glyph(String text, String font) {
    }

    private static List<Glyph> glyphs(Path pdf) throws IOException {
        List<Glyph> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        found.add(new Glyph(p.getUnicode(), p.getFont().getName()));
                    }
                }
            };
            stripper.getText(doc);
        }
        return found;
    }

    private static String text(List<Glyph> glyphs) {
        return glyphs.stream().map(Glyph::text).reduce("", String::concat);
    }
}
