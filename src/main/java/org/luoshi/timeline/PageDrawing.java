package org.luoshi.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.PageSetup;

/** One page of the printed chart: title, the chart's slice for the page, and a footer saying where the page goes. */
public final class PageDrawing {
    private PageDrawing() {
    }

    /**
     * @param title     the plan's title, at the head of every page
     * @param printedOn the day of printing, in the footer and as the today line
     */
    public static Drawing build(PageTiling tiling, TimelineRows rows, PageTile page, String title, String cornerTitle,
            LocalDate printedOn, TextMeasure measure) {
        ChartPaper setup = tiling.setup();
        PageSetup.Margins margins = setup.page().margins();
        double w = setup.page().width();
        double h = setup.page().height();
        List<Draw> out = new ArrayList<>(800);
        out.add(new Draw.Rect(0, 0, w, h, Ink.BACKGROUND));

        String tile = DocumentTexts.get("timeline.page.tile", page.band() + 1, page.column() + 1, tiling.bands(),
                setup.pagesWide());
        double small = tiling.metrics().smallTextSize() + 0.5;
        double tileWidth = measure.width(tile, small, false);
        double titleSize = 10;
        double titleRoom = w - margins.left() - margins.right() - tileWidth - 20;
        String shownTitle = measure.fit(title == null ? "" : title, titleRoom, titleSize, true);
        double titleMid = margins.top() + PageTiling.TITLE_HEIGHT / 2 - 2;
        out.add(new Draw.Text(margins.left(), titleMid, shownTitle, Ink.TEXT, titleSize, true));
        out.add(new Draw.Text(w - margins.right() - tileWidth, titleMid, tile, Ink.TEXT_MUTED, small, false));

        ChartFrame frame = tiling.frame(page);
        ChartDrawing.appendTo(out, rows, tiling.scale(), frame, tiling.metrics(),
                new ChartState(printedOn, 0, null, cornerTitle), measure);
        out.add(new Draw.StrokeRect(frame.left(), frame.top(), frame.width(), frame.height(), Ink.GRID_STRONG, 0.8));

        double footerMid = h - margins.bottom() - PageTiling.FOOTER_HEIGHT / 2 + 4;
        String printed = DocumentTexts.get("timeline.page.printed", DocumentTexts.date(printedOn));
        out.add(new Draw.Text(margins.left(), footerMid, printed, Ink.TEXT_MUTED, small, false));
        String number = DocumentTexts.get("timeline.page.number", page.number(), tiling.pages().size());
        out.add(new Draw.Text(w - margins.right() - measure.width(number, small, false), footerMid, number,
                Ink.TEXT_MUTED, small, false));
        return new Drawing(w, h, out);
    }
}
