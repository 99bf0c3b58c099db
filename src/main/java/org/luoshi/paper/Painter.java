package org.luoshi.paper;

/**
 * Draws positioned primitives on one surface. Implemented once for PDF ({@code paper.pdf.PdfPainter})
 * and once for a JavaFX canvas ({@code paper.ui.FxPainter}: the screen, previews and the printer);
 * task sheets and the timeline only build {@link Drawing}s and hand them to one of these.
 */
public interface Painter {

    /** Hands {@code d} to the method for its kind. */
    default void paint(Draw d) {
        if (d instanceof Draw.Rect r) {
            rect(r);
        } else if (d instanceof Draw.Line l) {
            line(l);
        } else if (d instanceof Draw.Text t) {
            text(t);
        } else if (d instanceof Draw.StrokeRect r) {
            strokeRect(r);
        } else if (d instanceof Draw.Diamond dm) {
            diamond(dm);
        } else if (d instanceof Draw.Triangle t) {
            triangle(t);
        } else if (d instanceof Draw.Dot dot) {
            dot(dot);
        } else if (d instanceof Draw.Hatch h) {
            hatch(h);
        } else if (d instanceof Draw.Fade f) {
            fade(f);
        } else if (d instanceof Draw.Clip c) {
            clip(c);
        } else if (d instanceof Draw.Unclip) {
            unclip();
        }
    }

    void rect(Draw.Rect r);

    void strokeRect(Draw.StrokeRect r);

    void line(Draw.Line l);

    void text(Draw.Text t);

    void diamond(Draw.Diamond d);

    void triangle(Draw.Triangle t);

    void dot(Draw.Dot d);

    void hatch(Draw.Hatch h);

    void fade(Draw.Fade f);

    void clip(Draw.Clip c);

    void unclip();
}
