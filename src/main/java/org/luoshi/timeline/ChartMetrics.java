package org.luoshi.timeline;

/**
 * Sizes of the chart: rows, header, the task-name column, text. Pixels on screen, points on paper.
 *
 * @param tierHeight height of one header tier; the header has two
 * @param indent     indentation of the name column per outline level
 */
public record ChartMetrics(double rowHeight, double tierHeight, double nameWidth, double indent, double textSize,
        double headerTextSize, double smallTextSize, double barHeight, double diamondRadius) {

    public static final ChartMetrics SCREEN = new ChartMetrics(24, 22, 260, 14, 12.5, 11.5, 10.5, 10, 7);
    public static final ChartMetrics PRINT = new ChartMetrics(15, 13, 200, 9, 7.5, 7, 6, 6.5, 4.5);

    public double headerHeight() {
        return 2 * tierHeight;
    }

    public ChartMetrics withNameWidth(double width) {
        return new ChartMetrics(rowHeight, tierHeight, width, indent, textSize, headerTextSize, smallTextSize,
                barHeight, diamondRadius);
    }
}
