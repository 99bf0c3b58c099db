package org.luoshi.storage;

import java.util.List;

/**
 * What {@code workspace copy} copied: each table with its row count and checksum, which the target
 * was found to hold, the same as the source, before the copy was committed.
 *
 * @param from   the source's file path or server address (never a password)
 * @param to     the target's
 * @param tables every table of the workspace, by name
 */
public record CopyReport(String from, String to, List<Table> tables) {

    /** One table: rows copied and the checksum of its rows (order-free SHA-256 sum, hex). */
    public record Table(String name, long rows, String checksum) {
    }

    public CopyReport {
        tables = List.copyOf(tables);
    }

    /** Rows copied in all. */
    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
