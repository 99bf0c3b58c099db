package org.luoshi.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.timeline.ChartItem.Bar;
import org.luoshi.timeline.ChartItem.Mark;
import org.luoshi.timeline.ChartItem.MilestoneItem;

/**
 * Lays out the part of the chart a frame shows as positioned primitives: row shading, weekends,
 * grid, bars, marks, milestones with their dates, today's line, the date header and the task-name
 * column. Only the rows and days inside the frame are looked at: the work follows the size of the
 * view, not of the plan. The screen paints the result on a canvas; a PDF page paints it with PDFBox.
 */
public final class ChartDrawing {
    /** Chart x left of the view still looked at, so the date beside an item just off screen shows. */
    static final double CULL_MARGIN = 140;
    /** Space kept between a label and what follows it. */
    static final double LABEL_GAP = 3;
    /** Length of a dash (and of the gap after it) of the ghost of a moved deadline. */
    static final double GHOST_DASH = 3;

    private final TimelineRows rows;
    private final TimeScale scale;
    private final ChartFrame f;
    private final ChartMetrics m;
    private final ChartState s;
    private final TextMeasure measure;
    private final List<Draw> out;
    private final double dx;
    private final int firstRow;
    private final int endRow;
    private double guideX = Double.NaN;

    private ChartDrawing(TimelineRows rows, TimeScale scale, ChartFrame f, ChartMetrics m, ChartState s,
            TextMeasure measure, List<Draw> out) {
        this.rows = rows;
        this.scale = scale;
        this.f = f;
        this.m = m;
        this.s = s;
        this.measure = measure;
        this.out = out;
        this.dx = f.chartLeft() - f.scrollX();
        this.firstRow = Math.max(0, (int) Math.floor(f.scrollY() / m.rowHeight()));
        // A hair off so that a page holding rows [a, b) exactly does not reach into row b.
        this.endRow = Math.min(rows.size(), (int) Math.ceil((f.scrollY() + f.bodyHeight()) / m.rowHeight() - 1e-6));
    }

    /** The frame's part of the chart, on its own. */
    public static Drawing build(TimelineRows rows, TimeScale scale, ChartFrame frame, ChartMetrics metrics,
            ChartState state, TextMeasure measure) {
        List<Draw> out = new ArrayList<>(512);
        appendTo(out, rows, scale, frame, metrics, state, measure);
        return new Drawing(frame.left() + frame.width(), frame.top() + frame.height(), out);
    }

    /** Adds the frame's part of the chart to {@code out} (a page adds its title and footer around it). */
    public static void appendTo(List<Draw> out, TimelineRows rows, TimeScale scale, ChartFrame frame,
            ChartMetrics metrics, ChartState state, TextMeasure measure) {
        new ChartDrawing(rows, scale, frame, metrics, state, measure, out).draw();
    }

    /** The rows the frame shows, {@code [first, end)}. */
    public static int[] visibleRows(TimelineRows rows, ChartFrame frame, ChartMetrics metrics) {
        ChartDrawing d = new ChartDrawing(rows, new TimeScale(LocalDate.EPOCH, 1), frame, metrics,
                new ChartState(null, 0, null, ""), TextMeasure.APPROXIMATE, new ArrayList<>());
        return new int[] {d.firstRow, d.endRow};
    }

    private void draw() {
        out.add(new Draw.Rect(f.left(), f.top(), f.width(), f.height(), Ink.BACKGROUND));
        body();
        header();
        names();
        corner();
        out.add(new Draw.Line(f.chartLeft(), f.top(), f.chartLeft(), f.top() + f.height(), Ink.GRID_STRONG, 1));
        out.add(new Draw.Line(f.left(), f.bodyTop(), f.left() + f.width(), f.bodyTop(), Ink.GRID_STRONG, 1));
    }

    // ---- body --------------------------------------------------------------------------------

