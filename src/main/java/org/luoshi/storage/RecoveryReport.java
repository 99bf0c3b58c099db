package org.luoshi.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Workspace#recover} did: per table how many rows the damaged file still gave and how
 * many went into the new workspace, and what was lost, in words.
 *
 * @param from   the damaged workspace (only read)
 * @param to     the new workspace
 * @param tables every table of the new workspace, parents first
 * @param notes  what concerns the whole file (its schema unreadable, …)
 * @param result the check of the new workspace (sound, unless something went very wrong)
 */
public record RecoveryReport(Path from, Path to, List<Table> tables, List<String> notes, WorkspaceCheck result) {

    public RecoveryReport {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /**
     * One table.
     *
     * @param name      the table
     * @param inFile    how many rows the damaged file says it has (from an index that could still be
     *                  counted), or -1 if it cannot say
     * @param read      rows read from the damaged file
     * @param copied    rows written into the new workspace
     * @param lost      what could not be read or was refused, one line each (at most 20 lines; the
     *                  counts are whole)
     * @param lostRows  rows known to be lost: unreadable rows counted one by one, rows refused, and,
     *                  where the file could count the table, the rows it has beyond those read
     */
    public record Table(String name, long inFile, long read, long copied, List<String> lost, long lostRows) {
        public Table {
            lost = List.copyOf(lost);
        }
    }

    /** Rows lost over all tables, as far as they can be counted. */
    public long lostRows() {
        return tables.stream().mapToLong(Table::lostRows).sum();
    }

    /** Rows written into the new workspace. */
    public long copiedRows() {
        return tables.stream().mapToLong(Table::copied).sum();
    }

    /** Nothing was lost that the file could tell of: every table read whole. */
    public boolean complete() {
        return lostRows() == 0 && notes.isEmpty() && tables.stream().allMatch(t -> t.lost().isEmpty());
    }
}
