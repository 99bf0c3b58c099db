package org.luoshi.paper.ui;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;

/**
 * Pages to the system printer: translations between the printer's page layout and a page setup,
 * and the printing of drawn pages. JavaFX prints a canvas as a picture, so each page is drawn at
 * {@link #PRINT_SCALE} pixels a point.
 */
public final class PrintPages {
    /** Print resolution of a page, in pixels per point (288 dpi). */
    static final double PRINT_SCALE = 4;

    private PrintPages() {
    }

    /** The page for what the printer dialog chose: its paper and orientation, the margins of {@code current}. */
    public static PageSetup setupOf(PageLayout layout, PageSetup current) {
        Paper paper = layout.getPaper();
        boolean landscape = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        return new PageSetup(paper.getWidth(), paper.getHeight(), landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT,
                current.margins());
    }

    /** The printer's layout for a page setup: the same paper if the printer has it, else its default. */
    public static PageLayout layoutFor(Printer printer, PageSetup setup) {
        Paper paper = printer.getPrinterAttributes().getSupportedPapers().stream()
                .filter(p -> setup.isPaper(p.getWidth(), p.getHeight()))
                .findFirst()
                .orElse(printer.getPrinterAttributes().getDefaultPaper());
        PageOrientation o = setup.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        return printer.createPageLayout(paper, o, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /** Whether page {@code number} (1-based) is among the ranges the user chose; all pages if none. */
    public static boolean chosen(PageRange[] ranges, int number) {
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

    /**
     * Prints the pages the user chose (page ranges of the job) on {@code layout} and ends the job.
     * Each page lies at its true size where it lies on the paper: its own margins keep what it
     * draws clear of the edges the printer cannot reach.
     *
     * @return the number of pages printed, or -1 if the printer failed (the job is then cancelled)
     */
    public static int print(PrinterJob job, PageLayout layout, List<Drawing> pages, FxPainter painter) {
        int printed = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (!chosen(job.getJobSettings().getPageRanges(), i + 1)) {
                continue;
            }
            if (!job.printPage(layout, node(pages.get(i), layout, painter))) {
                job.cancelJob();
                return -1;
            }
            printed++;
        }
        return job.endJob() ? printed : -1;
    }

    private static Group node(Drawing page, PageLayout layout, FxPainter painter) {
        Group node = new Group(painter.canvas(page, PRINT_SCALE));
        // The printer draws from its printable area's corner; the page counts from the paper's.
        node.getTransforms().addAll(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()),
                new Scale(1 / PRINT_SCALE, 1 / PRINT_SCALE));
        return node;
    }
}