    private void body() {
        double cl = f.chartLeft();
        double cw = f.chartWidth();
        out.add(new Draw.Clip(cl, f.bodyTop(), cw, f.bodyHeight()));
        // Weekends first: a heading's tint or the selection covers them.
        Zoom zoom = scale.zoom();
        if (zoom == Zoom.WEEKS || zoom == Zoom.DAYS) {
            weekends();
        }
        for (int i = firstRow; i < endRow; i++) {
            rowBackground(i, cl, cw);
        }
        grid(zoom);
        for (int i = firstRow; i < endRow; i++) {
            double top = f.rowTop(i, m.rowHeight());
            out.add(new Draw.Line(cl, top + m.rowHeight(), cl + cw, top + m.rowHeight(), Ink.ROW_LINE, 1));
            items(rows.node(i), top);
        }
        if (s.today() != null) {
            double x = dx + scale.centre(s.today());
            if (x >= cl && x <= cl + cw) {
                out.add(new Draw.Line(x, f.bodyTop(), x, f.bodyTop() + f.bodyHeight(), Ink.TODAY, 1.5));
            }
        }
        if (!Double.isNaN(guideX)) {
            for (double y = f.bodyTop(); y < f.bodyTop() + f.bodyHeight(); y += 8) {
                out.add(new Draw.Line(guideX, y, guideX, Math.min(y + 4, f.bodyTop() + f.bodyHeight()), Ink.OUTLINE, 1));
            }
        }
        out.add(new Draw.Unclip());
    }

    private void rowBackground(int row, double x, double w) {
        TimelineNode node = rows.node(row);
        Ink ink;
        if (node.task() != null && node.task().id() == s.selectedTaskId()) {
            ink = Ink.SELECTION;
        } else {
            ink = switch (node.kind()) {
                case PART, LANE, GROUP -> Ink.PART_BACKGROUND;
                case SECTION -> Ink.SECTION_BACKGROUND;
                case TASK -> node.band() == 1 ? Ink.LANE_BACKGROUND : null;
            };
        }
        if (ink != null) {
            out.add(new Draw.Rect(x, f.rowTop(row, m.rowHeight()), w, m.rowHeight(), ink));
        }
    }

    private void weekends() {
        double from = f.scrollX();
        double to = f.scrollX() + f.chartWidth();
        for (TimeCell week : scale.cells(Step.WEEK, from, to)) {
            LocalDate saturday = week.start().plusDays(5);
            double x0 = dx + scale.x(saturday);
            double x1 = dx + scale.x(saturday.plusDays(2));
            out.add(new Draw.Rect(x0, f.bodyTop(), x1 - x0, f.bodyHeight(), Ink.WEEKEND));
        }
    }

    private void grid(Zoom zoom) {
        double from = f.scrollX();
        double to = f.scrollX() + f.chartWidth();
        double top = f.bodyTop();
        double bottom = top + f.bodyHeight();
        List<Step> tiers = zoom.tiers();
        for (int t = tiers.size() - 1; t >= 0; t--) {
            Ink ink = t == 0 ? Ink.GRID_STRONG : Ink.GRID;
            for (TimeCell cell : scale.cells(tiers.get(t), from, to)) {
                double x = dx + cell.x0();
                out.add(new Draw.Line(x, top, x, bottom, ink, 1));
            }
        }
    }

