package org.luoshi.report.bulletin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.luoshi.files.AtomicFiles;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.paper.pdf.PdfPages;

/**
 * The bulletin as PDF: the same content as the Word document, laid out by {@link BulletinPages} with
 * the metrics of the Chinese font the paper stack finds (or the one chosen in the settings) and
 * embedded as a subset. Written to a temporary file and moved into place.
 */
public final class BulletinPdf {
    private BulletinPdf() {
    }

    /**
     * @param font the font file chosen, or null for the configured one, else one found on this system
     * @return the number of pages
     * @throws org.luoshi.paper.pdf.PdfFontException if no Chinese font can be used (its message says what to do)
     */
    public static int write(Bulletin b, Path font, Path target) throws IOException {
        try (EmbeddableFont f = CjkFontLocator.forThisSystem().open(CjkFontLocator.configured(font))) {
            return write(b, f, target);
        }
    }

    public static int write(Bulletin b, EmbeddableFont font, Path target) throws IOException {
        List<Drawing> pages = BulletinPages.of(b, font.metrics());
        AtomicFiles.write(target, temp -> PdfPages.write(temp, font, Colours.FIXED, pages,
                new PdfPages.Info(b.title(), b.masthead().name() + " " + b.masthead().issue(), "落实 (Luoshi)")));
        return pages.size();
    }
}
