package org.luoshi.paper.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.luoshi.testing.TestFonts;

/**
 * The CJK TrueType font the tests embed — found by name on this machine ({@link TestFonts}; a test
 * without one is skipped) — and cut-down copies of it.
 */
public final class Fonts {
    private Fonts() {
    }

    /** The font file (a .ttf or .ttc); skips the test when the machine has none. */
    public static Path cjk() {
        return TestFonts.cjkTrueType().file();
    }

    /** Its family name, as PDFs and previews name it. */
    public static String family() {
        return TestFonts.cjkTrueType().family();
    }

    /**
     * A real TrueType font holding only the characters of {@code chars}: the test font cut down (a
     * Chinese font without Latin letters, like Droid Sans Fallback, or a Latin font without Chinese).
     */
    public static Path subset(Path target, String chars) throws IOException {
        return TestFonts.withFontBox(TestFonts.cjkTrueType(), font -> {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            chars.codePoints().forEach(subsetter::add);
            try (OutputStream out = Files.newOutputStream(target)) {
                subsetter.writeToStream(out);
            }
            return target;
        });
    }
}