    private void items(TimelineNode node, double top) {
        List<ChartItem> items = node.items();
        if (items.isEmpty()) {
            return;
        }
        DragPreview preview = s.preview();
        boolean dragged = preview != null && node.task() != null && node.task().id() == preview.taskId();
        long dayFrom = scale.epochDayAt(f.scrollX() - CULL_MARGIN);
        long dayTo = scale.epochDayAt(f.scrollX() + f.chartWidth()) + 1;
        double mid = top + m.rowHeight() / 2;
        Ink ink = Ink.of(node.light() == null ? null : node.light().color());
        boolean selected = node.task() != null && node.task().id() == s.selectedTaskId();
        List<double[]> anchors = new ArrayList<>();
        List<PendingLabel> labels = new ArrayList<>();
        // Bars first, marks over them, milestones on top.
        for (int pass = 0; pass < 3; pass++) {
            for (ChartItem original : items) {
                ChartItem item = dragged ? original.moved(preview.target(), preview.date()) : original;
                if (item.lastDay() < dayFrom || item.firstDay() > dayTo) {
                    continue;
                }
                if (pass == 0 && item instanceof Bar bar) {
                    bar(node, bar, mid, ink, selected, labels);
                    if (dragged && preview.target().equals(bar.endHandle())) {
                        guideX = dx + scale.end(bar.end());
                    } else if (dragged && preview.target().equals(bar.startHandle())) {
                        guideX = dx + scale.x(bar.start());
                    }
                } else if (pass == 1 && item instanceof Mark mark) {
                    mark(mark, mid, ink, anchors, labels);
                    if (dragged && preview.target().equals(mark.handle())) {
                        guideX = dx + scale.centre(mark.date());
                    }
                } else if (pass == 2 && item instanceof MilestoneItem milestone) {
                    double cx = dx + scale.centre(milestone.milestone().date());
                    double r = m.diamondRadius();
                    out.add(new Draw.Diamond(cx, mid, r, ink, Ink.OUTLINE));
                    anchors.add(new double[] {cx - r, cx + r});
                    labels.add(new PendingLabel(cx + r + LABEL_GAP, ScaleLabels.monthDay(milestone.milestone().date())));
                    if (dragged && preview.target().equals(milestone.handle())) {
                        guideX = cx;
                    }
                }
            }
        }
        placeLabels(labels, anchors, mid);
        if (dragged && !Double.isNaN(guideX)) {
            String date = Dates.format(preview.date());
            double w = measure.width(date, m.smallTextSize(), true) + 8;
            double y = top - m.rowHeight() * 0.55;
            out.add(new Draw.Rect(guideX + 4, y, w, m.rowHeight() * 0.8, Ink.OUTLINE));
            out.add(new Draw.Text(guideX + 8, y + m.rowHeight() * 0.4, date, Ink.LABEL_BACKGROUND, m.smallTextSize(), true));
        }
    }

    private void bar(TimelineNode node, Bar bar, double mid, Ink ink, boolean selected, List<PendingLabel> labels) {
        double x0 = dx + scale.x(bar.start());
        double x1 = dx + scale.end(bar.end());
        if (x1 - x0 < 2) {
            x1 = x0 + 2;
        }
        double left = f.chartLeft() - 10;
        double right = f.chartLeft() + f.chartWidth() + 10;
        double cx0 = Math.max(x0, left);
        double cx1 = Math.min(x1, right);
        if (bar.endLabel()) {
            labels.add(new PendingLabel(x1 + LABEL_GAP, ScaleLabels.monthDay(bar.end())));
        }
        if (cx1 <= cx0) {
            return;
        }
        double h = m.barHeight();
        double y = mid - h / 2;
        switch (bar.style()) {
            case SOLID -> {
                out.add(new Draw.Rect(cx0, y, cx1 - cx0, h, ink));
                ProgressEntry progress = node.task() == null ? null : node.task().latestProgress();
                if (progress != null && progress.percent() > 0) {
                    double done = Math.min(x1, x0 + (x1 - x0) * progress.percent() / 100.0);
                    if (done > cx0) {
                        out.add(new Draw.Rect(cx0, y + h * 0.62, Math.min(done, cx1) - cx0, h * 0.38, Ink.PROGRESS));
                    }
                }
            }
            case FADING -> out.add(new Draw.Fade(cx0, y, cx1 - cx0, h, ink, x0, x1));
            case HATCHED -> out.add(new Draw.Hatch(cx0, y, cx1 - cx0, h, ink, dx));
            case SUMMARY -> {
                double sh = Math.max(3, h * 0.45);
                out.add(new Draw.Rect(cx0, mid - sh / 2, cx1 - cx0, sh, Ink.SUMMARY));
                double t = sh * 1.1;
                out.add(new Draw.Triangle(x0, mid + sh / 2, x0 + t, mid + sh / 2, x0, mid + sh / 2 + t, Ink.SUMMARY));
                out.add(new Draw.Triangle(x1, mid + sh / 2, x1 - t, mid + sh / 2, x1, mid + sh / 2 + t, Ink.SUMMARY));
            }
        }
        if (selected && bar.style() != BarStyle.SUMMARY) {
            out.add(new Draw.StrokeRect(cx0, y, cx1 - cx0, h, Ink.OUTLINE, 1.5));
        }
    }

