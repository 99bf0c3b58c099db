package org.luoshi.sheets.layout;

import java.util.List;
import org.luoshi.paper.PageSetup;

/** A sheet laid out on pages: what every painter (printer, PDF) draws. */
public record SheetLayout(Sheet sheet, PageSetup page, List<LaidOutPage> pages) {
    public SheetLayout {
        pages = List.copyOf(pages);
    }
}
