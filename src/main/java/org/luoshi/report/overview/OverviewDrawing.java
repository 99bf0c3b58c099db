package org.luoshi.report.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.luoshi.paper.Colour;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.Rgb;
import org.luoshi.paper.TextMeasurer;
import org.luoshi.report.PaceClass;

/**
 * The overview on A4 landscape pages, as positioned primitives for the PDF and the printer (the
 * screen has its own charts): the first page has the counts per class, the shares as one bar and a
 * stacked bar per unit; the next pages the per-unit table, the late reporters and the trend. Always
 * in Chinese, as documents are. Pure; tests read the primitives.
 */
public final class OverviewDrawing {
    static final PageSetup PAGE = PageSetup.a4(Orientation.LANDSCAPE);
    private static final Rgb INK = Rgb.BLACK;
    private static final Rgb GREY = Rgb.gray(0.4);
    private static final Rgb RULE = Rgb.gray(0.75);
    private static final Rgb PALE = Rgb.gray(0.96);
    private static final double ROW = 16;

    private final Overview o;
    private final TextMeasurer measure;
    private final List<Drawing> pages = new ArrayList<>();
    private List<Draw> items;
    private double y;

    private OverviewDrawing(Overview o, TextMeasurer measure) {
        this.o = o;
        this.measure = measure;
    }

    /** The pages of {@code o}, text fitted with {@code measure}. */
    public static List<Drawing> pages(Overview o, TextMeasurer measure) {
        OverviewDrawing d = new OverviewDrawing(o, measure);
        d.first();
        d.table();
        d.finish();
        return List.copyOf(d.pages);
    }

    private double left() {
        return PAGE.margins().left();
    }

    private double right() {
        return PAGE.width() - PAGE.margins().right();
    }

    private double bottom() {
        return PAGE.height() - PAGE.margins().bottom();
    }

    private void newPage() {
        finish();
        items = new ArrayList<>();
        y = PAGE.margins().top();
        text(left(), y + 10, "统计：" + o.title(), INK, 15, true);
        String sub = "截至 " + zh(o.today()) + " · 共 " + o.counts().total() + " 项任务 · 序时容差 "
                + o.allowance() + " 个百分点" + (o.unit() == null ? "" : " · 单位：" + o.unit());
        text(left(), y + 30, sub, GREY, 9, false);
        y += 44;
    }

    private void finish() {
        if (items != null) {
            int n = pages.size() + 1;
            items.add(new Draw.Text(right() - 40, bottom() + 14, "第 " + n + " 页", GREY, 8, false));
            pages.add(new Drawing(PAGE.width(), PAGE.height(), items));
            items = null;
        }
    }

    private void first() {
        newPage();
        // The tiles: all, then one per class.
        double w = (right() - left() - 7 * 6) / 8;
        double x = left();
        tile(x, "合计", o.counts().total(), 100, INK);
        for (PaceClass c : PaceClass.values()) {
            x += w + 6;
            tile(x, c.chinese(), o.counts().count(c), o.counts().percent(c), PaceInk.of(c));
        }
        y += 62;
        // The shares as one bar.
        heading("各类占比");
        double full = right() - left();
        double bx = left();
        for (PaceClass c : PaceClass.values()) {
            double share = o.counts().total() == 0 ? 0 : full * o.counts().count(c) / o.counts().total();
            if (share > 0) {
                items.add(new Draw.Rect(bx, y, share, 14, PaceInk.of(c)));
                bx += share;
            }
        }
        y += 20;
        legend();
        y += 10;
        // A stacked bar per unit, as many as fit.
        heading("各单位任务序时情况（全部角色）");
        double nameW = 150;
        double barW = full - nameW - 40;
        int max = o.units().stream().mapToInt(r -> r.of(RoleScope.ALL).total()).max().orElse(1);
        for (UnitRow r : o.units()) {
            if (y + ROW > bottom()) {
                break;
            }
            text(left(), y + ROW / 2, fit(r.unit(), 9, nameW - 6), INK, 9, false);
            double ux = left() + nameW;
            PaceCounts counts = r.of(RoleScope.ALL);
            for (PaceClass c : PaceClass.values()) {
                double seg = barW * counts.count(c) / Math.max(1, max);
                if (seg > 0) {
                    items.add(new Draw.Rect(ux, y + 3, seg, ROW - 6, PaceInk.of(c)));
                    ux += seg;
                }
            }
            text(ux + 4, y + ROW / 2, String.valueOf(counts.total()), GREY, 8, false);
            y += ROW;
        }
    }