    private void mark(Mark mark, double mid, Ink ink, List<double[]> anchors, List<PendingLabel> labels) {
        double cx = dx + scale.centre(mark.date());
        double h = m.barHeight();
        switch (mark.kind()) {
            case DUE -> {
                out.add(new Draw.Line(cx, mid - h / 2 - 2, cx, mid + h / 2 + 2, Ink.OUTLINE, 2));
                anchors.add(new double[] {cx - 2, cx + 2});
                labels.add(new PendingLabel(cx + LABEL_GAP + 1, ScaleLabels.monthDay(mark.date())));
            }
            case RECURRING -> {
                double t = h * 0.55;
                double y = mid - h / 2 - 1;
                out.add(new Draw.Triangle(cx - t, y - t, cx + t, y - t, cx, y + t * 0.6, Ink.OUTLINE));
                anchors.add(new double[] {cx - t, cx + t});
            }
            case ORIGINAL -> {
                // The ghost of the original end: a faint dashed upright at the end of its day, 原定 and the date.
                double x = dx + scale.end(mark.date());
                double y0 = mid - h / 2 - 4;
                double y1 = mid + h / 2 + 4;
                for (double y = y0; y < y1; y += GHOST_DASH * 2) {
                    out.add(new Draw.Line(x, y, x, Math.min(y + GHOST_DASH, y1), Ink.GHOST, 1.5));
                }
                anchors.add(new double[] {x - 2, x + 2});
                labels.add(new PendingLabel(x + LABEL_GAP, Messages.get("timeline.mark.original",
                        ScaleLabels.monthDay(mark.date()))));
            }
            case WITHIN -> {
                double r = h * 0.45;
                out.add(new Draw.Dot(cx, mid, r, Ink.LABEL_BACKGROUND, Ink.OUTLINE));
                anchors.add(new double[] {cx - r, cx + r});
                labels.add(new PendingLabel(cx + r + LABEL_GAP, mark.phrase()));
            }
        }
    }

    /**
     * Writes each label where it fits: not over another mark or diamond of the row, not over the
     * label before it. A white box behind it keeps it readable over a bar.
     */
    private void placeLabels(List<PendingLabel> labels, List<double[]> anchors, double mid) {
        if (labels.isEmpty()) {
            return;
        }
        labels.sort((a, b) -> Double.compare(a.x, b.x));
        double size = m.smallTextSize();
        double lastEnd = Double.NEGATIVE_INFINITY;
        double viewRight = f.chartLeft() + f.chartWidth();
        for (PendingLabel label : labels) {
            double w = measure.width(label.text, size, false);
            double end = label.x + w;
            if (label.x < lastEnd + LABEL_GAP || label.x < f.chartLeft() || end > viewRight) {
                continue;
            }
            boolean blocked = false;
            for (double[] a : anchors) {
                if (a[1] > label.x && a[0] < end + LABEL_GAP) {
                    blocked = true;
                    break;
                }
            }
            if (blocked) {
                continue;
            }
            double h = size * 1.25;
            out.add(new Draw.Rect(label.x - 1, mid - h / 2, w + 2, h, Ink.LABEL_BACKGROUND));
            out.add(new Draw.Text(label.x, mid, label.text, Ink.TEXT_MUTED, size, false));
            lastEnd = end;
        }
    }

    private record PendingLabel(double x, String text) {
    }

    // ---- header ------------------------------------------------------------------------------

    private void header() {
        double cl = f.chartLeft();
        double cw = f.chartWidth();
        double top = f.top();
        out.add(new Draw.Clip(cl, top, cw, f.headerHeight()));
        out.add(new Draw.Rect(cl, top, cw, f.headerHeight(), Ink.HEADER_BACKGROUND));
        List<Step> tiers = scale.zoom().tiers();
        double tierH = f.headerHeight() / tiers.size();
        double size = m.headerTextSize();
        for (int t = 0; t < tiers.size(); t++) {
            Step step = tiers.get(t);
            boolean coarse = t < tiers.size() - 1;
            double y0 = top + t * tierH;
            for (TimeCell cell : scale.cells(step, f.scrollX(), f.scrollX() + cw)) {
                double x0 = dx + cell.x0();
                double x1 = dx + cell.x1();
                if (step == Step.DAY && cell.start().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0) {
                    out.add(new Draw.Rect(x0, y0, x1 - x0, tierH, Ink.WEEKEND));
                }
                out.add(new Draw.Line(x0, y0, x0, y0 + tierH, Ink.GRID_STRONG, 1));
                String label = ScaleLabels.label(step, cell.start(), coarse);
                // Kept inside both its cell and the view: a label is whole or not there.
                double lx = Math.max(x0, cl) + 4;
                if (lx + measure.width(label, size, coarse) <= Math.min(x1, cl + cw) - 3) {
                    out.add(new Draw.Text(lx, y0 + tierH / 2, label, Ink.HEADER_TEXT, size, coarse));
                }
            }
            if (coarse) {
                out.add(new Draw.Line(cl, y0 + tierH, cl + cw, y0 + tierH, Ink.GRID_STRONG, 1));
            }
        }
        if (s.today() != null) {
            double x = dx + scale.centre(s.today());
            double bottom = top + f.headerHeight();
            out.add(new Draw.Triangle(x - 5, bottom, x + 5, bottom, x, bottom - 6, Ink.TODAY));
        }
        out.add(new Draw.Unclip());
    }

