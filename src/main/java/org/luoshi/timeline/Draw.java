package org.luoshi.timeline;

/**
 * The positioned primitives a chart or page is built from, in the surface's units (pixels on
 * screen, points on paper), y growing downwards. Painters for JavaFX and PDFBox draw the same list.
 */
public sealed interface Draw {

    record Rect(double x, double y, double w, double h, Ink fill) implements Draw {
    }

    record StrokeRect(double x, double y, double w, double h, Ink stroke, double width) implements Draw {
    }

    record Line(double x1, double y1, double x2, double y2, Ink ink, double width) implements Draw {
    }

    /** Text starting at {@code x}, its middle on {@code y}. */
    record Text(double x, double y, String text, Ink ink, double size, boolean bold) implements Draw {
    }

    record Diamond(double cx, double cy, double r, Ink fill, Ink stroke) implements Draw {
    }

    record Triangle(double x1, double y1, double x2, double y2, double x3, double y3, Ink fill) implements Draw {
    }

    record Dot(double cx, double cy, double r, Ink fill, Ink stroke) implements Draw {
    }

    /**
     * A pale fill crossed by diagonal lines of {@code ink}, outlined: open-ended work. The lines are
     * laid from {@code phase} (the surface x of the chart's day 0), so they move with the chart.
     */
    record Hatch(double x, double y, double w, double h, Ink ink, double phase) implements Draw {
    }

    /**
     * The rectangle filled with {@code ink} fading out from {@code fadeFrom} (full) to {@code fadeTo}
     * (gone); the fade runs over the whole bar even where the rectangle is cut to the view.
     */
    record Fade(double x, double y, double w, double h, Ink ink, double fadeFrom, double fadeTo) implements Draw {
    }

    /** Until the matching {@link Unclip}, nothing is drawn outside this rectangle. */
    record Clip(double x, double y, double w, double h) implements Draw {
    }

    record Unclip() implements Draw {
    }
}
