package org.luoshi.report.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.IoReason;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.TextMeasurer;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.paper.ui.PrintPages;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.OverviewDrawing;
import org.luoshi.report.overview.OverviewPdf;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.ui.DialogService;

/** The 统计 view out of the window: a PNG of what is on screen, a PDF of the overview, a printout. */
final class StatsExport {
    private final StatsWindow window;

    StatsExport(StatsWindow window) {
        this.window = window;
        window.png.setOnAction(e -> png());
        window.pdf.setOnAction(e -> pdf());
        window.print.setOnAction(e -> print());
    }

    /** The view as it is on screen (every part of it, scrolled or not), white behind. */
    static BufferedImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage shot = node.snapshot(params, null);
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] pixels = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, pixels, 0, w);
        return image;
    }

    static void writePng(BufferedImage image, Path target) {
        try {
            AtomicFiles.stream(target, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.get("stats.error.write", target, IoReason.of(e)), e);
        }
    }

    void png() {
        Overview o = window.model.overviewProperty().get();
        if (o == null) {
            return;
        }
        window.charts.drawNow(); // a PNG asked for in the instant before the charts arrive still has them
        BufferedImage image = snapshot(window.content);
        choose("*.png", o).ifPresent(target -> window.model.session().run(Messages.get("stats.ui.saving"), s -> {
            writePng(image, target);
            return target;
        }, saved -> window.model.say(Messages.get("stats.ui.saved", saved)), this::failed));
    }

    void pdf() {
        Overview o = window.model.overviewProperty().get();
        if (o == null) {
            return;
        }
        choose("*.pdf", o).ifPresent(target -> window.model.session().run(Messages.get("stats.ui.saving"), s -> {
            Path font = UserSettingsFile.load(UserSettingsFile.defaultFile()).pdfFont();
            OverviewPdf.write(o, font, target);
            return target;
        }, saved -> window.model.say(Messages.get("stats.ui.saved", saved)), this::failed));
    }

    void print() {
        Overview o = window.model.overviewProperty().get();
        PrinterJob job = o == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            if (o != null) {
                window.model.dialogs().error(Messages.get("stats.ui.title"), Messages.get("stats.ui.noPrinter"));
            }
            return;
        }
        if (!job.showPrintDialog(window.stage)) {
            job.cancelJob();
            return;
        }
        List<Drawing> pages = OverviewDrawing.pages(o, ROUGH);
        PageLayout layout = PrintPages.layoutFor(job.getPrinter(), org.luoshi.paper.PageSetup.a4(
                org.luoshi.paper.Orientation.LANDSCAPE));
        String family = window.title.getFont().getFamily();
        int printed = PrintPages.print(job, layout, pages, new FxPainter(Colours.FIXED, family, FxPainter.Bold.FACE));
        if (printed < 0) {
            failed(new IllegalStateException(Messages.get("stats.ui.printFailed")));
        }
    }

    /** Widths for the printout: CJK one em, the rest a little over half. */
    static final TextMeasurer ROUGH = cp -> cp >= 0x2E80 ? 1.0 : 0.56;

    private Optional<Path> choose(String pattern, Overview o) {
        String name = o.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        DialogService.FileFilter filter = DialogService.FileFilter.of(Messages.get(
                pattern.endsWith("png") ? "stats.ui.png.filter" : "stats.ui.pdf.filter"), pattern);
        return window.model.dialogs().chooseSaveFile(Messages.get("stats.ui.saveAs"),
                "统计_" + name + "_" + o.today() + filter.extension(), filter);
    }

    private void failed(Throwable t) {
        window.model.dialogs().error(Messages.get("stats.ui.title"),
                t.getMessage() == null ? t.toString() : t.getMessage());
    }
}
