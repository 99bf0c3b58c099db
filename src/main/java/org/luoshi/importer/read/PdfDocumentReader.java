package org.luoshi.importer.read;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;

/**
 * Reads the text layer of a PDF with PDFBox. Lines the PDF wrapped inside a paragraph are joined
 * again ({@link PdfLineJoiner}) so headings and clauses are whole. A scanned PDF has no text layer:
 * that gets a message saying so, since Luoshi does no OCR.
 *
 * <p>Given the header words of a division-of-work table ({@link HeaderCells}), it also finds such
 * tables from where the characters stand on the page ({@link PdfTableFinder}): the lines a table
 * covers are replaced in the text by its rows, one line of tab-separated cells each, and the
 * document carries the tables with each row pointing at its line.
 */
public final class PdfDocumentReader implements DocumentReader {
    private final HeaderCells headers;

    /** A reader of text only: it finds no tables. */
    public PdfDocumentReader() {
        this(HeaderCells.NONE);
    }

    /** A reader that finds the tables whose header {@code headers} recognises. */
    public PdfDocumentReader(HeaderCells headers) {
        this.headers = headers;
    }

    @Override
    public ImportedDocument read(Path file) throws DocumentReadException {
        return read(file, ImportMonitor.NONE);
    }

    /** Reports the pages read and stops between two pages when the monitor says so. */
    @Override
    public ImportedDocument read(Path file, ImportMonitor monitor) throws DocumentReadException {
        FileChecks.check(file);
        LayoutStripper stripper;
        String raw;
        int pages;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            pages = doc.getNumberOfPages();
            stripper = new LayoutStripper(monitor, pages, headers == HeaderCells.NONE ? null : new PdfTableFinder(headers));
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            StringWriter out = new StringWriter();
            stripper.out = out;
            stripper.writeText(doc, out);
            raw = out.toString();
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
        String name = file.getFileName().toString();
        String format = Messages.get("import.format.pdf");
        PdfTableFinder finder = stripper.finder;
        if (finder == null || stripper.layoutFailed || finder.tables().isEmpty()) {
            return ImportedDocument.text(name, format, new PdfLineJoiner().join(raw));
        }
        String text = new PdfLineJoiner().join(withRows(raw, stripper.lines, finder));
        return new ImportedDocument(name, format, text, tables(text, finder.tables()));
    }

    /** The stripper's text with each table's lines replaced by its rows, printed where the table starts on each page. */
    private static String withRows(String raw, List<OutputLine> lines, PdfTableFinder finder) {
        Set<PdfTableFinder.Table> kept = new HashSet<>(finder.tables());
        List<PdfTableFinder.Region> regions = finder.regions().stream().filter(r -> kept.contains(r.table())).toList();
        Set<PdfTableFinder.Region> printed = new HashSet<>();
        StringBuilder out = new StringBuilder(raw.length() + 256);
        int from = 0;
        for (OutputLine line : lines) {
            PdfTableFinder.Region region = line.top() > line.bottom() ? null : regions.stream()
                    .filter(r -> r.page() == line.page() && line.middle() >= r.top() - 1 && line.middle() <= r.bottom() + 1)
                    .findFirst().orElse(null);
            if (region == null) {
                out.append(raw, from, line.end());
            } else if (printed.add(region)) {
                for (PdfTableFinder.Row row : region.rows()) {
                    out.append(row.printed()).append('\n');
                }
            }
            from = line.end();
        }
        out.append(raw, from, raw.length());
        return out.toString();
    }

    /** The tables with each row at the line of the text it was printed on. */
    private static List<DocumentTable> tables(String text, List<PdfTableFinder.Table> found) {
        String[] lines = text.split("\n", -1);
        List<DocumentTable> tables = new ArrayList<>();
        int at = 0;
        for (PdfTableFinder.Table table : found) {
            List<TableRow> rows = new ArrayList<>();
            for (PdfTableFinder.Row row : table.rows) {
                String printed = row.printed();
                int line = at;
                while (line < lines.length && !lines[line].equals(printed)) {
                    line++;
                }
                if (line < lines.length) {
                    rows.add(new TableRow(line, line, row.cells()));
                    at = line + 1;
                }
            }
            tables.add(new DocumentTable(found.size() == 1 ? "" : "表 " + (tables.size() + 1), rows));
        }
        return tables;
    }

    /** A line the stripper wrote: where it ends in the text, its page, and how high its characters stand. */
    private record OutputLine(int end, int page, float top, float bottom) {
        float middle() {
            return (top + bottom) / 2;
        }
    }

    /**
     * PDFBox's text stripper, which also notes where each line it writes stands on its page and
     * hands each page's characters to the table finder.
     */
    private static final class LayoutStripper extends PDFTextStripper {
        private final ImportMonitor monitor;
        private final int total;
        final PdfTableFinder finder;
        final List<OutputLine> lines = new ArrayList<>();
        boolean layoutFailed;
        StringWriter out;
        private float top = Float.MAX_VALUE;
        private float bottom = -Float.MAX_VALUE;

        LayoutStripper(ImportMonitor monitor, int total, PdfTableFinder finder) {
            this.monitor = monitor;
            this.total = total;
            this.finder = finder;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            monitor.checkCancelled();
            monitor.progress(getCurrentPageNo() - 1L, total);
            super.startPage(page);
        }

        @Override
        protected void writePage() throws IOException {
            if (finder != null && !layoutFailed) {
                List<PdfGlyph> glyphs = new ArrayList<>();
                for (List<TextPosition> article : getCharactersByArticle()) {
                    for (TextPosition p : article) {
                        String t = p.getUnicode();
                        if (t != null && !t.isBlank()) {
                            glyphs.add(new PdfGlyph(t, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                                    p.getHeightDir()));
                        }
                    }
                }
                PDPage page = getCurrentPage();
                try {
                    finder.page(getCurrentPageNo(), page.getCropBox().getHeight(), glyphs, () -> PdfRulingReader.read(page));
                } catch (IOException | RuntimeException e) {
                    // A page whose layout cannot be followed: the document is read as text, as without tables.
                    layoutFailed = true;
                }
            }
            super.writePage();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            if (finder != null) {
                for (TextPosition p : positions) {
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj());
                }
            }
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            endLine();
        }

        /** A page's last line ends with the page's end, not a line separator. */
        @Override
        protected void writePageEnd() throws IOException {
            super.writePageEnd();
            endLine();
        }

        private void endLine() {
            if (finder != null) {
                lines.add(new OutputLine(out.getBuffer().length(), getCurrentPageNo(), top, bottom));
                top = Float.MAX_VALUE;
                bottom = -Float.MAX_VALUE;
            }
        }
    }
}
