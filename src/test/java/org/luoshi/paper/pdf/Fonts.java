package org.luoshi.paper.pdf;

import java.nio.file.Path;

/** The CJK TrueType font the tests embed: WenQuanYi Micro Hei, which .ci/run installs. */
public final class Fonts {
    public static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private Fonts() {
    }
}
