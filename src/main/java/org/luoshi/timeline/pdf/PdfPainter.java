package org.luoshi.timeline.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.luoshi.timeline.Draw;
import org.luoshi.timeline.Drawing;
import org.luoshi.timeline.Ink;
import org.luoshi.timeline.Palette;
import org.luoshi.timeline.TextMeasure;

/**
 * Paints a {@link Drawing} on a PDF page with PDFBox: vector shapes, and text in the embedded font
 * (searchable, sharp at any size). The drawing's y grows downwards; PDF's grows upwards.
 */
final class PdfPainter implements TextMeasure {
    /** Bézier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;
    /** Space between hatch lines, in points. */
    private static final double HATCH = 4;

    private final PDType0Font font;
    private final Palette palette;
    private final Map<Character, Double> widths = new HashMap<>();
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();
    private PDPageContentStream cs;
    private float pageHeight;

    PdfPainter(PDType0Font font, Palette palette) {
        this.font = font;
        this.palette = palette;
    }

    @Override
    public double charWidth(char c, double size, boolean bold) {
        double perMille = widths.computeIfAbsent(c, ch -> {
            try {
                return (double) font.getStringWidth(String.valueOf(ch));
            } catch (IOException | IllegalArgumentException e) {
                return 1000.0;
            }
        });
        return perMille / 1000 * size;
    }

    void paint(Drawing drawing, PDPageContentStream stream) throws IOException {
        this.cs = stream;
        this.pageHeight = (float) drawing.height();
        for (Draw d : drawing.items()) {
            paint(d);
        }
    }

    private float y(double y) {
        return pageHeight - (float) y;
    }

    private void paint(Draw d) throws IOException {
        if (d instanceof Draw.Rect r) {
            if (r.w() > 0 && r.h() > 0) {
                withAlpha(r.fill(), () -> {
                    fill(palette.argb(r.fill()));
                    cs.addRect((float) r.x(), y(r.y() + r.h()), (float) r.w(), (float) r.h());
                    cs.fill();
                });
            }
        } else if (d instanceof Draw.StrokeRect r) {
            stroke(palette.argb(r.stroke()), r.width());
            cs.addRect((float) r.x(), y(r.y() + r.h()), (float) r.w(), (float) r.h());
            cs.stroke();
        } else if (d instanceof Draw.Line l) {
            stroke(palette.argb(l.ink()), l.width());
            cs.moveTo((float) l.x1(), y(l.y1()));
            cs.lineTo((float) l.x2(), y(l.y2()));
            cs.stroke();
        } else if (d instanceof Draw.Text t) {
            text(t);
        } else if (d instanceof Draw.Diamond dm) {
            fill(palette.argb(dm.fill()));
            stroke(palette.argb(dm.stroke()), 0.6);
            float cx = (float) dm.cx();
            float cy = y(dm.cy());
            float r = (float) dm.r();
            cs.moveTo(cx, cy + r);
            cs.lineTo(cx + r, cy);
            cs.lineTo(cx, cy - r);
            cs.lineTo(cx - r, cy);
            cs.closePath();
            cs.fillAndStroke();
        } else if (d instanceof Draw.Triangle t) {
            fill(palette.argb(t.fill()));
            cs.moveTo((float) t.x1(), y(t.y1()));
            cs.lineTo((float) t.x2(), y(t.y2()));
            cs.lineTo((float) t.x3(), y(t.y3()));
            cs.closePath();
            cs.fill();
        } else if (d instanceof Draw.Dot dot) {
            circle(dot.cx(), dot.cy(), dot.r());
            fill(palette.argb(dot.fill()));
            if (dot.stroke() != null) {
                stroke(palette.argb(dot.stroke()), 0.6);
                cs.fillAndStroke();
            } else {
                cs.fill();
            }
        } else if (d instanceof Draw.Hatch h) {
            hatch(h);
        } else if (d instanceof Draw.Fade f) {
            fade(f);
        } else if (d instanceof Draw.Clip c) {
            cs.saveGraphicsState();
            cs.addRect((float) c.x(), y(c.y() + c.h()), (float) c.w(), (float) c.h());
            cs.clip();
        } else if (d instanceof Draw.Unclip u) {
            cs.restoreGraphicsState();
        }
    }

