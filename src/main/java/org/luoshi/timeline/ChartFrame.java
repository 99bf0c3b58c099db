package org.luoshi.timeline;

/**
 * Where the chart goes on the surface and which part of it shows: the name column and the header
 * stay put, the body shows the chart from {@code (scrollX, scrollY)} on.
 *
 * @param left    left edge of the name column on the surface
 * @param top     top of the header on the surface
 * @param width   name column and chart together
 * @param height  header and body together
 * @param scrollX chart x at the body's left edge
 * @param scrollY row y (0 = top of the first row) at the body's top edge
 */
public record ChartFrame(double left, double top, double width, double height, double nameWidth,
        double headerHeight, double scrollX, double scrollY) {

    public double chartLeft() {
        return left + nameWidth;
    }

    public double chartWidth() {
        return Math.max(0, width - nameWidth);
    }

    public double bodyTop() {
        return top + headerHeight;
    }

    public double bodyHeight() {
        return Math.max(0, height - headerHeight);
    }

    /** Surface x of chart x. */
    public double surfaceX(double chartX) {
        return chartLeft() + chartX - scrollX;
    }

    /** Chart x of surface x. */
    public double chartX(double surfaceX) {
        return surfaceX - chartLeft() + scrollX;
    }

    /** Surface y of the top of {@code row}. */
    public double rowTop(int row, double rowHeight) {
        return bodyTop() + row * rowHeight - scrollY;
    }
}
