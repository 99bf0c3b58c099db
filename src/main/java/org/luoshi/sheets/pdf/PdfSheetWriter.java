package org.luoshi.sheets.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.luoshi.i18n.Messages;
import org.luoshi.sheets.font.EmbeddableFont;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.PageLabels;
import org.luoshi.sheets.layout.PageSetup;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetLayout;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.sheets.layout.SheetStyle;
import org.luoshi.sheets.output.AtomicFiles;
import org.luoshi.sheets.output.SheetWriter;

/**
 * Sheets as PDF: vector rules and searchable text in a Chinese TrueType font embedded as a subset,
 * laid out with that font's own widths. The writer owns the font and closes it when closed, after
 * the last document is saved.
 */
public final class PdfSheetWriter implements SheetWriter {
    private final EmbeddableFont font;
    private final SheetLayouter layouter;

    public PdfSheetWriter(EmbeddableFont font) {
        this(font, SheetStyle.STANDARD, PageLabels.fromMessages());
    }

    public PdfSheetWriter(EmbeddableFont font, SheetStyle style, PageLabels labels) {
        this.font = Objects.requireNonNull(font, "font");
        this.layouter = new SheetLayouter(font.metrics(), style, labels);
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** The pages as this writer lays them out. */
    public SheetLayout layout(Sheet sheet, PageSetup page) {
        return layouter.layout(sheet, page);
    }

    @Override
    public void write(Sheet sheet, PageSetup page, Path target) throws IOException {
        SheetLayout layout = layout(sheet, page);
        AtomicFiles.write(target, temp -> {
            try (PDDocument doc = new PDDocument()) {
                PDFont pdfFont = font.embedIn(doc);
                for (LaidOutPage p : layout.pages()) {
                    PDPage pdPage = new PDPage(new PDRectangle((float) p.width(), (float) p.height()));
                    doc.addPage(pdPage);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                        PdfPagePainter.paint(cs, p, pdfFont);
                    }
                }
                describe(doc, sheet);
                doc.save(temp.toFile());
            }
        });
    }

    private static void describe(PDDocument doc, Sheet sheet) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(sheet.heading().title());
        info.setSubject(sheet.heading().subtitle());
        info.setCreator(Messages.get("app.title") + " (Luoshi)");
        info.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage("zh".equals(Messages.locale().getLanguage()) ? "zh-CN" : "en");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    @Override
    public void close() throws IOException {
        font.close();
    }
}
