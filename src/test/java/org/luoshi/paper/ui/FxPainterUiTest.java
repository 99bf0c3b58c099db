package org.luoshi.paper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Rgb;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The canvas painter headless: rules on whole pixels at any scale, bold outlined like the PDF. */
class FxPainterUiTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private PixelReader paint(Drawing drawing, double scale, FxPainter.Bold bold) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new FxPainter(Colours.FIXED, org.luoshi.testing.TestFonts.cjkTrueType().family(), bold).canvas(drawing, scale);
            image.set(canvas.snapshot(new SnapshotParameters(), null));
        });
        return image.get().getPixelReader();
    }

    private static int darkRows(PixelReader pixels, int x, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            if (pixels.getColor(x, y).getBrightness() < 0.5) {
                n++;
            }
        }
        return n;
    }

    private static int darkPixels(PixelReader pixels, int width, int height) {
        int n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.5) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aRuleIsAsWideOnPaperAtEveryScaleAndNeverThinnerThanAPixel() {
        Drawing rule = new Drawing(100, 20, List.of(new Draw.Line(10, 10.2, 90, 10.2, Rgb.BLACK, 0.5)));
        // 0.5 pt printed at 4 pixels a point: 2 pixels; on screen at 1:1, one sharp pixel, not two grey ones.
        assertThat(darkRows(paint(rule, 4, FxPainter.Bold.OUTLINE), 200, 0, 80)).isEqualTo(2);
        assertThat(darkRows(paint(rule, 1, FxPainter.Bold.OUTLINE), 50, 0, 20)).isEqualTo(1);
    }

    @Test
    void boldTextIsOutlinedWhenTheLayoutMeasuredTheRegularFace() {
        Drawing regular = new Drawing(120, 40, List.of(Draw.Text.onBaseline(5, 28, "任务分工", Rgb.BLACK, 20, false)));
        Drawing bold = new Drawing(120, 40, List.of(Draw.Text.onBaseline(5, 28, "任务分工", Rgb.BLACK, 20, true)));
        int plain = darkPixels(paint(regular, 1, FxPainter.Bold.OUTLINE), 120, 40);
        assertThat(plain).isPositive();
        assertThat(darkPixels(paint(bold, 1, FxPainter.Bold.OUTLINE), 120, 40)).isGreaterThan(plain);
    }
}
