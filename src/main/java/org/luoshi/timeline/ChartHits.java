package org.luoshi.timeline;

import java.time.LocalDate;
import org.luoshi.timeline.ChartItem.Bar;
import org.luoshi.timeline.ChartItem.Mark;
import org.luoshi.timeline.ChartItem.MilestoneItem;

/**
 * Finds what is under a point of the surface, from the same rows, scale and frame the drawing was
 * built from: the row by arithmetic, then only that row's few items.
 */
public final class ChartHits {
    /** How far from a bar's end or a mark the pointer may be and still grab it. */
    static final double GRAB = 5;

    private ChartHits() {
    }

    public static ChartHit at(TimelineRows rows, TimeScale scale, ChartFrame f, ChartMetrics m, double x, double y) {
        if (x < f.left() || x > f.left() + f.width() || y < f.top() || y > f.top() + f.height()) {
            return ChartHit.NONE;
        }
        if (y < f.bodyTop()) {
            return new ChartHit(x < f.chartLeft() ? ChartHit.Area.CORNER : ChartHit.Area.HEADER, -1, null, null, null);
        }
        int row = (int) Math.floor((y - f.bodyTop() + f.scrollY()) / m.rowHeight());
        if (row < 0 || row >= rows.size()) {
            return new ChartHit(x < f.chartLeft() ? ChartHit.Area.NAME : ChartHit.Area.BODY, -1, null, null, null);
        }
        TimelineNode node = rows.node(row);
        if (x < f.chartLeft()) {
            double d = ChartDrawing.disclosureX(node, f.left(), m);
            boolean onTriangle = node.hasChildren() && x >= d - 4 && x <= d + m.textSize();
            return new ChartHit(onTriangle ? ChartHit.Area.DISCLOSURE : ChartHit.Area.NAME, row, node, null, null);
        }
        if (node.task() == null) {
            return new ChartHit(ChartHit.Area.BODY, row, node, null, null);
        }
        double chartX = f.chartX(x);
        double mid = f.rowTop(row, m.rowHeight()) + m.rowHeight() / 2;
        double dy = Math.abs(y - mid);
        DragTarget best = null;
        ChartHit.Edge edge = null;
        double bestDistance = Double.MAX_VALUE;
        // Milestones first: a diamond sitting on a bar's end is what the eye aims at.
        double r = m.diamondRadius() + 3;
        for (ChartItem item : node.items()) {
            if (item instanceof MilestoneItem mi && dy <= r) {
                double d = Math.abs(chartX - scale.centre(mi.milestone().date()));
                if (d <= r && d < bestDistance) {
                    best = mi.handle();
                    edge = ChartHit.Edge.MIDDLE;
                    bestDistance = d;
                }
            }
        }
        if (best == null && dy <= m.barHeight() / 2 + GRAB) {
            for (ChartItem item : node.items()) {
                if (item instanceof Bar bar) {
                    if (bar.endHandle() != null) {
                        double d = Math.abs(chartX - scale.end(bar.end()));
                        if (d <= GRAB && d < bestDistance) {
                            best = bar.endHandle();
                            edge = ChartHit.Edge.END;
                            bestDistance = d;
                        }
                    }
                    if (bar.startHandle() != null) {
                        double d = Math.abs(chartX - scale.x(bar.start()));
                        if (d <= GRAB && d < bestDistance) {
                            best = bar.startHandle();
                            edge = ChartHit.Edge.START;
                            bestDistance = d;
                        }
                    }
                } else if (item instanceof Mark mark && mark.handle() != null) {
                    double d = Math.abs(chartX - scale.centre(mark.date()));
                    if (d <= GRAB && d < bestDistance) {
                        best = mark.handle();
                        edge = ChartHit.Edge.MIDDLE;
                        bestDistance = d;
                    }
                }
            }
        }
        return new ChartHit(ChartHit.Area.BODY, row, node, best, edge);
    }

    /**
     * The day a handle dropped at chart x lands on: the day under it for a milestone or mark; the
     * day whose left edge is nearest for a bar's start; the day whose right edge is nearest for its end.
     */
    public static LocalDate dayFor(TimeScale scale, ChartHit.Edge edge, double chartX) {
        long origin = scale.origin().toEpochDay();
        return switch (edge) {
            case MIDDLE -> scale.dateAt(chartX);
            case START -> LocalDate.ofEpochDay(origin + Math.round(chartX / scale.pixelsPerDay()));
            case END -> LocalDate.ofEpochDay(origin + Math.round(chartX / scale.pixelsPerDay()) - 1);
        };
    }
}
