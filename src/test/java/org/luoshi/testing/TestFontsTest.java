package org.luoshi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The test font search, on folders made here (fontconfig left out, so only these folders count). */
class TestFontsTest {
    @TempDir
    Path dir;

    @Test
    void withNoFontTheTestIsSkippedSayingHowToInstallOne() throws IOException {
        Files.createDirectories(dir.resolve("truetype/dejavu"));
        assertThat(TestFonts.search(List.of(dir, dir.resolve("missing")), false)).isEmpty();
        assertThatThrownBy(() -> TestFonts.require(Optional.empty())).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("No Chinese TrueType font").hasMessageContaining("apt-get install fonts-wqy-microhei");
    }

    @Test
    void filesThatAreNoFontOrCffOutlinesArePassedOver() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("truetype/wqy"));
        Files.writeString(nested.resolve("wqy-microhei.ttc"), "not a font at all", StandardCharsets.ISO_8859_1);
        Files.writeString(nested.resolve("simsun.ttc"), "OTTO and then a CFF font", StandardCharsets.ISO_8859_1);
        assertThat(TestFonts.hasTrueTypeOutlines(nested.resolve("simsun.ttc"))).isFalse();
        assertThat(TestFonts.search(List.of(dir), false)).isEmpty();
    }

    @Test
    void findsAKnownFontFileNestedUnderAFolderByItsName() throws IOException {
        TestFonts.CjkFont real = TestFonts.cjkTrueType();
        String known = real.file().getFileName().toString().toLowerCase(Locale.ROOT);
        String name = TestFonts.FILES.contains(known) ? real.file().getFileName().toString() : TestFonts.FILES.get(0);
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("a/b/c")).resolve(name), real.file());
        Files.writeString(dir.resolve("a/notes.txt"), "not a font");

        assertThat(TestFonts.search(List.of(dir), false)).contains(new TestFonts.CjkFont(link, real.family(),
                real.postScriptName()));
        assertThat(TestFonts.hasTrueTypeOutlines(link)).isTrue();
        String parsedByFontBox = TestFonts.withFontBox(real, f -> f.getName());
        assertThat(parsedByFontBox).isEqualTo(real.postScriptName());
    }
}
