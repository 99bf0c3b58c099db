package org.luoshi.timeline.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
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
import org.luoshi.timeline.Draw;
import org.luoshi.timeline.Drawing;
import org.luoshi.timeline.Ink;
import org.luoshi.timeline.Palette;

/** Paints a {@link Drawing} on a canvas (the screen, PNG tiles, printed pages). */
final class FxPainter {
    /** Width of a hatch tile; the hatch lines repeat every this many pixels. */
    private static final int HATCH = 6;

    private final Color[] colors = new Color[Ink.values().length];
    private final Map<Integer, ImagePattern> hatches = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private String family;

    FxPainter(Palette palette, String family) {
        setPalette(palette);
        this.family = family;
    }

    void setPalette(Palette palette) {
        for (Ink ink : Ink.values()) {
            colors[ink.ordinal()] = TimelineChart.toColor(palette.argb(ink));
        }
        hatches.clear();
    }

    void setFamily(String newFamily) {
        if (!newFamily.equals(family)) {
            family = newFamily;
            fonts.clear();
        }
    }

    Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    private Color color(Ink ink) {
        return colors[ink.ordinal()];
    }

    void paint(GraphicsContext gc, Drawing drawing) {
        gc.save();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineDashes();
        for (Draw d : drawing.items()) {
            paint(gc, d);
        }
        gc.restore();
    }

    private void paint(GraphicsContext gc, Draw d) {
        if (d instanceof Draw.Rect r) {
            gc.setFill(color(r.fill()));
            gc.fillRect(r.x(), r.y(), r.w(), r.h());
        } else if (d instanceof Draw.Line l) {
            // Grid and row lines are upright or level: a rectangle on whole pixels is sharp, and far
            // cheaper to rasterise than a stroked path.
            if (l.x1() == l.x2()) {
                double w = Math.max(1, Math.round(l.width()));
                gc.setFill(color(l.ink()));
                gc.fillRect(Math.floor(l.x1() - (w - 1) / 2), Math.min(l.y1(), l.y2()), w, Math.abs(l.y2() - l.y1()));
            } else if (l.y1() == l.y2()) {
                double h = Math.max(1, Math.round(l.width()));
                gc.setFill(color(l.ink()));
                gc.fillRect(Math.min(l.x1(), l.x2()), Math.floor(l.y1() - h / 2), Math.abs(l.x2() - l.x1()), h);
            } else {
                gc.setStroke(color(l.ink()));
                gc.setLineWidth(l.width());
                gc.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
            }
        } else if (d instanceof Draw.Text t) {
            gc.setFill(color(t.ink()));
            gc.setFont(font(t.size(), t.bold()));
            gc.fillText(t.text(), t.x(), t.y());
        } else if (d instanceof Draw.Diamond dm) {
            double[] xs = {dm.cx(), dm.cx() + dm.r(), dm.cx(), dm.cx() - dm.r()};
            double[] ys = {dm.cy() - dm.r(), dm.cy(), dm.cy() + dm.r(), dm.cy()};
            gc.setFill(color(dm.fill()));
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(color(dm.stroke()));
            gc.setLineWidth(1);
            gc.strokePolygon(xs, ys, 4);
        } else if (d instanceof Draw.Triangle t) {
            gc.setFill(color(t.fill()));
            gc.fillPolygon(new double[] {t.x1(), t.x2(), t.x3()}, new double[] {t.y1(), t.y2(), t.y3()}, 3);
        } else if (d instanceof Draw.Dot dot) {
            gc.setFill(color(dot.fill()));
            gc.fillOval(dot.cx() - dot.r(), dot.cy() - dot.r(), 2 * dot.r(), 2 * dot.r());
            if (dot.stroke() != null) {
                gc.setStroke(color(dot.stroke()));
                gc.setLineWidth(1);
                gc.strokeOval(dot.cx() - dot.r(), dot.cy() - dot.r(), 2 * dot.r(), 2 * dot.r());
            }
        } else if (d instanceof Draw.StrokeRect r) {
            gc.setStroke(color(r.stroke()));
            gc.setLineWidth(r.width());
            gc.strokeRect(r.x(), r.y(), r.w(), r.h());
        } else if (d instanceof Draw.Hatch h) {
            gc.setFill(hatch(h.ink(), h.phase()));
            gc.fillRect(h.x(), h.y(), h.w(), h.h());
            gc.setStroke(color(h.ink()));
            gc.setLineWidth(1);
            gc.strokeRect(h.x() + 0.5, h.y() + 0.5, Math.max(0, h.w() - 1), Math.max(0, h.h() - 1));
        } else if (d instanceof Draw.Fade f) {
            Color c = color(f.ink());
            gc.setFill(new LinearGradient(f.fadeFrom(), 0, f.fadeTo(), 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, c), new Stop(1, c.deriveColor(0, 1, 1, 0.05))));
            gc.fillRect(f.x(), f.y(), f.w(), f.h());
        } else if (d instanceof Draw.Clip c) {
            gc.save();
            gc.beginPath();
            gc.rect(c.x(), c.y(), c.w(), c.h());
            gc.clip();
            gc.beginPath();
        } else if (d instanceof Draw.Unclip) {
            gc.restore();
        }
    }

    /** A pale tile crossed by one diagonal line, anchored so the lines move with the chart. */
    private ImagePattern hatch(Ink ink, double phase) {
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
