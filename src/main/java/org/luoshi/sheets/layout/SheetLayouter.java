package org.luoshi.sheets.layout;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.Rgb;
import org.luoshi.paper.TextMeasurer;

/**
 * Lays a sheet out on pages. The first page carries the heading; every page repeats the column
 * headers; a row moves whole to the next page when it does not fit, and only a row taller than a
 * page is split, its continuation marked in the number cell. A group heading is kept with the
 * start of the row after it. Each page gets "第 n 页 共 m 页" at the foot. A page comes out as a
 * drawing (shades, then rules, then black text) that any painter draws: PDF, screen, printer.
 */
public final class SheetLayouter {
    private static final double HEADER_GRAY = 0.86;
    private static final double GROUP_GRAY = 0.94;
    /** A row taller than a page starts on the current page only if at least this many lines fit there. */
    private static final int MIN_LINES_BEFORE_SPLIT = 3;

    private final TextMeasurer measurer;
    private final SheetStyle style;
    private final PageLabels labels;
    private final LineBreaker breaker;

    public SheetLayouter(TextMeasurer measurer, SheetStyle style, PageLabels labels) {
        this.measurer = measurer;
        this.style = style;
        this.labels = labels;
        this.breaker = new LineBreaker(measurer);
    }

    public SheetLayout layout(Sheet sheet, PageSetup page) {
        return new Run(sheet, page).layout();
    }

    /** Column widths in points for a table {@code tableWidth} wide: fixed ones as given, the rest by weight. */
    public static double[] columnWidths(List<SheetColumn> columns, double tableWidth) {
        double fixed = columns.stream().mapToDouble(SheetColumn::fixedWidth).sum();
        double weights = columns.stream().mapToDouble(SheetColumn::weight).sum();
        double share = weights > 0 ? Math.max(0, tableWidth - fixed) / weights : 0;
        double[] widths = new double[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            SheetColumn c = columns.get(i);
            widths[i] = c.fixedWidth() > 0 ? c.fixedWidth() : c.weight() * share;
        }
        return widths;
    }

    /** A line of text, its baseline at {@code baseline}. */
    private static Draw.Text text(double x, double baseline, double size, boolean bold, String text) {
        return Draw.Text.onBaseline(x, baseline, text, Rgb.BLACK, size, bold);
    }

    /** A black rule (a border of the table). */
    private static Draw.Line rule(double x1, double y1, double x2, double y2, double width) {
        return new Draw.Line(x1, y1, x2, y2, Rgb.BLACK, width);
    }

    /** A grey background (header row, group rows). */
    private static Draw.Rect shade(double x, double y, double w, double h, double gray) {
        return new Draw.Rect(x, y, w, h, Rgb.gray(gray));
    }

    /** A row broken into lines, before it is placed. */
    private record Prepared(List<List<String>> cells, double size, boolean bold, boolean group) {
        int lineCount() {
            return cells.stream().mapToInt(List::size).max().orElse(1);
        }
    }

    /** One layout in progress. */
    private final class Run {
        private final Sheet sheet;
        private final PageSetup page;
        private final double[] colX;
        private final double[] colW;
        private final double left;
        private final double tableWidth;
        private final double limit;
        private final Prepared header;
        private final List<PageBuilder> pages = new ArrayList<>();
        private PageBuilder current;

        Run(Sheet sheet, PageSetup page) {
            this.sheet = sheet;
            this.page = page;
            this.left = page.margins().left();
            this.tableWidth = page.contentWidth();
            this.colW = columnWidths(sheet.columns(), tableWidth);
            this.colX = new double[colW.length + 1];
            colX[0] = left;
            for (int i = 0; i < colW.length; i++) {
                colX[i + 1] = colX[i] + colW[i];
            }
            this.limit = page.height() - page.margins().bottom();
            List<String> headers = sheet.columns().stream().map(SheetColumn::header).toList();
            this.header = prepare(headers, style.headerSize(), true, false);
        }

        SheetLayout layout() {
            current = newPage();
            heading();
            placeHeader();
            List<SheetRow> rows = sheet.rows();
            List<Prepared> prepared = new ArrayList<>(rows.size());
            for (SheetRow row : rows) {
                if (row instanceof SheetRow.Entry e) {
                    prepared.add(prepare(e.cells(), style.bodySize(), false, false));
                } else if (row instanceof SheetRow.Group g) {
                    prepared.add(prepare(List.of(g.text()), style.bodySize(), true, true));
                }
            }
            for (int i = 0; i < prepared.size(); i++) {
                place(i, prepared);
            }
            List<LaidOutPage> done = new ArrayList<>(pages.size());
            for (PageBuilder p : pages) {
                done.add(p.finish(pages.size()));
            }
            return new SheetLayout(sheet, page, done);
        }

