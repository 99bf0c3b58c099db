package org.luoshi.importer.read;

import java.util.List;

/**
 * What a reader got out of a document: its text, line by line as the parser wants it (tables
 * included, one row a line, cells separated by tabs), and its tables as rows of cells for
 * documents that carry the division of work as a table (分工表).
 *
 * @param name   the file name, or a label such as "clipboard"
 * @param format how it was read, for the review dialog ("UTF-8 text", "Word", "PDF")
 */
public record ImportedDocument(String name, String format, String text, List<DocumentTable> tables) {
    public ImportedDocument {
        tables = List.copyOf(tables);
    }

    public static ImportedDocument text(String name, String format, String text) {
        return new ImportedDocument(name, format, text, List.of());
    }
}
