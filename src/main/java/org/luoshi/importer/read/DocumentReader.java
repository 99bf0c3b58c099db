package org.luoshi.importer.read;

import java.nio.file.Path;
import org.luoshi.importer.parse.ImportMonitor;

/** Reads one kind of document (text, Word, PDF) into text and tables. */
public interface DocumentReader {
    ImportedDocument read(Path file) throws DocumentReadException;

    /**
     * As {@link #read(Path)}, watched: a reader of a long document reports how far it got and stops
     * with a {@link java.util.concurrent.CancellationException} when the monitor says so. A reader
     * that does not watch at all only looks before it starts.
     */
    default ImportedDocument read(Path file, ImportMonitor monitor) throws DocumentReadException {
        monitor.checkCancelled();
        ImportedDocument document = read(file);
        monitor.checkCancelled();
        return document;
    }
}
