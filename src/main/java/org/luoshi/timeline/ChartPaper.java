package org.luoshi.timeline;

import org.luoshi.i18n.Messages;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.Paper;

/**
 * How the chart goes on paper: the page (paper, orientation, margins), and how many pages wide the
 * time axis is spread (the user picks; the rows then run down as many pages as they need).
 */
public record ChartPaper(PageSetup page, int pagesWide) {
    public static final int MAX_PAGES_WIDE = 20;
    /** The chart's margin on every side of the page, in points. */
    public static final double MARGIN = 28;
    public static final ChartPaper DEFAULT = of(Paper.A4, Orientation.LANDSCAPE, 1);

    public ChartPaper {
        if (page == null) {
            throw new IllegalArgumentException("page");
        }
        if (pagesWide < 1 || pagesWide > MAX_PAGES_WIDE) {
            throw new IllegalArgumentException(Messages.get("timeline.error.pagesWide", MAX_PAGES_WIDE));
        }
    }

    /** {@code paper} turned as {@code orientation}, with the chart's margins. */
    public static ChartPaper of(Paper paper, Orientation orientation, int pagesWide) {
        return new ChartPaper(PageSetup.of(paper, orientation, PageSetup.Margins.all(MARGIN)), pagesWide);
    }
}
