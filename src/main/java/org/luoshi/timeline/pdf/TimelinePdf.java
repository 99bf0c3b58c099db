package org.luoshi.timeline.pdf;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.luoshi.i18n.Messages;
import org.luoshi.timeline.ChartMetrics;
import org.luoshi.timeline.Drawing;
import org.luoshi.timeline.PageDrawing;
import org.luoshi.timeline.PageSetup;
import org.luoshi.timeline.PageTile;
import org.luoshi.timeline.PageTiling;
import org.luoshi.timeline.Palette;
import org.luoshi.timeline.TimelineExportException;
import org.luoshi.timeline.TimelineRows;

/**
 * Writes the chart as a multi-page PDF with vector text: every page repeats the date header and the
 * task-name column, no row is cut, and the time axis runs over the number of pages wide the user
 * chose. Written to a temporary file and moved into place, so a failed save never leaves half a PDF.
 */
public final class TimelinePdf {

    /** What to print: the rows on show, the days to cover, and the words around the chart. */
    public record Job(TimelineRows rows, LocalDate from, LocalDate to, PageSetup setup, String title,
            String cornerTitle, LocalDate printedOn, Palette palette) {
    }

    private TimelinePdf() {
    }

    /**
     * @param font the font file the user chose, or null to find one
     * @return the number of pages written
     * @throws TimelineExportException with a message for the user (no Chinese font, cannot write)
     */
    public static int write(Job job, Path font, Path target) {
        PageTiling tiling = PageTiling.of(job.rows(), job.from(), job.to(), job.setup(), ChartMetrics.PRINT);
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try (PdfFontFile fontFile = PdfFonts.forThisSystem().open(font); PDDocument doc = new PDDocument()) {
            PDType0Font pdfFont = fontFile.embedIn(doc);
            PdfPainter painter = new PdfPainter(pdfFont, job.palette());
            for (PageTile page : tiling.pages()) {
                Drawing drawing = PageDrawing.build(tiling, job.rows(), page, job.title(), job.cornerTitle(),
                        job.printedOn(), painter);
                PDPage pdfPage = new PDPage(new PDRectangle((float) drawing.width(), (float) drawing.height()));
                doc.addPage(pdfPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                    painter.paint(drawing, cs);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(job.title());
            info.setCreator(Messages.get("app.title"));
            temp = Files.createTempFile(dir, ".luoshi-", ".pdf.part");
            doc.save(temp.toFile());
            move(temp, target);
            temp = null;
            return tiling.pages().size();
        } catch (IOException e) {
            throw new TimelineExportException(Messages.get("timeline.error.write", target,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the temporary file is hidden and harmless; the message above says what failed
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
