package org.luoshi.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportMonitor;

/**
 * Picks the reader for a file by what it holds — its first bytes, the parts of a zip, the streams of
 * an OLE2 file — so that a renamed file still reads right; by its name only where that says nothing.
 */
public final class DocumentReaders {
    private DocumentReaders() {
    }

    public static ImportedDocument read(Path file) throws DocumentReadException {
        return readerFor(file).read(file);
    }

    /** As {@link #read(Path)}, reporting progress to {@code monitor} and stopping when it says so. */
    public static ImportedDocument read(Path file, ImportMonitor monitor) throws DocumentReadException {
        return readerFor(file).read(file, monitor);
    }

    /**
     * As {@link #read(Path, ImportMonitor)}, finding division-of-work tables by {@code headers} also
     * where the file keeps no table structure (a PDF).
     */
    public static ImportedDocument read(Path file, ImportMonitor monitor, HeaderCells headers)
            throws DocumentReadException {
        return readerFor(file, headers).read(file, monitor);
    }

    public static DocumentReader readerFor(Path file) {
        return readerFor(file, HeaderCells.NONE);
    }

    /** The reader for {@code file}; a PDF reader finds the tables whose header {@code headers} knows. */
    public static DocumentReader readerFor(Path file, HeaderCells headers) {
        byte[] head = new byte[5];
        int n = 0;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                n = 0; // the reader reports the unreadable file with its own message
            }
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return new PdfDocumentReader(headers);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            if (zipHoldsNoDocument(file)) {
                return f -> {
                    FileChecks.check(f);
                    throw new DocumentReadException(Messages.get("import.error.zip", f));
                };
            }
            return zipHoldsWorkbook(file, name) ? new ExcelDocumentReader() : new DocxDocumentReader();
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return ole2Reader(file, name);
        }
        if (n == 0) {
            if (name.endsWith(".docx")) {
                return new DocxDocumentReader();
            }
            if (name.endsWith(".pdf")) {
                return new PdfDocumentReader(headers);
            }
            if (byName(name, ".xlsx", ".xlsm", ".xls", ".et")) {
                return new ExcelDocumentReader();
            }
            if (byName(name, ".doc", ".wps")) {
                return new DocDocumentReader();
            }
        }
        return new TextDocumentReader();
    }

    /**
     * A zip that opens and holds neither a Word document (word/document.xml, or the content types
     * of an Office file) nor a workbook: an archive, not a document. A damaged zip is left to the
     * Word or Excel reader, which says it is damaged.
     */
    private static boolean zipHoldsNoDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") == null && zip.getEntry("word/document.xml") == null
                    && zip.getEntry("xl/workbook.xml") == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A zip is a workbook when it holds xl/workbook.xml; one whose directory is damaged goes by its name. */
    private static boolean zipHoldsWorkbook(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException e) {
            return byName(name, ".xlsx", ".xlsm");
        }
    }

    /**
     * An OLE2 file (Office 97–2003, WPS) by the streams it holds: Workbook (Book for Excel 5/95) is
     * a workbook, WordDocument a Word or WPS document, EncryptedPackage a .xlsx or .docx protected by
     * a password. One whose directory cannot be read, or that is too large to open, goes by its name;
     * that reader says what is wrong with it (and an OLE2 file of another kind, a .ppt, is no text).
     */
    private static DocumentReader ole2Reader(Path file, String name) {
        Set<String> streams = new HashSet<>();
        try {
            if (Files.size(file) <= FileChecks.MAX_BYTES) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    fs.getRoot().getEntryNames().forEach(e -> streams.add(e.toLowerCase(Locale.ROOT)));
                }
            }
        } catch (IOException | RuntimeException e) {
            streams.clear(); // damaged: chosen by name below
        }
        if (streams.contains("workbook") || streams.contains("book")) {
            return new ExcelDocumentReader();
        }
        if (streams.contains("worddocument")) {
            return new DocDocumentReader();
        }
        if (streams.contains("encryptedpackage")) {
            String key = byName(name, ".docx", ".doc", ".wps") ? "import.error.wordPassword" : "import.error.excelPassword";
            return path -> {
                FileChecks.check(path);
                throw new DocumentReadException(Messages.get(key, path));
            };
        }
        if (byName(name, ".xls", ".et", ".xlsx")) {
            return new ExcelDocumentReader();
        }
        return byName(name, ".doc", ".wps", ".docx") ? new DocDocumentReader() : new TextDocumentReader();
    }

    private static boolean byName(String name, String... endings) {
        for (String ending : endings) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
