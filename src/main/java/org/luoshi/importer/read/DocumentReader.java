package org.luoshi.importer.read;

import java.nio.file.Path;

/** Reads one kind of document (text, Word, PDF) into text and tables. */
public interface DocumentReader {
    ImportedDocument read(Path file) throws DocumentReadException;
}
