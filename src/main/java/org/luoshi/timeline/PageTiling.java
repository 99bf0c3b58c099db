package org.luoshi.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.paper.PageSetup;

/**
 * Cuts the chart into pages for print and PDF. The time range is spread over exactly
 * {@code pagesWide} page widths; rows run down as many pages as they need, each page holding whole
 * rows only, and a heading never left alone at the foot of a page. Every page repeats the date
 * header of its slice and the task-name column of its rows.
 */
public final class PageTiling {
    /** Title band and footer band inside the page's margins, in points. */
    public static final double TITLE_HEIGHT = 22;
    public static final double FOOTER_HEIGHT = 16;
    /** The name column never takes more than this share of the page's width. */
    static final double MAX_NAME_SHARE = 0.4;

    private final ChartPaper setup;
    private final ChartMetrics metrics;
    private final TimeScale scale;
    private final double chartWidth;
    private final int rowsPerPage;
    private final int bands;
    private final List<PageTile> pages;

    private PageTiling(ChartPaper setup, ChartMetrics metrics, TimeScale scale, double chartWidth, int rowsPerPage,
            int bands, List<PageTile> pages) {
        this.setup = setup;
        this.metrics = metrics;
        this.scale = scale;
        this.chartWidth = chartWidth;
        this.rowsPerPage = rowsPerPage;
        this.bands = bands;
        this.pages = List.copyOf(pages);
    }

    /** Pages for the rows on show over the days {@code [from, to]}. */
    public static PageTiling of(TimelineRows rows, LocalDate from, LocalDate to, ChartPaper setup, ChartMetrics print) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        PageSetup page = setup.page();
        double contentWidth = page.contentWidth();
        ChartMetrics m = print.withNameWidth(Math.min(print.nameWidth(), contentWidth * MAX_NAME_SHARE));
        double chartWidth = contentWidth - m.nameWidth();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        TimeScale scale = new TimeScale(from, chartWidth * setup.pagesWide() / days);

        double bodyRoom = page.contentHeight() - TITLE_HEIGHT - FOOTER_HEIGHT - m.headerHeight();
        int perPage = Math.max(1, (int) Math.floor(bodyRoom / m.rowHeight() + 1e-9));

        List<int[]> bandRows = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int end = Math.min(rows.size(), start + perPage);
            // Keep a heading with the first row under it.
            while (end < rows.size() && end - 1 > start && rows.node(end - 1).kind().isHeading()) {
                end--;
            }
            bandRows.add(new int[] {start, end});
            start = end;
        }
        if (bandRows.isEmpty()) {
            bandRows.add(new int[] {0, 0});
        }
        List<PageTile> pages = new ArrayList<>();
        int number = 1;
        for (int b = 0; b < bandRows.size(); b++) {
            for (int c = 0; c < setup.pagesWide(); c++) {
                pages.add(new PageTile(number++, b, c, bandRows.get(b)[0], bandRows.get(b)[1]));
            }
        }
        return new PageTiling(setup, m, scale, chartWidth, perPage, bandRows.size(), pages);
    }

    /** Where the chart of {@code page} sits on it, and which part of the chart it shows. */
    public ChartFrame frame(PageTile page) {
        PageSetup.Margins margins = setup.page().margins();
        return new ChartFrame(margins.left(), margins.top() + TITLE_HEIGHT, chartWidth + metrics.nameWidth(),
                metrics.headerHeight() + page.rowCount() * metrics.rowHeight(), metrics.nameWidth(),
                metrics.headerHeight(), page.column() * chartWidth, page.firstRow() * metrics.rowHeight());
    }

    public List<PageTile> pages() {
        return pages;
    }

    public ChartPaper setup() {
        return setup;
    }

    /** The print metrics with the name column fitted to the page. */
    public ChartMetrics metrics() {
        return metrics;
    }

    /** Date ↔ x over all the pages side by side. */
    public TimeScale scale() {
        return scale;
    }

    /** Width of the time axis on one page. */
    public double chartWidth() {
        return chartWidth;
    }

    /** The most rows a page holds. */
    public int rowsPerPage() {
        return rowsPerPage;
    }

    /** How many pages the rows run down. */
    public int bands() {
        return bands;
    }
}
