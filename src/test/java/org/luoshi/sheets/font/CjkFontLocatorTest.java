package org.luoshi.sheets.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.testing.TestFonts;
import org.luoshi.testing.TestFonts.CjkFont;

class CjkFontLocatorTest {
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
    void opensTheChosenFontAndMeasuresChinese() throws IOException {
        CjkFont cjk = TestFonts.cjkTrueType();
        try (EmbeddableFont font = new CjkFontLocator(List.of(), List.of(), "sheets.font.hint.linux").open(cjk.file())) {
            assertThat(font.family()).isEqualTo(cjk.family());
            assertThat(font.file()).isEqualTo(cjk.file());
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
        CjkFontLocator locator = new CjkFontLocator(List.of(dir.resolve("missing.ttf")), List.of(dir),
                "sheets.font.hint.linux");
        assertThat(locator.candidatesAndFound()).containsExactly(nested.resolve(name));
        try (EmbeddableFont font = locator.open(null)) {
            assertThat(font.family()).isEqualTo(cjk.family());
        }
    }

    @Test
    void withNoUsableFontTheMessageNamesFontsThatWorkAndHowToInstallOne() {
        CjkFontLocator none = new CjkFontLocator(List.of(dir.resolve("simsun.ttc")), List.of(dir),
                "sheets.font.hint.linux");
        assertThatThrownBy(() -> none.open(null)).isInstanceOf(SheetFontException.class)
                .hasMessageContaining("WenQuanYi Micro Hei")
                .hasMessageContaining("apt-get install fonts-wqy-microhei")
                .hasMessageContaining("--font")
                .hasMessageContaining("-Dluoshi.sheets.font=");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        CjkFontLocator windows = new CjkFontLocator(List.of(), List.of(), "sheets.font.hint.windows");
        assertThatThrownBy(() -> windows.open(null)).hasMessageContaining("宋体（simsun.ttc）")
                .hasMessageContaining("微软雅黑");
    }

    @Test
    void aChosenFileThatIsMissingIsNotAFontOrHasNoChineseIsRefusedWithItsReason() throws IOException {
        // A good font among the candidates (when there is one) is not tried instead of the chosen file.
        List<Path> good = TestFonts.find().map(f -> List.of(f.file())).orElse(List.of());
        CjkFontLocator locator = new CjkFontLocator(good, List.of(), "sheets.font.hint.linux");
        Path missing = dir.resolve("gone.ttf");
        assertThatThrownBy(() -> locator.open(missing)).hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");

        Path text = Files.writeString(dir.resolve("font.ttf"), "this is not a font at all".repeat(20));
        assertThatThrownBy(() -> locator.open(text)).hasMessageContaining("cannot be read as a font");

        Path cff = dir.resolve("NotoSansCJK.otf");
        Files.write(cff, "OTTO and then the rest of an OpenType/CFF font".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> locator.open(cff)).hasMessageContaining("OpenType/CFF");

        Path latinOnly = latinOnlySubset(dir.resolve("latin.ttf"));
        assertThatThrownBy(() -> locator.open(latinOnly)).isInstanceOf(SheetFontException.class)
                .hasMessageContaining("no Chinese characters");
    }

    @Test
    void theSystemPropertyChoosesTheFontWhenNoneIsGiven() {
        assertThat(CjkFontLocator.configured(null)).isNull();
        System.setProperty(CjkFontLocator.PROPERTY, " /fonts/simsun.ttc ");
        assertThat(CjkFontLocator.configured(null)).isEqualTo(Path.of("/fonts/simsun.ttc"));
        assertThat(CjkFontLocator.configured(Path.of("/x.ttf"))).isEqualTo(Path.of("/x.ttf"));
    }

    /** A real TrueType font holding only Latin letters: the test's Chinese font cut down to "Abc". */
    private static Path latinOnlySubset(Path target) throws IOException {
        return TestFonts.withFontBox(TestFonts.cjkTrueType(), cjk -> {
            TTFSubsetter subsetter = new TTFSubsetter(cjk);
            subsetter.add('A');
            subsetter.add('b');
            subsetter.add('c');
            try (OutputStream out = Files.newOutputStream(target)) {
                subsetter.writeToStream(out);
            }
            return target;
        });
    }
}
