package org.luoshi.timeline;

import org.luoshi.i18n.Messages;

/**
 * How the chart goes on paper: the sheet, its orientation, and how many pages wide the time axis
 * is spread (the user picks; the rows then run down as many pages as they need).
 */
public record PageSetup(Paper paper, boolean landscape, int pagesWide) {
    public static final int MAX_PAGES_WIDE = 20;
    public static final PageSetup DEFAULT = new PageSetup(Paper.A4, true, 1);

    public PageSetup {
        if (paper == null) {
            throw new IllegalArgumentException("paper");
        }
        if (pagesWide < 1 || pagesWide > MAX_PAGES_WIDE) {
            throw new IllegalArgumentException(Messages.get("timeline.error.pagesWide", MAX_PAGES_WIDE));
        }
    }

    public double pageWidth() {
        return landscape ? paper.height() : paper.width();
    }

    public double pageHeight() {
        return landscape ? paper.width() : paper.height();
    }
}
