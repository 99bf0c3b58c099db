package org.luoshi.paper.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.luoshi.files.SafeText;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Colours;
import org.luoshi.paper.Drawing;

/**
 * Drawings as the pages of one PDF, each page the drawing's size, with the font embedded as a
 * subset: what task sheets and the timeline save. The caller writes to a temporary file and moves
 * it into place, so that a failed save leaves no half a PDF.
 */
public final class PdfPages {

    /** What the document says about itself (shown as the window title of a PDF viewer); one safe line each. */
    public record Info(String title, String subject, String creator) {
        public Info {
            title = SafeText.line(title);
            subject = SafeText.line(subject);
            creator = SafeText.line(creator);
        }
    }

    private PdfPages() {
    }

    public static void write(Path file, EmbeddableFont font, Colours colours, List<Drawing> pages, Info info)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfPainter painter = new PdfPainter(font.embedIn(doc), colours);
            for (Drawing drawing : pages) {
                PDPage page = new PDPage(new PDRectangle((float) drawing.width(), (float) drawing.height()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    painter.paint(drawing, cs);
                }
            }
            describe(doc, info);
            doc.save(file.toFile());
        }
    }

    private static void describe(PDDocument doc, Info info) {
        PDDocumentInformation d = doc.getDocumentInformation();
        d.setTitle(info.title());
        if (info.subject() != null && !info.subject().isBlank()) {
            d.setSubject(info.subject());
        }
        d.setCreator(info.creator());
        d.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage("zh".equals(Messages.locale().getLanguage()) ? "zh-CN" : "en");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
