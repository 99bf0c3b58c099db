package org.luoshi.paper.pdf;

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
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.paper.pdf.Fonts;
import org.luoshi.paper.pdf.PdfFontException;

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
    void opensTheChosenCollectionAndMeasuresChinese() throws IOException {
        try (EmbeddableFont font = new CjkFontLocator(List.of(), List.of(), List.of(), "paper.font.hint.linux").open(Fonts.WQY)) {
            assertThat(font.family()).isEqualTo("WenQuanYi Micro Hei");
            assertThat(font.file()).isEqualTo(Fonts.WQY);
            assertThat(font.metrics().canShow('务')).isTrue();
            assertThat(font.metrics().advance('务')).isEqualTo(1.0);
            assertThat(font.metrics().advance('1')).isBetween(0.4, 0.7);
        }
    }

    @Test
    void findsAKnownFontFileUnderTheFontFolders() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("truetype/wqy"));
        Files.createSymbolicLink(nested.resolve("wqy-microhei.ttc"), Fonts.WQY);
        Files.writeString(dir.resolve("notes.txt"), "not a font");
        CjkFontLocator locator = new CjkFontLocator(List.of(dir.resolve("missing.ttf")), List.of(), List.of(dir),
                "paper.font.hint.linux");
        assertThat(locator.candidatesAndFound()).containsExactly(nested.resolve("wqy-microhei.ttc"));
        try (EmbeddableFont font = locator.open(null)) {
            assertThat(font.family()).isEqualTo("WenQuanYi Micro Hei");
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
        CjkFontLocator locator = new CjkFontLocator(List.of(Fonts.WQY), List.of(), List.of(), "paper.font.hint.linux");
        Path missing = dir.resolve("gone.ttf");
        assertThatThrownBy(() -> locator.open(missing)).hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");

        Path text = Files.writeString(dir.resolve("font.ttf"), "this is not a font at all".repeat(20));
        assertThatThrownBy(() -> locator.open(text)).hasMessageContaining("cannot be read as a font");

        Path cff = dir.resolve("NotoSansCJK.otf");
        Files.write(cff, "OTTO and then the rest of an OpenType/CFF font".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> locator.open(cff)).hasMessageContaining("OpenType/CFF");

        Path latinOnly = latinOnlySubset(dir.resolve("latin.ttf"));
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

    /** A real TrueType font holding only Latin letters: WQY Micro Hei cut down to "Abc". */
    private static Path latinOnlySubset(Path target) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(Fonts.WQY.toFile())) {
            TrueTypeFont wqy = ttc.getFontByName("WenQuanYiMicroHei");
            TTFSubsetter subsetter = new TTFSubsetter(wqy);
            subsetter.add('A');
            subsetter.add('b');
            subsetter.add('c');
            try (OutputStream out = Files.newOutputStream(target)) {
                subsetter.writeToStream(out);
            }
        }
        return target;
    }
}
