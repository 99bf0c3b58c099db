package org.luoshi.paper.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.luoshi.paper.Colour;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Painter;
import org.luoshi.paper.Rgb;

/**
 * Paints {@link Drawing}s on a JavaFX canvas: the timeline on screen and in PNG tiles, the pages of
 * previews and of the printer for task sheets and the timeline.
 */
public final class FxPainter implements Painter {
    /** How bold text is drawn. */
    public enum Bold {
        /** In the typeface's bold face (the layout measured the bold face). */
        FACE,
        /** In the regular face, its glyphs outlined, as the PDF draws it (the layout measured the regular face). */
        OUTLINE
    }

    /** Outline of bold text drawn as {@link Bold#OUTLINE}, as wide as the PDF's. */
    static final double BOLD_STROKE = 0.35;
    /** Width of a hatch tile; the hatch lines repeat every this many pixels. */
    private static final int HATCH = 6;

    private final Map<Colour, Color> colors = new HashMap<>();
    private final Map<Integer, ImagePattern> hatches = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Bold boldAs;
    private Colours colours;
    private String family;
    private GraphicsContext gc;
    /** Device pixels per unit of the drawing, for lines on whole pixels. */
    private double scale = 1;

    public FxPainter(Colours colours, String family, Bold boldAs) {
        this.colours = colours;
        this.family = family;
        this.boldAs = boldAs;
    }

    public void setColours(Colours newColours) {
        colours = newColours;
        colors.clear();
        hatches.clear();
    }

    public void setFamily(String newFamily) {
        if (!newFamily.equals(family)) {
            family = newFamily;
            fonts.clear();
        }
    }

    public String family() {
        return family;
    }