        private Prepared prepare(List<String> texts, double size, boolean bold, boolean group) {
            List<List<String>> cells = new ArrayList<>(texts.size());
            for (int c = 0; c < texts.size(); c++) {
                double width = (group ? tableWidth : colW[c]) - 2 * style.padX();
                cells.add(breaker.lines(measurer.showable(texts.get(c)), size, Math.max(width, size)));
            }
            return new Prepared(cells, size, bold, group);
        }

        private double height(Prepared p, int lines) {
            return 2 * style.padY() + lines * style.lineHeight(p.size());
        }

        /** Room for rows on a page that holds nothing but the column headers. */
        private double freshRoom() {
            return limit - page.margins().top() - height(header, header.lineCount());
        }

        private void place(int index, List<Prepared> rows) {
            Prepared row = rows.get(index);
            double h = height(row, row.lineCount());
            double need = h;
            // A heading (and the headings right under it) stays with the start of the first row it heads.
            for (int i = index + 1; row.group() && i < rows.size(); i++) {
                Prepared next = rows.get(i);
                double nextH = height(next, next.lineCount());
                if (next.group()) {
                    need += nextH;
                    continue;
                }
                need += nextH <= freshRoom() ? nextH : height(next, 1);
                break;
            }
            need = Math.min(need, freshRoom());
            if (current.y + need <= limit) {
                placeFragment(index, row, 0, row.lineCount(), 0, true);
                return;
            }
            if (h <= freshRoom()) {
                breakPage();
                placeFragment(index, row, 0, row.lineCount(), 0, true);
                return;
            }
            split(index, row);
        }

        /** A row taller than a page: as many lines as fit, then the rest on the next pages. */
        private void split(int index, Prepared row) {
            double lineH = style.lineHeight(row.size());
            int total = row.lineCount();
            int from = 0;
            int fragment = 0;
            if (linesThatFit(lineH) < Math.min(MIN_LINES_BEFORE_SPLIT, total) && current.hasBody()) {
                breakPage();
            }
            while (from < total) {
                int fit = linesThatFit(lineH);
                if (fit < 1 && current.hasBody()) {
                    breakPage();
                    continue;
                }
                int to = Math.min(total, from + Math.max(1, fit));
                placeFragment(index, row, from, to, fragment, to == total);
                if (to < total) {
                    breakPage();
                }
                from = to;
                fragment++;
            }
        }

        private int linesThatFit(double lineH) {
            return (int) Math.floor((limit - current.y - 2 * style.padY() + 1e-6) / lineH);
        }

        /** Places lines [from, to) of every cell (a continuation shows its mark in the number cell). */
        private void placeFragment(int index, Prepared row, int from, int to, int fragment, boolean last) {
            List<List<String>> shown = new ArrayList<>(row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                List<String> lines = row.cells().get(c);
                if (fragment > 0 && c == 0 && !row.group()) {
                    String number = String.join("", lines);
                    shown.add(breaker.lines(labels.continuedRow(number), row.size(), colW[0] - 2 * style.padX()));
                } else {
                    shown.add(lines.subList(Math.min(from, lines.size()), Math.min(to, lines.size())));
                }
            }
            int lineCount = Math.max(1, shown.stream().mapToInt(List::size).max().orElse(1));
            double h = height(row, lineCount);
            drawRow(new Prepared(shown, row.size(), row.bold(), row.group()), index, h, fragment, last);
            current.body = true;
        }

        private void placeHeader() {
            drawRow(header, PlacedRow.HEADER, height(header, header.lineCount()), 0, true);
            current.tableTop = current.rows.get(current.rows.size() - 1).top();
        }

