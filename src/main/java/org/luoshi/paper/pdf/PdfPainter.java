package org.luoshi.paper.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.luoshi.paper.Colour;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Painter;
import org.luoshi.paper.Rgb;

/**
 * Paints {@link Drawing}s on PDF pages with PDFBox: vector shapes, and text in the embedded font
 * (searchable, sharp at any size), characters the Chinese font lacks in its Latin companion. The
 * drawing's y grows downwards; PDF's grows upwards, hence {@code height - y}.
 */
public final class PdfPainter implements Painter {
    /** Outline drawn around the glyphs of bold text: the Chinese fonts that embed have no bold face. */
    static final float BOLD_STROKE = 0.35f;
    /** Where the baseline of text anchored at its middle lies below that middle, in ems. */
    static final double MIDDLE_TO_BASELINE = 0.35;
    /** Bézier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;
    /** Space between hatch lines, in points. */
    private static final double HATCH = 4;

    private final EmbeddedFont font;
    private final Colours colours;
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();
    private PDPageContentStream cs;
    private float pageHeight;

    public PdfPainter(EmbeddedFont font, Colours colours) {
        this.font = font;
        this.colours = colours;
    }

    /** Paints {@code drawing} into {@code stream}, a page {@code drawing.height()} points high. */
    public void paint(Drawing drawing, PDPageContentStream stream) throws IOException {
        this.cs = stream;
        this.pageHeight = (float) drawing.height();
        try {
            drawing.paintOn(this);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Painting {
        void run() throws IOException;
    }

    private static void io(Painting painting) {
        try {
            painting.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float y(double y) {
        return pageHeight - (float) y;
    }

    private int argb(Colour c) {
        return colours.argb(c);
    }

    @Override
    public void rect(Draw.Rect r) {
        if (r.w() <= 0 || r.h() <= 0) {
            return;
        }
        io(() -> withAlpha(argb(r.fill()), () -> {
            fill(argb(r.fill()));
            cs.addRect((float) r.x(), y(r.y() + r.h()), (float) r.w(), (float) r.h());
            cs.fill();
        }));
    }

    @Override
    public void strokeRect(Draw.StrokeRect r) {
        io(() -> {
            stroke(argb(r.stroke()), r.width());
            cs.addRect((float) r.x(), y(r.y() + r.h()), (float) r.w(), (float) r.h());
            cs.stroke();
        });
    }

    @Override
    public void line(Draw.Line l) {
        io(() -> {
            stroke(argb(l.ink()), l.width());
            cs.moveTo((float) l.x1(), y(l.y1()));
            cs.lineTo((float) l.x2(), y(l.y2()));
            cs.stroke();
        });
    }

    @Override
    public void text(Draw.Text t) {
        io(() -> {
            var runs = font.runs(t.text());
            if (runs.isEmpty()) {
                return;
            }
            int argb = argb(t.ink());
            fill(argb);
            double baseline = t.anchor() == Draw.Anchor.MIDDLE ? t.y() + t.size() * MIDDLE_TO_BASELINE : t.y();
            cs.beginText();
            if (t.bold()) {
                stroke(argb, BOLD_STROKE);
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            cs.setTextMatrix(Matrix.getTranslateInstance((float) t.x(), y(baseline)));
            for (EmbeddedFont.Run run : runs) {
                cs.setFont(run.font(), (float) t.size());
                cs.showText(run.text());
            }
            if (t.bold()) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.endText();
        });
    }

    @Override
    public void diamond(Draw.Diamond dm) {
        io(() -> {
            fill(argb(dm.fill()));
            stroke(argb(dm.stroke()), 0.6);
            float cx = (float) dm.cx();
            float cy = y(dm.cy());
            float r = (float) dm.r();
            cs.moveTo(cx, cy + r);
            cs.lineTo(cx + r, cy);
            cs.lineTo(cx, cy - r);
            cs.lineTo(cx - r, cy);
            cs.closePath();
            cs.fillAndStroke();
        });
    }

    @Override
    public void triangle(Draw.Triangle t) {
        io(() -> {
            fill(argb(t.fill()));
            cs.moveTo((float) t.x1(), y(t.y1()));
            cs.lineTo((float) t.x2(), y(t.y2()));
            cs.lineTo((float) t.x3(), y(t.y3()));
            cs.closePath();
            cs.fill();
        });
    }

    @Override
    public void dot(Draw.Dot dot) {
        io(() -> {
            circle(dot.cx(), dot.cy(), dot.r());
            fill(argb(dot.fill()));
            if (dot.stroke() != null) {
                stroke(argb(dot.stroke()), 0.6);
                cs.fillAndStroke();
            } else {
                cs.fill();
            }
        });
    }

    @Override
    public void hatch(Draw.Hatch h) {
        io(() -> {
            int argb = argb(h.ink());
            fill(Rgb.towardsWhite(argb, 0.78));
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
        });
    }

    /** A fade as narrow strips, each a little paler: no transparency needed, prints the same everywhere. */
    @Override
    public void fade(Draw.Fade f) {
        io(() -> {
            int argb = argb(f.ink());
            double span = Math.max(1e-6, f.fadeTo() - f.fadeFrom());
            double step = 3;
            for (double x = f.x(); x < f.x() + f.w(); x += step) {
                double w = Math.min(step, f.x() + f.w() - x);
                double t = Math.max(0, Math.min(1, (x + w / 2 - f.fadeFrom()) / span));
                fill(Rgb.towardsWhite(argb, 0.92 * t));
                cs.addRect((float) x, y(f.y() + f.h()), (float) w + 0.2f, (float) f.h());
                cs.fill();
            }
        });
    }

    @Override
    public void clip(Draw.Clip c) {
        io(() -> {
            cs.saveGraphicsState();
            cs.addRect((float) c.x(), y(c.y() + c.h()), (float) c.w(), (float) c.h());
            cs.clip();
        });
    }

    @Override
    public void unclip() {
        io(() -> cs.restoreGraphicsState());
    }

    private void withAlpha(int argb, Painting painting) throws IOException {
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
        cs.setNonStrokingColor(Rgb.red(argb) / 255f, Rgb.green(argb) / 255f, Rgb.blue(argb) / 255f);
    }

    private void stroke(int argb, double width) throws IOException {
        cs.setStrokingColor(Rgb.red(argb) / 255f, Rgb.green(argb) / 255f, Rgb.blue(argb) / 255f);
        cs.setLineWidth((float) width);
    }
}
