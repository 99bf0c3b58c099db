package org.luoshi.paper.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;

/** The CJK TrueType font the tests embed: WenQuanYi Micro Hei, which .ci/run installs; and cut-down copies of it. */
public final class Fonts {
    public static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private Fonts() {
    }

    /**
     * A real TrueType font holding only the characters of {@code chars}: WenQuanYi Micro Hei cut down
     * (a Chinese font without Latin letters, like Droid Sans Fallback, or a Latin font without Chinese).
     */
    public static Path subset(Path target, String chars) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(WQY.toFile())) {
            TTFSubsetter subsetter = new TTFSubsetter(ttc.getFontByName("WenQuanYiMicroHei"));
            chars.codePoints().forEach(subsetter::add);
            try (OutputStream out = Files.newOutputStream(target)) {
                subsetter.writeToStream(out);
            }
        }
        return target;
    }
}
