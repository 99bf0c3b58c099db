package org.luoshi.sheets.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.paper.Colours;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.paper.pdf.PdfPages;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.PageLabels;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetLayout;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.sheets.layout.SheetStyle;
import org.luoshi.files.AtomicFiles;
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
        PdfPages.Info info = new PdfPages.Info(sheet.heading().title(), sheet.heading().subtitle(),
                DocumentTexts.get("app.title") + " (Luoshi)");
        AtomicFiles.write(target, temp -> PdfPages.write(temp, font, Colours.FIXED,
                layout.pages().stream().map(LaidOutPage::drawing).toList(), info));
    }

    @Override
    public void close() throws IOException {
        font.close();
    }
}