        private void drawRow(Prepared row, int index, double h, int fragment, boolean last) {
            double top = current.y;
            double right = left + tableWidth;
            if (index == PlacedRow.HEADER) {
                current.shades.add(shade(left, top, tableWidth, h, HEADER_GRAY));
            } else if (row.group()) {
                current.shades.add(shade(left, top, tableWidth, h, GROUP_GRAY));
            }
            double lineH = style.lineHeight(row.size());
            for (int c = 0; c < row.cells().size(); c++) {
                double cellX = row.group() ? left : colX[c];
                double cellW = row.group() ? tableWidth : colW[c];
                boolean centered = index == PlacedRow.HEADER
                        || (!row.group() && sheet.columns().get(c).align() == Align.CENTER);
                List<String> lines = row.cells().get(c);
                for (int l = 0; l < lines.size(); l++) {
                    String text = lines.get(l);
                    if (text.isEmpty()) {
                        continue;
                    }
                    double x = centered ? cellX + (cellW - measurer.width(text, row.size())) / 2 : cellX + style.padX();
                    double baseline = top + style.padY() + l * lineH + style.baselineOffset(row.size());
                    current.texts.add(text(x, baseline, row.size(), row.bold(), text));
                }
            }
            current.rules.add(rule(left, top + h, right, top + h, style.ruleWidth()));
            if (!row.group()) {
                for (int c = 1; c < colW.length; c++) {
                    current.rules.add(rule(colX[c], top, colX[c], top + h, style.ruleWidth()));
                }
            }
            current.rows.add(new PlacedRow(index, top, h, fragment, last));
            current.y = top + h;
        }

        private void breakPage() {
            current = newPage();
            placeHeader();
        }

        private PageBuilder newPage() {
            PageBuilder p = new PageBuilder(pages.size() + 1, page.margins().top());
            pages.add(p);
            if (p.number > 1) {
                String head = measurer.showable(labels.runningHead(sheet.heading().title()));
                p.texts.add(text(left, page.margins().top() - style.footerSize(), style.footerSize(), false,
                        head));
            }
            return p;
        }

        private void heading() {
            SheetHeading h = sheet.heading();
            centered(h.title(), style.titleSize(), true);
            if (!h.subtitle().isBlank()) {
                current.y += style.subtitleSize() * 0.3;
                centered(h.subtitle(), style.subtitleSize(), false);
            }
            current.y += style.metaSize() * 0.4;
            meta(h.metaLeft(), h.metaRight());
            current.y += style.metaSize() * 0.5;
        }

        private void centered(String text, double size, boolean bold) {
            for (String line : breaker.lines(measurer.showable(text), size, tableWidth)) {
                double w = measurer.width(line, size);
                current.texts.add(text(left + (tableWidth - w) / 2, current.y + style.baselineOffset(size),
                        size, bold, line));
                current.y += style.lineHeight(size);
            }
        }

        private void meta(String leftText, String rightText) {
            double size = style.metaSize();
            String l = measurer.showable(leftText);
            String r = measurer.showable(rightText);
            double rw = measurer.width(r, size);
            boolean oneLine = measurer.width(l, size) + rw + 2 * size <= tableWidth;
            List<String> leftLines = l.isEmpty() ? List.of() : breaker.lines(l, size, tableWidth);
            for (String line : leftLines) {
                current.texts.add(text(left, current.y + style.baselineOffset(size), size, false, line));
                if (!oneLine) {
                    current.y += style.lineHeight(size);
                }
            }
            if (!r.isEmpty()) {
                current.texts.add(text(left + Math.max(0, tableWidth - rw),
                        current.y + style.baselineOffset(size), size, false, r));
            }
            if (!r.isEmpty() || (oneLine && !leftLines.isEmpty())) {
                current.y += style.lineHeight(size);
            }
        }

        /** A page being filled. */
        private final class PageBuilder {
            final int number;
            final List<Draw.Text> texts = new ArrayList<>();
            final List<Draw.Line> rules = new ArrayList<>();
            final List<Draw.Rect> shades = new ArrayList<>();
            final List<PlacedRow> rows = new ArrayList<>();
            double y;
            double tableTop;
            boolean body;

            PageBuilder(int number, double y) {
                this.number = number;
                this.y = y;
            }

            boolean hasBody() {
                return body;
            }

            LaidOutPage finish(int pageCount) {
                double right = left + tableWidth;
                double bottom = y;
                // The table's frame, heavier than the rules inside.
                rules.add(rule(left, tableTop, right, tableTop, style.frameWidth()));
                rules.add(rule(left, bottom, right, bottom, style.frameWidth()));
                rules.add(rule(left, tableTop, left, bottom, style.frameWidth()));
                rules.add(rule(right, tableTop, right, bottom, style.frameWidth()));
                String footer = measurer.showable(labels.footer(number, pageCount));
                double fw = measurer.width(footer, style.footerSize());
                double baseline = page.height() - page.margins().bottom() / 2 + style.footerSize() / 3;
                texts.add(text(left + (tableWidth - fw) / 2, baseline, style.footerSize(), false, footer));
                List<Draw> items = new ArrayList<>(shades.size() + rules.size() + texts.size());
                items.addAll(shades);
                items.addAll(rules);
                items.addAll(texts);
                return new LaidOutPage(number, new Drawing(page.width(), page.height(), items), rows);
            }
        }
    }
}
