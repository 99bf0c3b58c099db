package org.luoshi.report.bulletin;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.Rgb;
import org.luoshi.paper.TextMeasurer;
import org.luoshi.sheets.layout.LineBreaker;

/**
 * The bulletin laid out on A4 pages as positioned primitives (pure: the PDF painter and a preview
 * can both draw them), with the Word document's layout: the GB/T 9704 margins, the red 版头 and line,
 * the title, body lines 28.95 points apart with the first line indented two characters, headings
 * drawn bold, tables whose rows are never cut (the header row repeated on a new page), each
 * attachment on a new page, "— 1 —" page numbers. Widths come from the font the PDF embeds.
 */
public final class BulletinPages {
    private static final Rgb INK = Rgb.BLACK;
    private static final Rgb RED = new Rgb(BulletinWords.RED);
    private static final double ASCENT = 0.86;
    private static final double CELL_PAD = 4;
    private static final double TABLE_LINE = BulletinWords.TABLE_SIZE * 1.45;

    private final TextMeasurer measurer;
    private final LineBreaker breaker;
    private final double width = PageSetup.A4_WIDTH;
    private final double height = PageSetup.A4_HEIGHT;
    private final double left = PageSetup.mm(BulletinWords.LEFT_MM);
    private final double right = PageSetup.A4_WIDTH - PageSetup.mm(BulletinWords.RIGHT_MM);
    private final double top = PageSetup.mm(BulletinWords.TOP_MM);
    private final double bottom = PageSetup.A4_HEIGHT - PageSetup.mm(BulletinWords.BOTTOM_MM);

    private final List<Drawing> pages = new ArrayList<>();
    private List<Draw> items;
    private double y;

    private BulletinPages(TextMeasurer measurer) {
        this.measurer = measurer;
        this.breaker = new LineBreaker(measurer);
    }

    /** The pages of {@code b}, text measured by {@code measurer}. */
    public static List<Drawing> of(Bulletin b, TextMeasurer measurer) {
        BulletinPages p = new BulletinPages(measurer);
        p.lay(b);
        return p.pages;
    }

    private void lay(Bulletin b) {
        newPage();
        masthead(b.masthead());
        y += BulletinWords.LINE;
        for (String line : breaker.lines(b.title(), BulletinWords.TITLE_SIZE, right - left)) {
            line(BulletinWords.TITLE_SIZE * 1.5);
            centred(line, BulletinWords.TITLE_SIZE, false, INK, y - BulletinWords.TITLE_SIZE * 1.5);
        }
        y += BulletinWords.LINE;
        for (Bulletin.Block block : b.blocks()) {
            if (block instanceof Bulletin.Table t) {
                table(t);
            } else if (block instanceof Bulletin.Heading h) {
                paragraph(h.text(), true);
            } else if (block instanceof Bulletin.Subheading h) {
                paragraph(h.text(), true);
            } else if (block instanceof Bulletin.Paragraph p) {
                paragraph(p.text(), false);
            }
        }
        for (Bulletin.Annex a : b.annexes()) {
            finishPage();
            newPage();
            line(BulletinWords.LINE);
            text(left, y - BulletinWords.LINE, a.label(), BulletinWords.BODY_SIZE, true, INK, BulletinWords.LINE);
            for (String line : breaker.lines(a.title(), BulletinWords.TITLE_SIZE, right - left)) {
                line(BulletinWords.TITLE_SIZE * 1.5);
                centred(line, BulletinWords.TITLE_SIZE, false, INK, y - BulletinWords.TITLE_SIZE * 1.5);
            }
            y += BulletinWords.LINE / 2;
            table(a.table());
        }
        finishPage();
    }

    private void masthead(Bulletin.Masthead m) {
        y += BulletinWords.LINE;
        double h = BulletinWords.MASTHEAD_SIZE * 1.3;
        String spaced = String.join(" ", m.name().split(""));
        centred(spaced, BulletinWords.MASTHEAD_SIZE, true, RED, y);
        y += h + BulletinWords.LINE / 2;
        centred(m.issue(), BulletinWords.BODY_SIZE, false, INK, y);
        y += BulletinWords.LINE;
        text(left, y, m.office(), BulletinWords.BODY_SIZE, false, INK, BulletinWords.LINE);
        String date = BulletinWords.date(m.date());
        text(right - measurer.width(date, BulletinWords.BODY_SIZE), y, date, BulletinWords.BODY_SIZE, false, INK,
                BulletinWords.LINE);
        y += BulletinWords.LINE + 4;
        items.add(new Draw.Line(left, y, right, y, RED, 2.25));
        y += 4;
    }

