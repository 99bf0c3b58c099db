package org.luoshi.paper;

import java.util.Objects;

/**
 * A sheet of paper in points (1/72 inch), turned as {@code orientation}, with the margins the
 * content keeps. Width and height are those of the paper as it lies: landscape swaps them. The one
 * page setup of every printed thing: task sheets, the timeline's pages, the printer's paper.
 *
 * @param paperWidth  the short side of the paper
 * @param paperHeight the long side of the paper
 */
public record PageSetup(double paperWidth, double paperHeight, Orientation orientation, Margins margins) {

    /** A4: 210 × 297 mm. */
    public static final double A4_WIDTH = Paper.A4.width();
    public static final double A4_HEIGHT = Paper.A4.height();
    /** Two papers whose sides differ by less than this many points are the same paper. */
    private static final double SAME = 2.0;

    public PageSetup {
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(margins, "margins");
        if (paperWidth <= 0 || paperHeight <= 0) {
            throw new IllegalArgumentException("paper size must be positive");
        }
        double shortSide = Math.min(paperWidth, paperHeight);
        double longSide = Math.max(paperWidth, paperHeight);
        paperWidth = shortSide;
        paperHeight = longSide;
        if (margins.left() + margins.right() >= shortSide / 2 || margins.top() + margins.bottom() >= shortSide / 2) {
            throw new IllegalArgumentException("margins leave too little of the page");
        }
    }

    /** {@code paper} turned as {@code orientation}, with {@code margins}. */
    public static PageSetup of(Paper paper, Orientation orientation, Margins margins) {
        return new PageSetup(paper.width(), paper.height(), orientation, margins);
    }

    /** A4 with the margins Luoshi prints sheets with (18 mm at the sides, 20 mm top and bottom). */
    public static PageSetup a4(Orientation orientation) {
        return of(Paper.A4, orientation, Margins.STANDARD);
    }

    /** The same paper and margins, turned the other way if asked. */
    public PageSetup turned(Orientation o) {
        return new PageSetup(paperWidth, paperHeight, o, margins);
    }

    /**
     * Whether this is the paper {@code width} × {@code height}, either way round, within a point or two
     * (as printers report sizes).
     */
    public boolean isPaper(double width, double height) {
        return Math.abs(Math.min(width, height) - paperWidth) < SAME
                && Math.abs(Math.max(width, height) - paperHeight) < SAME;
    }

    public boolean landscape() {
        return orientation == Orientation.LANDSCAPE;
    }

    /** Width of the page as it lies. */
    public double width() {
        return orientation == Orientation.PORTRAIT ? paperWidth : paperHeight;
    }

    /** Height of the page as it lies. */
    public double height() {
        return orientation == Orientation.PORTRAIT ? paperHeight : paperWidth;
    }

    /** Width between the side margins. */
    public double contentWidth() {
        return width() - margins.left() - margins.right();
    }

    /** Height between the top and bottom margins. */
    public double contentHeight() {
        return height() - margins.top() - margins.bottom();
    }

    public static double mm(double millimetres) {
        return millimetres / 25.4 * 72;
    }

    /** Margins in points. */
    public record Margins(double top, double right, double bottom, double left) {
        public static final Margins STANDARD = new Margins(mm(20), mm(18), mm(20), mm(18));

        public Margins {
            if (top < 0 || right < 0 || bottom < 0 || left < 0) {
                throw new IllegalArgumentException("margins cannot be negative");
            }
        }

        /** The same margin on every side. */
        public static Margins all(double points) {
            return new Margins(points, points, points, points);
        }
    }
}
