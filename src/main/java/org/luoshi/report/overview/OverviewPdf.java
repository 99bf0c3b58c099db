package org.luoshi.report.overview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.IoReason;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.paper.pdf.PdfFontException;
import org.luoshi.paper.pdf.PdfPages;

/**
 * Writes the overview as a PDF ({@link OverviewDrawing}) with a CJK font embedded, to a temporary
 * file moved into place: a failed save leaves no half a PDF.
 */
public final class OverviewPdf {
    private OverviewPdf() {
    }

    /**
     * @param font the font file the user chose, or null for the configured or a found one
     * @return the number of pages
     * @throws IllegalArgumentException with a message for the person (no Chinese font, cannot write)
     */
    public static int write(Overview o, Path font, Path target) {
        return write(o, CjkFontLocator.forThisSystem(), font, target);
    }

    static int write(Overview o, CjkFontLocator fonts, Path font, Path target) {
        try (EmbeddableFont file = fonts.open(CjkFontLocator.configured(font))) {
            List<Drawing> pages = OverviewDrawing.pages(o, file.metrics());
            AtomicFiles.write(target, temp -> PdfPages.write(temp, file, Colours.FIXED, pages,
                    new PdfPages.Info("统计：" + o.title(), null, Messages.get("app.title"))));
            return pages.size();
        } catch (PdfFontException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("stats.error.write", target, IoReason.of(e)), e);
        }
    }
}
