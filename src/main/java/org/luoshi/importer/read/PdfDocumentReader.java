package org.luoshi.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;

/**
 * Reads the text layer of a PDF with PDFBox. Lines the PDF wrapped inside a paragraph are joined
 * again ({@link PdfLineJoiner}) so headings and clauses are whole. A scanned PDF has no text layer:
 * that gets a message saying so, since Luoshi does no OCR.
 */
public final class PdfDocumentReader implements DocumentReader {
    @Override
    public ImportedDocument read(Path file) throws DocumentReadException {
        return read(file, ImportMonitor.NONE);
    }

    /** Reports the pages read and stops between two pages when the monitor says so. */
    @Override
    public ImportedDocument read(Path file, ImportMonitor monitor) throws DocumentReadException {
        FileChecks.check(file);
        String raw;
        int pages;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            pages = doc.getNumberOfPages();
            int total = pages;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void startPage(PDPage page) throws IOException {
                    monitor.checkCancelled();
                    monitor.progress(getCurrentPageNo() - 1L, total);
                    super.startPage(page);
                }
            };
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            raw = stripper.getText(doc);
        } catch (CancellationException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(Messages.get("import.error.pdfPassword", file), e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException(Messages.get("import.error.badPdf", file,
                    DocxDocumentReader.oneLine(e)), e);
        }
        if (raw.isBlank()) {
            throw new DocumentReadException(Messages.get(pages > 0 ? "import.error.scannedPdf" : "import.error.empty",
                    file));
        }
        monitor.checkCancelled();
        return ImportedDocument.text(file.getFileName().toString(), Messages.get("import.format.pdf"),
                new PdfLineJoiner().join(raw));
    }
}
