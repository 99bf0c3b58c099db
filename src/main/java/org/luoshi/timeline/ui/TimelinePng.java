package org.luoshi.timeline.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.IoReason;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.timeline.ChartDrawing;
import org.luoshi.timeline.ChartFrame;
import org.luoshi.timeline.ChartMetrics;
import org.luoshi.timeline.ChartState;
import org.luoshi.timeline.TimeScale;
import org.luoshi.timeline.TimelineExportException;
import org.luoshi.timeline.TimelineRows;
import org.luoshi.timeline.TimelineTree;

/**
 * The whole chart as a picture: every row on show, the plan's months, at the zoom on screen. Drawn
 * from the same layout as the screen, tile by tile on a canvas, then written as PNG.
 */
public final class TimelinePng {
    /** Bigger pictures are refused: they would not fit in memory, and no viewer opens them well. */
    static final long MAX_PIXELS = 60_000_000L;
    static final int MAX_SIDE = 30_000;
    private static final int TILE = 2048;

    private TimelinePng() {
    }

    /** Size of the picture {@link #render} would make, {width, height}. */
    public static int[] size(TimelineChart chart) {
        TimelineTree tree = chart.treeProperty().get();
        TimeScale scale = scale(chart, tree);
        double w = chart.nameColumnWidthProperty().get() + scale.width(from(tree), to(tree));
        double h = ChartMetrics.SCREEN.headerHeight() + chart.getRows().size() * ChartMetrics.SCREEN.rowHeight();
        return new int[] {(int) Math.ceil(w), (int) Math.ceil(h)};
    }

    /**
     * Draws the picture; FX thread.
     *
     * @throws TimelineExportException if it would be too large (zoom out, close headings, or use PDF)
     */
    public static BufferedImage render(TimelineChart chart) {
        int[] size = size(chart);
        int w = size[0];
        int h = size[1];
        if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
            throw new TimelineExportException(Messages.get("timeline.png.tooLarge", w, h));
        }
        TimelineTree tree = chart.treeProperty().get();
        TimelineRows rows = chart.getRows();
        ChartMetrics metrics = ChartMetrics.SCREEN.withNameWidth(chart.nameColumnWidthProperty().get());
        FxPainter painter = new FxPainter(chart.palette(), chart.getFont().getFamily(), FxPainter.Bold.FACE);
        ChartFrame frame = new ChartFrame(0, 0, w, h, metrics.nameWidth(), metrics.headerHeight(),
                scale(chart, tree).x(from(tree)), 0);
        Drawing drawing = ChartDrawing.build(rows, scale(chart, tree), frame, metrics,
                new ChartState(tree.today(), 0, null, chart.cornerTitle()), new FxTextMeasure(painter));

        int[] pixels = new int[w * h];
        Canvas canvas = new Canvas(Math.min(TILE, w), Math.min(TILE, h));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        for (int ty = 0; ty < h; ty += TILE) {
            for (int tx = 0; tx < w; tx += TILE) {
                int tw = Math.min(TILE, w - tx);
                int th = Math.min(TILE, h - ty);
                gc.setFill(Color.WHITE);
                gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
                gc.save();
                gc.translate(-tx, -ty);
                painter.paint(gc, drawing);
                gc.restore();
                WritableImage tile = canvas.snapshot(params, null);
                tile.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), pixels,
                        ty * w + tx, w);
            }
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, pixels, 0, w);
        return image;
    }

    /** Writes {@code image} to a temporary file beside {@code target}, then moves it into place. */
    public static void write(BufferedImage image, Path target) {
        try {
            AtomicFiles.stream(target, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (IOException e) {
            throw new TimelineExportException(Messages.get("timeline.error.write", target, IoReason.of(e)), e);
        }
    }

    private static TimeScale scale(TimelineChart chart, TimelineTree tree) {
        return new TimeScale(from(tree), chart.getPixelsPerDay());
    }

    /** The plan's span widened to whole months. */
    static LocalDate from(TimelineTree tree) {
        return tree.firstDate().withDayOfMonth(1);
    }

    static LocalDate to(TimelineTree tree) {
        return tree.lastDate().withDayOfMonth(tree.lastDate().lengthOfMonth());
    }
}
