package org.luoshi.timeline.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.IoReason;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.paper.pdf.GlyphMetrics;
import org.luoshi.paper.pdf.PdfFontException;
import org.luoshi.paper.pdf.PdfPages;
import org.luoshi.timeline.ChartMetrics;
import org.luoshi.timeline.ChartPaper;
import org.luoshi.timeline.PageDrawing;
import org.luoshi.timeline.PageTiling;
import org.luoshi.timeline.Palette;
import org.luoshi.timeline.TextMeasure;
import org.luoshi.timeline.TimelineExportException;
import org.luoshi.timeline.TimelineRows;

/**
 * Writes the chart as a multi-page PDF with vector text: every page repeats the date header and the
 * task-name column, no row is cut, and the time axis runs over the number of pages wide the user
 * chose. Written to a temporary file and moved into place, so a failed save never leaves half a PDF.
 */
public final class TimelinePdf {

    /** What to print: the rows on show, the days to cover, and the words around the chart. */
    public record Job(TimelineRows rows, LocalDate from, LocalDate to, ChartPaper setup, String title,
            String cornerTitle, LocalDate printedOn, Palette palette) {
    }

    private TimelinePdf() {
    }

    /**
     * @param font the font file the user chose, or null for the one in {@link CjkFontLocator#PROPERTY}, else one found
     * @return the number of pages written
     * @throws TimelineExportException with a message for the user (no Chinese font, cannot write)
     */
    public static int write(Job job, Path font, Path target) {
        return write(job, CjkFontLocator.forThisSystem(), font, target);
    }

    static int write(Job job, CjkFontLocator fonts, Path font, Path target) {
        PageTiling tiling = PageTiling.of(job.rows(), job.from(), job.to(), job.setup(), ChartMetrics.PRINT);
        try (EmbeddableFont fontFile = fonts.open(CjkFontLocator.configured(font))) {
            GlyphMetrics metrics = fontFile.metrics();
            TextMeasure measure = (c, size, bold) -> metrics.advance(c) * size;
            List<Drawing> pages = tiling.pages().stream().map(page -> PageDrawing.build(tiling, job.rows(), page,
                    job.title(), job.cornerTitle(), job.printedOn(), measure)).toList();
            AtomicFiles.write(target, temp -> PdfPages.write(temp, fontFile, job.palette(), pages,
                    new PdfPages.Info(job.title(), null, Messages.get("app.title"))));
            return pages.size();
        } catch (PdfFontException e) {
            throw new TimelineExportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new TimelineExportException(Messages.get("timeline.error.write", target, IoReason.of(e)), e);
        }
    }
}
