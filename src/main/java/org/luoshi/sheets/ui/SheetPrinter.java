package org.luoshi.sheets.ui;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Colours;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.paper.ui.PrintPages;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.SheetLayout;

/**
 * Printing through the system's dialogs: page setup (paper, orientation) and print (printer, copies,
 * pages), then each page of the same layout the preview and the PDF show. A job made for page
 * setup is kept for the print that follows, so the choices made there hold.
 */
final class SheetPrinter {

    /** What happened, in words for the user. */
    record Outcome(boolean ok, String message) {
    }

    private final Supplier<PrinterJob> jobs;
    private PrinterJob job;

    /** @param jobs makes a printer job, or gives null when the system has no printer */
    SheetPrinter(Supplier<PrinterJob> jobs) {
        this.jobs = jobs;
    }

    /**
     * Shows the page setup dialog for {@code current}; returns the page chosen, or null if cancelled
     * or there is no printer ({@code onNoPrinter} is told).
     */
    PageSetup pageSetup(Window owner, PageSetup current, Runnable onNoPrinter) {
        PrinterJob j = job();
        if (j == null) {
            onNoPrinter.run();
            return null;
        }
        j.getJobSettings().setPageLayout(PrintPages.layoutFor(j.getPrinter(), current));
        if (!j.showPageSetupDialog(owner)) {
            return null;
        }
        return PrintPages.setupOf(j.getJobSettings().getPageLayout(), current);
    }

    /**
     * Shows the print dialog and prints.
     *
     * @param family    the font family the layout was measured in
     * @param layoutFor lays the sheet out on the page the print dialog settled on
     */
    Outcome print(Window owner, String jobName, String family, PageSetup current,
            Function<PageSetup, SheetLayout> layoutFor) {
        PrinterJob j = job();
        if (j == null) {
            return new Outcome(false, Messages.get("sheets.ui.noPrinter"));
        }
        j.getJobSettings().setJobName(jobName);
        j.getJobSettings().setPageLayout(PrintPages.layoutFor(j.getPrinter(), current));
        if (!j.showPrintDialog(owner)) {
            return new Outcome(false, "");
        }
        PageLayout chosen = j.getJobSettings().getPageLayout();
        SheetLayout layout = layoutFor.apply(PrintPages.setupOf(chosen, current));
        try {
            int printed = PrintPages.print(j, chosen, layout.pages().stream().map(LaidOutPage::drawing).toList(),
                    painter(family));
            if (printed < 0) {
                return new Outcome(false, Messages.get("sheets.ui.printFailed", String.valueOf(j.getJobStatus())));
            }
            return new Outcome(true, Messages.get("sheets.ui.printed", printed));
        } finally {
            job = null; // a finished job cannot be used again
        }
    }

    /** The painter of sheet pages: black on white, bold outlined as in the PDF, in {@code family}. */
    static FxPainter painter(String family) {
        return new FxPainter(Colours.FIXED, family, FxPainter.Bold.OUTLINE);
    }

    private PrinterJob job() {
        if (job == null) {
            job = jobs.get();
        }
        return job;
    }
}
