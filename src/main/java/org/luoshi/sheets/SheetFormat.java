package org.luoshi.sheets;

import java.nio.file.Path;
import java.util.Locale;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.paper.pdf.PdfFontException;
import org.luoshi.sheets.office.DocxSheetWriter;
import org.luoshi.sheets.office.XlsxSheetWriter;
import org.luoshi.sheets.output.SheetWriter;
import org.luoshi.sheets.pdf.PdfSheetWriter;

/** The file formats a sheet is saved in. */
public enum SheetFormat {
    PDF("pdf"), DOCX("docx"), XLSX("xlsx");

    private final String extension;

    SheetFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * A writer for this format; close it after the last file. For PDF this opens the font first.
     *
     * @param fontFile the font file the user chose for PDF, or null to find one (see {@link CjkFontLocator})
     * @throws PdfFontException for PDF, if no usable Chinese TrueType font is found
     */
    public SheetWriter openWriter(Path fontFile) {
        return switch (this) {
            case PDF -> new PdfSheetWriter(CjkFontLocator.forThisSystem().open(CjkFontLocator.configured(fontFile)));
            case DOCX -> new DocxSheetWriter();
            case XLSX -> new XlsxSheetWriter();
        };
    }

    /** The format named by "pdf", "docx" or "xlsx" (any case), or null. */
    public static SheetFormat byExtension(String extension) {
        for (SheetFormat f : values()) {
            if (f.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
