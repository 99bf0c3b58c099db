package org.luoshi.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.luoshi.importer.parse.ImportMonitor;

/** Picks the reader for a file by its first bytes (a renamed file still reads right), else by its name. */
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
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return new PdfDocumentReader(headers);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new DocxDocumentReader();
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") && n == 0) {
            return new DocxDocumentReader();
        }
        if (name.endsWith(".pdf") && n == 0) {
            return new PdfDocumentReader(headers);
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            return new DocxDocumentReader(); // old binary .doc: the Word reader explains it cannot be read
        }
        return new TextDocumentReader();
    }
}