    /** The font text of {@code size} is drawn in. */
    public Font font(double size, boolean bold) {
        boolean face = bold && boldAs == Bold.FACE;
        long key = Double.doubleToLongBits(size) ^ (face ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(family, face ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    /** {@code colour} as JavaFX paints it. */
    public Color color(Colour colour) {
        return colors.computeIfAbsent(colour, c -> toColor(colours.argb(c)));
    }

    public static Color toColor(int argb) {
        return Color.rgb(Rgb.red(argb), Rgb.green(argb), Rgb.blue(argb), Rgb.alpha(argb));
    }

    /** Paints {@code drawing} with the graphics context's present transform. */
    public void paint(GraphicsContext graphics, Drawing drawing) {
        this.gc = graphics;
        this.scale = Math.max(1e-6, Math.abs(graphics.getTransform().getMxx()));
        gc.save();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineDashes();
        drawing.paintOn(this);
        gc.restore();
    }

    /** {@code drawing} on white, on a canvas of its size times {@code scale} (a page of a preview or the printer). */
    public Canvas canvas(Drawing drawing, double pixelsPerUnit) {
        Canvas canvas = new Canvas(Math.ceil(drawing.width() * pixelsPerUnit),
                Math.ceil(drawing.height() * pixelsPerUnit));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.save();
        g.scale(pixelsPerUnit, pixelsPerUnit);
        paint(g, drawing);
        g.restore();
        return canvas;
    }

    @Override
    public void rect(Draw.Rect r) {
        gc.setFill(color(r.fill()));
        gc.fillRect(r.x(), r.y(), r.w(), r.h());
    }

    @Override
    public void strokeRect(Draw.StrokeRect r) {
        gc.setStroke(color(r.stroke()));
        gc.setLineWidth(r.width());
        gc.strokeRect(r.x(), r.y(), r.w(), r.h());
    }

    @Override
    public void line(Draw.Line l) {
        // Upright and level lines (grids, rules) as rectangles on whole device pixels: sharp, and far
        // cheaper to rasterise than a stroked path.
        if (l.x1() == l.x2()) {
            double w = Math.max(1, Math.round(l.width() * scale)) / scale;
            gc.setFill(color(l.ink()));
            gc.fillRect(snap(l.x1() - (w - 1 / scale) / 2), Math.min(l.y1(), l.y2()), w, Math.abs(l.y2() - l.y1()));
        } else if (l.y1() == l.y2()) {
            double h = Math.max(1, Math.round(l.width() * scale)) / scale;
            gc.setFill(color(l.ink()));
            gc.fillRect(Math.min(l.x1(), l.x2()), snap(l.y1() - h / 2), Math.abs(l.x2() - l.x1()), h);
        } else {
            gc.setStroke(color(l.ink()));
            gc.setLineWidth(l.width());
            gc.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
        }
    }

    /** {@code v} moved down to a whole device pixel. */
    private double snap(double v) {
        return Math.floor(v * scale) / scale;
    }

    @Override
    public void text(Draw.Text t) {
        Color c = color(t.ink());
        gc.setFill(c);
        gc.setFont(font(t.size(), t.bold()));
        gc.setTextBaseline(t.anchor() == Draw.Anchor.MIDDLE ? VPos.CENTER : VPos.BASELINE);
        gc.fillText(t.text(), t.x(), t.y());
        if (t.bold() && boldAs == Bold.OUTLINE) {
            gc.setStroke(c);
            gc.setLineWidth(BOLD_STROKE);
            gc.strokeText(t.text(), t.x(), t.y());
        }
    }

    @Override
    public void diamond(Draw.Diamond dm) {
        double[] xs = {dm.cx(), dm.cx() + dm.r(), dm.cx(), dm.cx() - dm.r()};
        double[] ys = {dm.cy() - dm.r(), dm.cy(), dm.cy() + dm.r(), dm.cy()};
        gc.setFill(color(dm.fill()));
        gc.fillPolygon(xs, ys, 4);
        gc.setStroke(color(dm.stroke()));
        gc.setLineWidth(1);
        gc.strokePolygon(xs, ys, 4);
    }

    @Override
    public void triangle(Draw.Triangle t) {
        gc.setFill(color(t.fill()));
        gc.fillPolygon(new double[] {t.x1(), t.x2(), t.x3()}, new double[] {t.y1(), t.y2(), t.y3()}, 3);
    }

    @Override
    public void dot(Draw.Dot dot) {
        gc.setFill(color(dot.fill()));
        gc.fillOval(dot.cx() - dot.r(), dot.cy() - dot.r(), 2 * dot.r(), 2 * dot.r());
        if (dot.stroke() != null) {
            gc.setStroke(color(dot.stroke()));
            gc.setLineWidth(1);
            gc.strokeOval(dot.cx() - dot.r(), dot.cy() - dot.r(), 2 * dot.r(), 2 * dot.r());
        }
    }

    @Override
    public void hatch(Draw.Hatch h) {
        gc.setFill(hatch(h.ink(), h.phase()));
        gc.fillRect(h.x(), h.y(), h.w(), h.h());
        gc.setStroke(color(h.ink()));
        gc.setLineWidth(1);
        gc.strokeRect(h.x() + 0.5, h.y() + 0.5, Math.max(0, h.w() - 1), Math.max(0, h.h() - 1));
    }

    @Override
    public void fade(Draw.Fade f) {
        Color c = color(f.ink());
        gc.setFill(new LinearGradient(f.fadeFrom(), 0, f.fadeTo(), 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, c), new Stop(1, c.deriveColor(0, 1, 1, 0.05))));
        gc.fillRect(f.x(), f.y(), f.w(), f.h());
    }

    @Override
    public void clip(Draw.Clip c) {
        gc.save();
        gc.beginPath();
        gc.rect(c.x(), c.y(), c.w(), c.h());
        gc.clip();
        gc.beginPath();
    }

    @Override
    public void unclip() {
        gc.restore();
    }

    /** A pale tile crossed by one diagonal line, anchored so the lines move with the chart. */
    private ImagePattern hatch(Colour ink, double phase) {
        Color c = color(ink);
        ImagePattern tile = hatches.computeIfAbsent(c.hashCode(), k -> new ImagePattern(hatchTile(c), 0, 0, HATCH,
                HATCH, false));
        double offset = phase % HATCH;
        return offset == 0 ? tile : new ImagePattern(tile.getImage(), offset, 0, HATCH, HATCH, false);
    }

    private static Image hatchTile(Color c) {
        WritableImage image = new WritableImage(HATCH, HATCH);
        PixelWriter w = image.getPixelWriter();
        Color pale = c.interpolate(Color.WHITE, 0.78);
        Color line = c.interpolate(Color.WHITE, 0.15);
        for (int y = 0; y < HATCH; y++) {
            for (int x = 0; x < HATCH; x++) {
                int diagonal = Math.floorMod(x + y, HATCH);
                w.setColor(x, y, diagonal == 0 ? line : diagonal == 1 ? c.interpolate(pale, 0.5) : pale);
            }
        }
        return image;
    }
}
