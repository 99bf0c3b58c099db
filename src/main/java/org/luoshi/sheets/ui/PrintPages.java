package org.luoshi.sheets.ui;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import org.luoshi.sheets.layout.Orientation;
import org.luoshi.sheets.layout.PageSetup;

/** Translations between the printer's page layout and the sheet's page setup. */
final class PrintPages {
    private static final double SAME = 2.0; // points

    private PrintPages() {
    }

    /** The sheet's page for what the printer dialog chose: its paper and orientation, Luoshi's margins. */
    static PageSetup setupOf(PageLayout layout, PageSetup current) {
        Paper paper = layout.getPaper();
        boolean landscape = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        return new PageSetup(paper.getWidth(), paper.getHeight(), landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT,
                current.margins());
    }

    /** The printer's layout for a page setup: the same paper if the printer has it, else its default. */
    static PageLayout layoutFor(Printer printer, PageSetup setup) {
        Paper paper = printer.getPrinterAttributes().getSupportedPapers().stream()
                .filter(p -> Math.abs(p.getWidth() - setup.paperWidth()) < SAME
                        && Math.abs(p.getHeight() - setup.paperHeight()) < SAME)
                .findFirst()
                .orElse(printer.getPrinterAttributes().getDefaultPaper());
        PageOrientation o = setup.orientation() == Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT;
        return printer.createPageLayout(paper, o, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /** Whether page {@code number} (1-based) is among the ranges the user chose; all pages if none. */
    static boolean chosen(PageRange[] ranges, int number) {
        if (ranges == null || ranges.length == 0) {
            return true;
        }
        for (PageRange r : ranges) {
            if (number >= r.getStartPage() && number <= r.getEndPage()) {
                return true;
            }
        }
        return false;
    }
}
