package org.luoshi.importer.table;

import org.luoshi.importer.read.HeaderCells;

/**
 * The header words of {@link TableColumn} given to the readers that must find a table themselves
 * (the PDF reader lays out text positions): a reader cannot depend on this package, so it is
 * handed these.
 */
public final class TaskTableHeaders implements HeaderCells {
    public static final TaskTableHeaders INSTANCE = new TaskTableHeaders();

    private TaskTableHeaders() {
    }

    @Override
    public Kind kind(String text) {
        return TableColumn.of(text).map(c -> c == TableColumn.NUMBER ? Kind.NUMBER : Kind.COLUMN).orElse(Kind.NOTHING);
    }
}
