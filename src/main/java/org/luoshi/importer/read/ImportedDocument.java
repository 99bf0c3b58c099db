package org.luoshi.importer.read;

import java.util.List;

/**
 * What a reader got out of a document: its text, line by line as the parser wants it (tables
 * included, one row a line, cells separated by tabs), and its tables as rows of cells for
 * documents that carry the division of work as a table (分工表).
 *
 * @param name     the file name, or a label such as "clipboard"
 * @param format   how it was read, for the review dialog ("UTF-8 text", "Word", "PDF")
 * @param workbook the document is a spreadsheet: its text only prints its sheets (one table each),
 *                 so its tasks are in a sheet's task table or nowhere — never in the text's lines
 */
public record ImportedDocument(String name, String format, String text, List<DocumentTable> tables,
        boolean workbook) {
    public ImportedDocument {
        tables = List.copyOf(tables);
    }

    /** A document of text and tables (not a workbook). */
    public ImportedDocument(String name, String format, String text, List<DocumentTable> tables) {
        this(name, format, text, tables, false);
    }

    public static ImportedDocument text(String name, String format, String text) {
        return new ImportedDocument(name, format, text, List.of());
    }

    /** The names of the tables, in order: a workbook's shown sheets. */
    public List<String> tableNames() {
        return tables.stream().map(DocumentTable::name).toList();
    }
}
