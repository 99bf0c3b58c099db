package org.luoshi.sheets.ui;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.PageSetup;
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
        int printed = 0;
        try {
            for (LaidOutPage page : layout.pages()) {
                if (!PrintPages.chosen(j.getJobSettings().getPageRanges(), page.number())) {
                    continue;
                }
                Group node = PageNodes.of(page, family);
                // The printer draws from the printable area's corner; the layout counts from the paper's.
                node.getTransforms().add(new Translate(-chosen.getLeftMargin(), -chosen.getTopMargin()));
                if (!j.printPage(chosen, node)) {
                    j.cancelJob();
                    return new Outcome(false, Messages.get("sheets.ui.printFailed", String.valueOf(j.getJobStatus())));
                }
                printed++;
            }
            if (!j.endJob()) {
                return new Outcome(false, Messages.get("sheets.ui.printFailed", String.valueOf(j.getJobStatus())));
            }
            return new Outcome(true, Messages.get("sheets.ui.printed", printed));
        } finally {
            job = null; // a finished job cannot be used again
        }
    }

    private PrinterJob job() {
        if (job == null) {
            job = jobs.get();
        }
        return job;
    }
}
