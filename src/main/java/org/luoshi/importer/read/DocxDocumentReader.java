package org.luoshi.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.i18n.Messages;

/**
 * Reads a Word .docx: paragraphs in order, and tables, each row one line of tab-separated cells.
 * POI parses the XML with external entities disabled and refuses zip bombs (ZipSecureFile), so a
 * hostile file fails with a message instead of reading local files or filling memory.
 */
public final class DocxDocumentReader implements DocumentReader {
    static {
        // An entry may not inflate more than 100 times (default) nor beyond 100 MB.
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    @Override
    public ImportedDocument read(Path file) throws DocumentReadException {
        FileChecks.check(file);
        StringBuilder text = new StringBuilder();
        List<DocumentTable> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            int line = 1;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(p.getText()).append('\n');
                    line++;
                } else if (element instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cellText(cell));
                        }
                        rows.add(cells);
                    }
                    tables.add(new DocumentTable(line, rows));
                    for (List<String> cells : rows) {
                        text.append(String.join("\t", cells)).append('\n');
                        line++;
                    }
                }
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentReadException(Messages.get("import.error.oldWord", file), e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException(Messages.get("import.error.badWord", file, oneLine(e)), e);
        }
        if (text.toString().isBlank()) {
            throw new DocumentReadException(Messages.get("import.error.empty", file));
        }
        return new ImportedDocument(file.getFileName().toString(), Messages.get("import.format.word"),
                text.toString(), tables);
    }

    /** A cell's paragraphs joined without line breaks, so one row stays one line. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            b.append(p.getText().strip());
        }
        return b.toString().replace('\t', ' ');
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
