package org.luoshi.importer.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a table's header by what its cells mean: a row among the first {@value #SEARCHED} (titles,
 * a 附件 line and notes may stand above it) whose cells name a task column and a unit column, or
 * two rows where the upper one's cell (责任单位) spans the lower one's (牵头单位 | 配合单位). Tells a
 * header repeated on a later page from a row of data.
 */
final class TableHeader {
    /** How many rows from the top may hold the header. */
    static final int SEARCHED = 10;

    private final RememberedHeaders words;

    TableHeader(RememberedHeaders words) {
        this.words = words;
    }

    /** The header of rows whose covered cells are filled, or empty if no row reads as one. */
    Optional<ColumnMeanings> find(List<List<String>> filled) {
        for (int h = 0; h < Math.min(SEARCHED, filled.size()); h++) {
            Map<Integer, TableColumn> upper = columns(filled.get(h));
            if (h + 1 < filled.size() && isHeaderLike(filled.get(h + 1))) {
                Map<Integer, TableColumn> lower = columns(filled.get(h + 1));
                Map<Integer, TableColumn> both = new HashMap<>(upper);
                both.putAll(lower);
                ColumnMeanings two = new ColumnMeanings(h + 1, distinct(both));
                if (two.readsTasks() && !lower.isEmpty() && !lower.equals(upper)) {
                    return Optional.of(two);
                }
            }
            ColumnMeanings one = new ColumnMeanings(h, distinct(upper));
            if (one.readsTasks()) {
                return Optional.of(one);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a row is a header again (a page's repeated header, or the lower row of a two-row
     * header): two or more cells, each a header word.
     */
    boolean isHeaderLike(List<String> row) {
        int named = 0;
        for (String cell : row) {
            if (cell.isBlank()) {
                continue;
            }
            if (words.headerMeaning(cell).isEmpty()) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }

    private Map<Integer, TableColumn> columns(List<String> row) {
        Map<Integer, TableColumn> columns = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            int index = i;
            words.headerMeaning(row.get(i)).ifPresent(c -> columns.put(index, c));
        }
        return columns;
    }

    /**
     * The first column of each meaning keeps it; later ones (a spanned 责任单位 filled in twice) read
     * as nothing. Two task columns side by side — 重点任务 | 具体措施, the first merged over the
     * measures it groups — make the second the task and the first its category, when the table
     * has no 类别 column of its own; beside a 类别 column both are the task's text.
     */
    private static Map<Integer, TableColumn> distinct(Map<Integer, TableColumn> columns) {
        Map<Integer, TableColumn> out = new HashMap<>();
        List<Integer> tasks = columns.entrySet().stream().filter(e -> e.getValue() == TableColumn.TASK)
                .map(Map.Entry::getKey).sorted().toList();
        boolean sideBySide = tasks.size() >= 2 && tasks.get(1) == tasks.get(0) + 1;
        boolean grouped = sideBySide && !columns.containsValue(TableColumn.CATEGORY);
        // Beside a 类别 column, 重点任务 | 具体措施 is one task: the measures are the rest of its text.
        Integer measures = sideBySide && !grouped ? tasks.get(1) : null;
        columns.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            TableColumn meaning = e.getValue();
            if (grouped && e.getKey().equals(tasks.get(0))) {
                meaning = TableColumn.CATEGORY;
            }
            if (meaning == TableColumn.OTHER || !out.containsValue(meaning) || e.getKey().equals(measures)) {
                out.put(e.getKey(), meaning);
            }
        });
        return out;
    }
}
