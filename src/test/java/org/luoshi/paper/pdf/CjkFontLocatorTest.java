package org.luoshi.paper.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.testing.TestFonts;
import org.luoshi.testing.TestFonts.CjkFont;

class CjkFontLocatorTest {
    /** What a Chinese font must have, and a few more: Droid Sans Fallback without its Latin letters. */
    static final String CHINESE = EmbeddableFont.CHINESE_PROBE + "任务年月日";
    static final String LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%()-./: □?";
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
        System.clearProperty(CjkFontLocator.PROPERTY);
    }

    @Test
    void opensTheChosenCollectionAndMeasuresChinese() throws IOException {
        CjkFontLocator nowhere = new CjkFontLocator(List.of(), List.of(), List.of(), "paper.font.hint.linux");
        try (EmbeddableFont font = nowhere.open(Fonts.cjk())) {
            assertThat(font.family()).isEqualTo(Fonts.family());
            assertThat(font.file()).isEqualTo(Fonts.cjk());
            assertThat(font.metrics().canShow('务')).isTrue();
            assertThat(font.metrics().advance('务')).isEqualTo(1.0);
            assertThat(font.metrics().advance('1')).isBetween(0.4, 0.7);
        }
    }

    @Test
    void findsAKnownFontFileUnderTheFontFolders() throws IOException {
        CjkFont cjk = TestFonts.cjkTrueType();
        String name = cjk.file().getFileName().toString();
        Assumptions.assumeTrue(CjkFontLocator.KNOWN_FILES.contains(name.toLowerCase(Locale.ROOT)),
                "the test font " + cjk.file() + " is not one of the font files the locator knows by name");
        Path nested = Files.createDirectories(dir.resolve("truetype/cjk"));
        Files.createSymbolicLink(nested.resolve(name), cjk.file());
        Files.writeString(dir.resolve("notes.txt"), "not a font");
        CjkFontLocator locator = new CjkFontLocator(List.of(dir.resolve("missing.ttf")), List.of(), List.of(dir),
                "paper.font.hint.linux");
        assertThat(locator.candidatesAndFound()).containsExactly(nested.resolve(name));
        try (EmbeddableFont font = locator.open(null)) {
            assertThat(font.family()).isEqualTo(cjk.family());
        }
    }

    @Test
    void withNoUsableFontTheMessageNamesFontsThatWorkAndHowToInstallOne() {
        CjkFontLocator none = new CjkFontLocator(List.of(dir.resolve("simsun.ttc")), List.of(), List.of(dir),
                "paper.font.hint.linux");
        assertThatThrownBy(() -> none.open(null)).isInstanceOf(PdfFontException.class)
                .hasMessageContaining("WenQuanYi Micro Hei")
                .hasMessageContaining("apt-get install fonts-wqy-microhei")
                .hasMessageContaining("--font")
                .hasMessageContaining("-Dluoshi.sheets.font=");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        CjkFontLocator windows = new CjkFontLocator(List.of(), List.of(), List.of(), "paper.font.hint.windows");
        assertThatThrownBy(() -> windows.open(null)).hasMessageContaining("宋体（simsun.ttc）")
                .hasMessageContaining("微软雅黑");
    }

    @Test
    void aChosenFileThatIsMissingIsNotAFontOrHasNoChineseIsRefusedWithItsReason() throws IOException {
        CjkFontLocator locator = new CjkFontLocator(List.of(Fonts.cjk()), List.of(), List.of(), "paper.font.hint.linux");
        Path missing = dir.resolve("gone.ttf");
        assertThatThrownBy(() -> locator.open(missing)).hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");

        Path text = Files.writeString(dir.resolve("font.ttf"), "this is not a font at all".repeat(20));
        assertThatThrownBy(() -> locator.open(text)).hasMessageContaining("cannot be read as a font");

        Path cff = dir.resolve("NotoSansCJK.otf");
        Files.write(cff, "OTTO and then the rest of an OpenType/CFF font".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> locator.open(cff)).hasMessageContaining("OpenType/CFF");

        Path latinOnly = Fonts.subset(dir.resolve("latin.ttf"), "Abc");
        assertThatThrownBy(() -> locator.open(latinOnly)).isInstanceOf(PdfFontException.class)
                .hasMessageContaining("no Chinese characters");
    }

    @Test
    void theSystemPropertyChoosesTheFontWhenNoneIsGiven() {
        assertThat(CjkFontLocator.configured(null)).isNull();
        System.setProperty(CjkFontLocator.PROPERTY, " /fonts/simsun.ttc ");
        assertThat(CjkFontLocator.configured(null)).isEqualTo(Path.of("/fonts/simsun.ttc"));
        assertThat(CjkFontLocator.configured(Path.of("/x.ttf"))).isEqualTo(Path.of("/x.ttf"));
    }

    @Test
    void aChineseFontWithoutLatinLettersGetsALatinFontBesideIt() throws IOException {
        Path chineseOnly = Fonts.subset(dir.resolve("chinese.ttf"), CHINESE);
        Path latin = Fonts.subset(dir.resolve("latin.ttf"), LATIN);
        try (EmbeddableFont alone = EmbeddableFont.open(chineseOnly)) {
            assertThat(alone.lacksLatin()).isTrue();
            assertThat(alone.metrics().canShow('2')).isFalse();
        }
        CjkFontLocator locator = CjkFontLocator.in(List.of(), List.of(dir.resolve("missing.ttf"), latin), List.of());
        try (EmbeddableFont font = locator.open(chineseOnly)) {
            assertThat(font.family()).isEqualTo(Fonts.family());
            assertThat(font.latin().file()).isEqualTo(latin);
            assertThat(font.metrics().canShow('2')).isTrue();
            assertThat(font.metrics().advance('2')).isBetween(0.4, 0.7);
            assertThat(font.metrics().advance('务')).isEqualTo(1.0);
            assertThat(font.metrics().canShow('😀')).isFalse();
        }
    }

    @Test
    void theLatinFontIsFoundUnderTheFontFoldersTooAndAFullFontNeedsNone() throws IOException {
        Path chineseOnly = Fonts.subset(dir.resolve("chinese.ttf"), CHINESE);
        Path folder = Files.createDirectories(dir.resolve("fonts/truetype/dejavu"));
        Path latin = Fonts.subset(folder.resolve("DejaVuSans.ttf"), LATIN);
        CjkFontLocator locator = CjkFontLocator.in(List.of(), List.of(), List.of(dir.resolve("fonts")));
        try (EmbeddableFont font = locator.open(chineseOnly)) {
            assertThat(font.latin().file()).isEqualTo(latin);
        }
        try (EmbeddableFont full = locator.open(Fonts.cjk())) {
            assertThat(full.lacksLatin()).isFalse();
            assertThat(full.latin()).isNull();
        }
    }

    @Test
    void withoutALatinFontAChineseOnlyFontIsStillUsed() throws IOException {
        Path chineseOnly = Fonts.subset(dir.resolve("chinese.ttf"), CHINESE);
        try (EmbeddableFont font = CjkFontLocator.in(List.of(), List.of(), List.of()).open(chineseOnly)) {
            assertThat(font.latin()).isNull();
            assertThat(font.metrics().canShow('务')).isTrue();
            assertThat(font.metrics().canShow('A')).isFalse();
        }
    }
}
