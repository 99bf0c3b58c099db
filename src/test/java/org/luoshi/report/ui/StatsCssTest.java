package org.luoshi.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.luoshi.report.PaceClass;
import org.luoshi.report.overview.PaceInk;

/** The window's stylesheet and the paper agree on the colour of every pace class. */
class StatsCssTest {
    @Test
    void tilesAndSeriesHaveThePaperColours() throws Exception {
        String css;
        try (InputStream in = StatsCssTest.class.getResourceAsStream("/org/luoshi/report/ui/stats.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (PaceClass c : PaceClass.values()) {
            String hex = PaceInk.hex(c);
            assertThat(css).as(c.chinese()).contains(".pace-tile.pace-" + c.name().toLowerCase(Locale.ROOT)
                    + " { -fx-border-color: " + hex + "; }");
            assertThat(css).contains(".stats-window .default-color" + c.ordinal() + ".chart-bar, ")
                    .contains("-fx-bar-fill: " + hex + "; -fx-pie-color: " + hex);
            int at = css.indexOf(".stats-window .default-color" + c.ordinal() + ".chart-bar, ");
            assertThat(css.substring(at, css.indexOf('\n', at))).contains("-fx-bar-fill: " + hex + ";");
        }
    }
}
