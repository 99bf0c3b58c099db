package org.luoshi.paper;

/** The paper sizes Luoshi prints on, in points (1/72 inch, to a hundredth), short side first. */
public enum Paper {
    /** 210 × 297 mm. */
    A4(595.28, 841.89),
    /** 297 × 420 mm. */
    A3(841.89, 1190.55);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The short side. */
    public double width() {
        return width;
    }

    /** The long side. */
    public double height() {
        return height;
    }
}
