package org.luoshi.importer.table;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which column of a table holds what: column index → meaning. The reader works it out from the
 * header row; the review dialog lets the user set it when the header is unknown or ambiguous.
 *
 * @param headerRow index of the header row in the table (rows above it are titles, rows below data)
 * @param columns   column index → meaning; a column not in the map is read as nothing
 */
public record ColumnMeanings(int headerRow, Map<Integer, TableColumn> columns) {
    public ColumnMeanings {
        columns = Map.copyOf(columns);
    }

    /** The index of the first column with {@code meaning}, or -1. */
    public int indexOf(TableColumn meaning) {
        return new TreeMap<>(columns).entrySet().stream().filter(e -> e.getValue() == meaning)
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** The indexes of every column with {@code meaning}, in order (重点任务 | 具体措施 both give the task's text). */
    public List<Integer> indexesOf(TableColumn meaning) {
        return new TreeMap<>(columns).entrySet().stream().filter(e -> e.getValue() == meaning)
                .map(Map.Entry::getKey).toList();
    }

    public boolean has(TableColumn meaning) {
        return columns.containsValue(meaning);
    }

    /** Enough to read tasks: a task column and a unit column. */
    public boolean readsTasks() {
        return has(TableColumn.TASK) && (has(TableColumn.LEAD) || has(TableColumn.RESPONSIBLE));
    }
}
