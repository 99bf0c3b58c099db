package org.luoshi.sheets.layout;

import java.util.List;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;

/**
 * One page ready to paint: its drawing in page coordinates (points, origin top left), and for
 * checking, which rows sit where.
 *
 * @param number 1-based page number
 */
public record LaidOutPage(int number, Drawing drawing, List<PlacedRow> rows) {
    public LaidOutPage {
        rows = List.copyOf(rows);
    }

    public double width() {
        return drawing.width();
    }

    public double height() {
        return drawing.height();
    }

    /** The lines of text, in drawing order. */
    public List<Draw.Text> texts() {
        return drawing.all(Draw.Text.class);
    }

    /** The rules of the table. */
    public List<Draw.Line> rules() {
        return drawing.all(Draw.Line.class);
    }

    /** The grey backgrounds of header and group rows. */
    public List<Draw.Rect> shades() {
        return drawing.all(Draw.Rect.class);
    }
}
