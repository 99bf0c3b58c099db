package org.luoshi.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;
import org.xml.sax.SAXException;

/**
 * Reads an Excel workbook — .xlsx ({@link XlsxSheets}, streamed), .xls and WPS .et
 * ({@link XlsSheets}) — into one {@link DocumentTable} per shown sheet, named as the sheet is.
 * Merged regions are covered cells, a date cell reads as the office sees it ({@link CellNumbers}),
 * a formula as its saved value; hidden sheets and hidden rows are left out.
 *
 * <p>The text prints every sheet: a line 【sheet name】, then one line a row, its cells separated by
 * tabs, so that the review shows the source and each {@link TableRow} points at its line. Which
 * sheets hold the tasks is not the reader's business: every sheet is in the document and the
 * importer chooses those with a task table's header.
 */
public final class ExcelDocumentReader implements DocumentReader {
    static {
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    @Override
    public ImportedDocument read(Path file) throws DocumentReadException {
        return read(file, ImportMonitor.NONE);
    }

    @Override
    public ImportedDocument read(Path file, ImportMonitor monitor) throws DocumentReadException {
        FileChecks.check(file);
        List<SheetGrid> sheets;
        try {
            sheets = isZip(file) ? XlsxSheets.read(file, monitor) : XlsSheets.read(file, monitor);
        } catch (CancellationException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException(Messages.get("import.error.excelPassword", file), e);
        } catch (OldExcelFormatException e) {
            throw new DocumentReadException(Messages.get("import.error.oldExcel", file), e);
        } catch (SheetGrid.TooLarge e) {
            throw new DocumentReadException(Messages.get("import.error.sheetTooLarge", file, e.sheet, e.limit), e);
        } catch (IOException | OpenXML4JException | XMLStreamException | SAXException | RuntimeException e) {
            if (unpacksTooLarge(e)) {
                throw new DocumentReadException(Messages.get("import.error.partTooLarge", file,
                        ZipSecureFile.getMaxEntrySize() >> 20), e);
            }
            throw new DocumentReadException(Messages.get("import.error.badExcel", file,
                    DocxDocumentReader.oneLine(e)), e);
        }
        StringBuilder text = new StringBuilder();
        List<DocumentTable> tables = new ArrayList<>(sheets.size());
        int line = 1;
        boolean anything = false;
        for (SheetGrid sheet : sheets) {
            if (line > 1) {
                text.append('\n');
                line++;
            }
            text.append('【').append(sheet.name).append("】\n");
            line++;
            SheetGrid.Printed printed = sheet.print(line);
            for (String row : printed.lines()) {
                text.append(row).append('\n');
                line++;
            }
            anything |= !printed.lines().isEmpty();
            tables.add(printed.table());
        }
        if (!anything) {
            throw new DocumentReadException(Messages.get("import.error.empty", file));
        }
        return new ImportedDocument(file.getFileName().toString(), Messages.get("import.format.excel"),
                text.toString(), tables, true);
    }

    /**
     * Whether POI stopped at a part that unpacks beyond its limit: a sheet of some 400,000 rows fits
     * in a file of 10 MB, and is refused as too large (the same limit stops zip bombs).
     */
    private static boolean unpacksTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZip(Path file) throws DocumentReadException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            throw new DocumentReadException(Messages.get("import.error.unreadable", file), e);
        }
    }
}