    // ---- name column -------------------------------------------------------------------------

    private void names() {
        double left = f.left();
        double nw = f.nameWidth();
        if (nw <= 0) {
            return;
        }
        out.add(new Draw.Clip(left, f.bodyTop(), nw, f.bodyHeight()));
        double size = m.textSize();
        for (int i = firstRow; i < endRow; i++) {
            TimelineNode node = rows.node(i);
            rowBackground(i, left, nw);
            double top = f.rowTop(i, m.rowHeight());
            double mid = top + m.rowHeight() / 2;
            out.add(new Draw.Line(left, top + m.rowHeight(), left + nw, top + m.rowHeight(), Ink.ROW_LINE, 1));
            double x = disclosureX(node, left, m);
            if (node.hasChildren()) {
                double a = size * 0.32;
                if (rows.isOpen(i)) {
                    out.add(new Draw.Triangle(x, mid - a * 0.6, x + 2 * a, mid - a * 0.6, x + a, mid + a * 0.9, Ink.TEXT_MUTED));
                } else {
                    out.add(new Draw.Triangle(x + a * 0.4, mid - a, x + a * 0.4, mid + a, x + a * 1.9, mid, Ink.TEXT_MUTED));
                }
            }
            double tx = x + size * 0.9;
            double room = left + nw - 6;
            switch (node.kind()) {
                case TASK -> {
                    double r = size * 0.28;
                    out.add(new Draw.Dot(tx + r, mid, r, Ink.of(node.light() == null ? null : node.light().color()), null));
                    tx += 2 * r + size * 0.4;
                    out.add(new Draw.Text(tx, mid, node.number(), Ink.TEXT_MUTED, size, false));
                    tx += measure.width(node.number(), size, false) + size * 0.5;
                    text(tx, mid, node.text(), room - tx, Ink.TEXT, size, false);
                }
                case PART -> text(tx, mid, node.number() + node.text(), room - tx, Ink.ACCENT, size, true);
                case SECTION -> text(tx, mid, node.number() + node.text(), room - tx, Ink.TEXT, size, true);
                case LANE, GROUP -> {
                    String count = "（" + node.taskCount() + "）";
                    double cw = measure.width(count, size, false);
                    String name = measure.fit(node.text(), room - tx - cw, size, true);
                    out.add(new Draw.Text(tx, mid, name, Ink.TEXT, size, true));
                    out.add(new Draw.Text(tx + measure.width(name, size, true), mid, count, Ink.TEXT_MUTED, size, false));
                }
            }
        }
        out.add(new Draw.Unclip());
    }

    /** Left edge of the row's expand/collapse triangle (where its text would start without one). */
    public static double disclosureX(TimelineNode node, double left, ChartMetrics metrics) {
        return left + 6 + node.depth() * metrics.indent();
    }

    private void text(double x, double mid, String text, double room, Ink ink, double size, boolean bold) {
        String shown = measure.fit(text, room, size, bold);
        if (!shown.isEmpty()) {
            out.add(new Draw.Text(x, mid, shown, ink, size, bold));
        }
    }

    private void corner() {
        if (f.nameWidth() <= 0) {
            return;
        }
        out.add(new Draw.Rect(f.left(), f.top(), f.nameWidth(), f.headerHeight(), Ink.HEADER_BACKGROUND));
        String title = measure.fit(s.cornerTitle(), f.nameWidth() - 16, m.headerTextSize(), true);
        out.add(new Draw.Text(f.left() + 8, f.top() + f.headerHeight() / 2, title, Ink.HEADER_TEXT,
                m.headerTextSize(), true));
    }
}
