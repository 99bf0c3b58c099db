package org.luoshi.paper;

/**
 * The positioned primitives a page or chart is built from, in the surface's units (points on
 * paper, pixels on screen), y growing downwards. A {@link Painter} draws them: PDFBox for PDF, a
 * JavaFX canvas for the screen and the printer.
 */
public sealed interface Draw {

    record Rect(double x, double y, double w, double h, Colour fill) implements Draw {
    }

    record StrokeRect(double x, double y, double w, double h, Colour stroke, double width) implements Draw {
    }

    /** A straight line (a rule of a table, a grid line). */
    record Line(double x1, double y1, double x2, double y2, Colour ink, double width) implements Draw {
    }

    /**
     * Text starting at {@code x}, in the page's typeface at {@code size}; {@code y} is its baseline or
     * its middle, as {@code anchor} says. Bold text is drawn bold, or outlined where the typeface has
     * no bold face.
     */
    record Text(double x, double y, String text, Colour ink, double size, boolean bold, Anchor anchor)
            implements Draw {
        /** Text with its middle on {@code y} (a label in a row). */
        public Text(double x, double y, String text, Colour ink, double size, boolean bold) {
            this(x, y, text, ink, size, bold, Anchor.MIDDLE);
        }

        /** Text with its baseline on {@code y} (lines of a table cell). */
        public static Text onBaseline(double x, double baseline, String text, Colour ink, double size, boolean bold) {
            return new Text(x, baseline, text, ink, size, bold, Anchor.BASELINE);
        }
    }

    /** What a text's y is. */
    enum Anchor {
        BASELINE, MIDDLE
    }

    record Diamond(double cx, double cy, double r, Colour fill, Colour stroke) implements Draw {
    }

    record Triangle(double x1, double y1, double x2, double y2, double x3, double y3, Colour fill) implements Draw {
    }

    record Dot(double cx, double cy, double r, Colour fill, Colour stroke) implements Draw {
    }

    /**
     * A pale fill crossed by diagonal lines of {@code ink}, outlined: open-ended work. The lines are
     * laid from {@code phase} (the surface x of the chart's day 0), so they move with the chart.
     */
    record Hatch(double x, double y, double w, double h, Colour ink, double phase) implements Draw {
    }

    /**
     * The rectangle filled with {@code ink} fading out from {@code fadeFrom} (full) to {@code fadeTo}
     * (gone); the fade runs over the whole bar even where the rectangle is cut to the view.
     */
    record Fade(double x, double y, double w, double h, Colour ink, double fadeFrom, double fadeTo) implements Draw {
    }

    /** Until the matching {@link Unclip}, nothing is drawn outside this rectangle. */
    record Clip(double x, double y, double w, double h) implements Draw {
    }

    record Unclip() implements Draw {
    }
}
