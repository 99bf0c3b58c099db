package org.luoshi.importer.table;

import org.luoshi.importer.read.HeaderCells;

/**
 * The header words of {@link TableColumn} — and before them the meanings the user chose for
 * headers spelled so ({@link RememberedHeaders}) — given to the readers that must find a table
 * themselves (the PDF reader lays out text positions): a reader cannot depend on this package, so
 * it is handed these.
 */
public final class TaskTableHeaders implements HeaderCells {
    /** The built-in header words alone. */
    public static final TaskTableHeaders INSTANCE = new TaskTableHeaders(RememberedHeaders.NONE);

    private final RememberedHeaders headers;

    private TaskTableHeaders(RememberedHeaders headers) {
        this.headers = headers;
    }

    /** The built-in words with the user's remembered choices first. */
    public static TaskTableHeaders remembering(RememberedHeaders headers) {
        return headers == null || headers.isEmpty() ? INSTANCE : new TaskTableHeaders(headers);
    }

    @Override
    public Kind kind(String text) {
        return headers.headerMeaning(text).map(c -> c == TableColumn.NUMBER ? Kind.NUMBER : Kind.COLUMN)
                .orElse(Kind.NOTHING);
    }
}
