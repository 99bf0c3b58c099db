package org.luoshi.importer.read;

import java.util.List;

/** A table of a document, as rows of cell texts; {@code firstLine} is the text line of its first row. */
public record DocumentTable(int firstLine, List<List<String>> rows) {
    public DocumentTable {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
