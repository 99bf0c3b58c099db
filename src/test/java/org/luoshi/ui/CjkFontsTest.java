package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CjkFontsTest {
    @Test
    void picksTheFirstPreferredFamilyThatIsInstalled() {
        assertThat(CjkFonts.pick(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC")))
                .contains("Noto Sans CJK SC");
        assertThat(CjkFonts.pick(List.of("DejaVu Sans", "WenQuanYi Micro Hei"))).contains("WenQuanYi Micro Hei");
    }

    @Test
    void noCjkFontMeansNoChoice() {
        assertThat(CjkFonts.pick(List.of("DejaVu Sans", "Liberation Serif"))).isEmpty();
    }
}