    /** A body paragraph: first line indented by two characters, lines 28.95 points apart. */
    private void paragraph(String text, boolean bold) {
        double size = BulletinWords.BODY_SIZE;
        double indent = 2 * size;
        for (String para : text.split("\n", -1)) {
            String rest = para.strip();
            List<String> first = breaker.lines(rest, size, right - left - indent);
            String firstLine = first.get(0);
            put(left + indent, firstLine, size, bold);
            rest = rest.substring(Math.min(rest.length(), firstLine.length())).stripLeading();
            if (!rest.isEmpty()) {
                for (String line : breaker.lines(rest, size, right - left)) {
                    put(left, line, size, bold);
                }
            }
        }
    }

    private void put(double x, String line, double size, boolean bold) {
        if (y + BulletinWords.LINE > bottom) {
            finishPage();
            newPage();
        }
        text(x, y, line, size, bold, INK, BulletinWords.LINE);
        y += BulletinWords.LINE;
    }

    private void table(Bulletin.Table t) {
        int n = t.headers().size();
        double total = t.widths().stream().mapToDouble(Double::doubleValue).sum();
        double[] xs = new double[n + 1];
        xs[0] = left;
        for (int c = 0; c < n; c++) {
            xs[c + 1] = xs[c] + (right - left) * t.widths().get(c) / total;
        }
        List<List<String>> header = cells(t.headers(), xs);
        double headerHeight = rowHeight(header);
        if (y + headerHeight > bottom) {
            finishPage();
            newPage();
        }
        row(header, xs, headerHeight, true);
        for (List<String> r : t.rows()) {
            List<List<String>> cells = cells(r, xs);
            double h = rowHeight(cells);
            if (y + h > bottom) {
                finishPage();
                newPage();
                row(header, xs, headerHeight, true);
            }
            row(cells, xs, h, false);
        }
        y += BulletinWords.LINE / 2;
    }

    private List<List<String>> cells(List<String> texts, double[] xs) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            out.add(breaker.lines(texts.get(c), BulletinWords.TABLE_SIZE, xs[c + 1] - xs[c] - 2 * CELL_PAD));
        }
        return out;
    }

    private static double rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * TABLE_LINE + 2 * CELL_PAD;
    }

    private void row(List<List<String>> cells, double[] xs, double h, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            double ly = y + CELL_PAD;
            double cellWidth = xs[c + 1] - xs[c] - 2 * CELL_PAD;
            for (String line : cells.get(c)) {
                double w = measurer.width(line, BulletinWords.TABLE_SIZE);
                boolean centre = header || cells.get(c).size() == 1 && w < cellWidth && xs[c + 1] - xs[c] < 70;
                double x = centre ? xs[c] + CELL_PAD + (cellWidth - w) / 2 : xs[c] + CELL_PAD;
                text(x, ly, line, BulletinWords.TABLE_SIZE, header, INK, TABLE_LINE);
                ly += TABLE_LINE;
            }
            items.add(new Draw.Line(xs[c], y, xs[c], y + h, INK, 0.6));
        }
        items.add(new Draw.Line(xs[xs.length - 1], y, xs[xs.length - 1], y + h, INK, 0.6));
        items.add(new Draw.Line(xs[0], y, xs[xs.length - 1], y, INK, 0.6));
        items.add(new Draw.Line(xs[0], y + h, xs[xs.length - 1], y + h, INK, 0.6));
        y += h;
    }

    /** Text in a line box {@code box} high whose top is {@code boxTop}: the baseline is set in the box. */
    private void text(double x, double boxTop, String s, double size, boolean bold, Rgb ink, double box) {
        double baseline = boxTop + (box - size) / 2 + size * ASCENT;
        items.add(Draw.Text.onBaseline(x, baseline, s, ink, size, bold));
    }

    private void centred(String s, double size, boolean bold, Rgb ink, double boxTop) {
        double w = measurer.width(s, size);
        text(left + (right - left - w) / 2, boxTop, s, size, bold, ink, size * 1.5);
    }

    private void line(double h) {
        if (y + h > bottom) {
            finishPage();
            newPage();
        }
        y += h;
    }

    private void newPage() {
        items = new ArrayList<>();
        y = top;
    }

    private void finishPage() {
        String number = "— " + (pages.size() + 1) + " —";
        double size = BulletinWords.PAGE_NUMBER_SIZE;
        double w = measurer.width(number, size);
        items.add(Draw.Text.onBaseline((width - w) / 2, bottom + PageSetup.mm(14), number, INK, size, false));
        pages.add(new Drawing(width, height, items));
    }
}
