package org.luoshi.paper;

/**
 * Draws positioned primitives on one surface. Implemented once for PDF ({@code paper.pdf.PdfPainter})
 * and once for a JavaFX canvas ({@code paper.ui.FxPainter}: the screen, previews and the printer);
 * task sheets and the timeline only build {@link Drawing}s and hand them to one of these.
 */
public interface Painter {

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