    private interface Painting {
        void run() throws IOException;
    }

    private void withAlpha(Ink ink, Painting painting) throws IOException {
        int argb = palette.argb(ink);
        int alpha = argb >>> 24;
        if (alpha == 0xFF) {
            painting.run();
            return;
        }
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(a / 255f);
            return s;
        });
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(gs);
        painting.run();
        cs.restoreGraphicsState();
    }

    private void text(Draw.Text t) throws IOException {
        String text = printable(t.text());
        if (text.isEmpty()) {
            return;
        }
        int argb = palette.argb(t.ink());
        fill(argb);
        cs.beginText();
        cs.setFont(font, (float) t.size());
        if (t.bold()) {
            // The Chinese fonts found on most machines have no bold face: stroke the outline too.
            stroke(argb, t.size() * 0.045);
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        cs.newLineAtOffset((float) t.x(), y(t.y() + t.size() * 0.35));
        cs.showText(text);
        if (t.bold()) {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.endText();
    }

    /** {@code text} with characters the font lacks shown as a question mark rather than failing the PDF. */
    private String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = encodable.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            b.appendCodePoint(ok ? cp : '?');
        });
        return b.toString();
    }

    private void hatch(Draw.Hatch h) throws IOException {
        int argb = palette.argb(h.ink());
        fill(Palette.towardsWhite(argb, 0.78));
        float x = (float) h.x();
        float top = y(h.y());
        float bottom = y(h.y() + h.h());
        cs.addRect(x, bottom, (float) h.w(), (float) h.h());
        cs.fill();
        cs.saveGraphicsState();
        cs.addRect(x, bottom, (float) h.w(), (float) h.h());
        cs.clip();
        stroke(argb, 0.5);
        double height = h.h();
        double first = h.phase() + Math.floor((h.x() - height - h.phase()) / HATCH) * HATCH;
        for (double lx = first; lx < h.x() + h.w(); lx += HATCH) {
            cs.moveTo((float) lx, bottom);
            cs.lineTo((float) (lx + height), top);
        }
        cs.stroke();
        cs.restoreGraphicsState();
        stroke(argb, 0.5);
        cs.addRect(x, bottom, (float) h.w(), (float) h.h());
        cs.stroke();
    }

    /** A fade as narrow strips, each a little paler: no transparency needed, prints the same everywhere. */
    private void fade(Draw.Fade f) throws IOException {
        int argb = palette.argb(f.ink());
        double span = Math.max(1e-6, f.fadeTo() - f.fadeFrom());
        double step = 3;
        for (double x = f.x(); x < f.x() + f.w(); x += step) {
            double w = Math.min(step, f.x() + f.w() - x);
            double t = Math.max(0, Math.min(1, (x + w / 2 - f.fadeFrom()) / span));
            fill(Palette.towardsWhite(argb, 0.92 * t));
            cs.addRect((float) x, y(f.y() + f.h()), (float) w + 0.2f, (float) f.h());
            cs.fill();
        }
    }

    private void circle(double cx, double cy, double r) throws IOException {
        float x = (float) cx;
        float y = y(cy);
        float k = (float) r * KAPPA;
        float rr = (float) r;
        cs.moveTo(x + rr, y);
        cs.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
        cs.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
        cs.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
        cs.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
        cs.closePath();
    }

    private void fill(int argb) throws IOException {
        cs.setNonStrokingColor(Palette.red(argb) / 255f, Palette.green(argb) / 255f, Palette.blue(argb) / 255f);
    }

    private void stroke(int argb, double width) throws IOException {
        cs.setStrokingColor(Palette.red(argb) / 255f, Palette.green(argb) / 255f, Palette.blue(argb) / 255f);
        cs.setLineWidth((float) width);
    }
}
