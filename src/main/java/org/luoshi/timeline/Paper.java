package org.luoshi.timeline;

/** Paper sizes in points (1/72 inch), portrait. */
public enum Paper {
    A4(595.28, 841.89), A3(841.89, 1190.55);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