    private void tile(double x, String name, int count, double percent, Colour ink) {
        double w = (right() - left() - 7 * 6) / 8;
        items.add(new Draw.Rect(x, y, w, 54, PALE));
        items.add(new Draw.Rect(x, y, 4, 54, ink));
        text(x + 10, y + 12, name, INK, 9, false);
        text(x + 10, y + 30, String.valueOf(count), INK, 17, true);
        text(x + 10, y + 46, String.format(Locale.ROOT, "%.1f%%", percent), GREY, 8, false);
    }

    private void legend() {
        double x = left();
        for (PaceClass c : PaceClass.values()) {
            items.add(new Draw.Rect(x, y, 9, 9, PaceInk.of(c)));
            String label = c.chinese() + " " + o.counts().count(c);
            text(x + 12, y + 4.5, label, INK, 8, false);
            x += 12 + measure.width(label, 8) + 14;
        }
        y += 14;
    }

    private void heading(String words) {
        text(left(), y + 8, words, INK, 11, true);
        y += 20;
    }

    private void table() {
        newPage();
        heading("各单位任务序时情况");
        String[] head = new String[PaceClass.values().length + 3];
        head[0] = "单位";
        head[1] = "合计";
        for (PaceClass c : PaceClass.values()) {
            head[2 + c.ordinal()] = c.chinese();
        }
        head[head.length - 1] = "其中牵头";
        double nameW = 200;
        double colW = (right() - left() - nameW) / (head.length - 1);
        row(head, nameW, colW, true);
        for (UnitRow r : o.units()) {
            if (y + ROW > bottom()) {
                newPage();
                heading("各单位任务序时情况（续）");
                row(head, nameW, colW, true);
            }
            PaceCounts c = r.of(RoleScope.ALL);
            String[] cells = new String[head.length];
            cells[0] = r.unit();
            cells[1] = String.valueOf(c.total());
            for (PaceClass p : PaceClass.values()) {
                cells[2 + p.ordinal()] = String.valueOf(c.count(p));
            }
            cells[head.length - 1] = String.valueOf(r.of(RoleScope.LEAD).total());
            row(cells, nameW, colW, false);
        }
        y += 10;
        if (!o.late().isEmpty()) {
            need(3);
            heading("最近一轮逾期或未报送的单位（" + o.late().size() + " 个）");
            for (LateReporter l : o.late()) {
                need(1);
                String when = l.received() == null ? "" : "，" + zh(l.received()) + " 报送";
                text(left(), y + ROW / 2, fit(l.period() + " · " + l.unit() + " · " + l.state().chinese() + when,
                        9, right() - left()), INK, 9, false);
                y += ROW;
            }
            y += 10;
        }
        if (!o.trend().isEmpty()) {
            need(3);
            heading("各轮截止日完成情况");
            String[] th = {"截止日", "期次", "完成/总数", "完成率", "平均进度"};
            row(th, 200, (right() - left() - 200) / 4, true);
            for (TrendPoint p : o.trend()) {
                need(1);
                row(new String[] {zh(p.date()), p.label(), p.done() + "/" + p.tasks(),
                        String.format(Locale.ROOT, "%.1f%%", p.donePercent()),
                        String.format(Locale.ROOT, "%.1f%%", p.meanPercent())}, 200, (right() - left() - 200) / 4, false);
            }
        }
    }

    private void need(int rows) {
        if (y + rows * ROW > bottom()) {
            newPage();
        }
    }

    private void row(String[] cells, double firstW, double colW, boolean head) {
        if (head) {
            items.add(new Draw.Rect(left(), y, right() - left(), ROW, PALE));
        }
        double x = left();
        for (int i = 0; i < cells.length; i++) {
            double w = i == 0 ? firstW : colW;
            String t = fit(cells[i], 9, w - 6);
            text(x + 3, y + ROW / 2, t, INK, 9, head);
            x += w;
        }
        items.add(new Draw.Line(left(), y + ROW, right(), y + ROW, RULE, 0.5));
        y += ROW;
    }

    private String fit(String text, double size, double width) {
        String t = measure.showable(text);
        if (measure.width(t, size) <= width) {
            return t;
        }
        while (!t.isEmpty() && measure.width(t + "…", size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** A date as documents print it, whatever the interface language: 2023年3月28日. */
    static String zh(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void text(double x, double middle, String t, Colour ink, double size, boolean bold) {
        items.add(new Draw.Text(x, middle, measure.showable(t), ink, size, bold));
    }
}
