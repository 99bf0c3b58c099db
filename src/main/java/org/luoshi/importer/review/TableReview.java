package org.luoshi.importer.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;
import org.luoshi.importer.table.ColumnMeanings;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.table.TableColumn;
import org.luoshi.importer.table.TaskTableReader;
import org.luoshi.plan.Part;
import org.luoshi.plan.Task;

/**
 * The tables of an imported document while the person reviews them: which tables (sheets) are read,
 * and what each column means — as the header said, or as the person chose from the drop-down above
 * it. A choice is remembered for headers spelled that way ({@link #remembered()}), and the tasks are
 * read again from the chosen tables ({@link #read()}). No JavaFX; the grid in {@code importer.ui}
 * shows it.
 */
public final class TableReview {
    /** The tasks and parts the chosen tables give, in table order. */
    public record Read(List<Part> parts, List<Task> tasks) {
        public Read {
            parts = List.copyOf(parts);
            tasks = List.copyOf(tasks);
        }
    }

    private final List<DocumentTable> tables;
    private final List<ColumnMeanings> meanings = new ArrayList<>();
    private final List<Boolean> chosen = new ArrayList<>();
    private final Integer year;
    private RememberedHeaders remembered;

    private TableReview(List<DocumentTable> tables, RememberedHeaders remembered, Integer year) {
        this.tables = List.copyOf(tables);
        this.remembered = remembered == null ? RememberedHeaders.NONE : remembered;
        this.year = year;
        TaskTableReader reader = new TaskTableReader(this.remembered);
        boolean anyRead = false;
        for (DocumentTable table : this.tables) {
            Optional<ColumnMeanings> found = reader.meanings(table);
            meanings.add(found.orElse(new ColumnMeanings(0, Map.of())));
            chosen.add(found.isPresent());
            anyRead |= found.isPresent();
        }
        if (!anyRead && this.tables.size() == 1) {
            chosen.set(0, true); // one table with a header nobody knew: the person is to say what it means
        }
    }

    /**
     * The review of {@code tables}, or empty for a document without tables.
     *
     * @param remembered header meanings chosen before
     * @param year       the plan's year, for time limits without one (6月底前)
     */
    public static Optional<TableReview> of(List<DocumentTable> tables, RememberedHeaders remembered, Integer year) {
        List<DocumentTable> withRows = tables.stream().filter(t -> !t.rows().isEmpty()).toList();
        return withRows.isEmpty() ? Optional.empty() : Optional.of(new TableReview(withRows, remembered, year));
    }

    public List<DocumentTable> tables() {
        return tables;
    }

    /** Table {@code t}'s own name (a sheet's), or "" where it has none. */
    public String name(int t) {
        return tables.get(t).name();
    }

    public int columnCount(int t) {
        int n = 0;
        for (var row : tables.get(t).rows()) {
            n = Math.max(n, row.cells().size());
        }
        return n;
    }

    public ColumnMeanings meanings(int t) {
        return meanings.get(t);
    }

    /** The meaning of column {@code column} of table {@code t}; {@link TableColumn#OTHER} for one read as nothing. */
    public TableColumn meaningOf(int t, int column) {
        return meanings.get(t).columns().getOrDefault(column, TableColumn.OTHER);
    }

    /** The header row's text over column {@code column}: a merged header cell's text for each column it covers. */
    public String headerText(int t, int column) {
        List<TableRow> rows = tables.get(t).rows();
        int r = meanings.get(t).headerRow();
        int c = column;
        while (r >= 0 && r < rows.size() && c >= 0 && c < rows.get(r).cells().size()) {
            TableCell cell = rows.get(r).cells().get(c);
            switch (cell.covered()) {
                case NO -> {
                    return cell.text();
                }
                case FROM_LEFT -> c--;
                case FROM_ABOVE -> r--;
            }
        }
        return "";
    }

    /**
     * Column {@code column} of table {@code t} means {@code meaning}; a column that meant it before
     * is read as nothing now (one column per meaning), and the header spelled as this column's is
     * remembered to mean it.
     */
    public void setMeaning(int t, int column, TableColumn meaning) {
        Map<Integer, TableColumn> columns = new HashMap<>(meanings.get(t).columns());
        if (meaning != TableColumn.OTHER) {
            columns.values().removeIf(m -> m == meaning);
            columns.put(column, meaning);
        } else {
            columns.remove(column);
        }
        meanings.set(t, new ColumnMeanings(meanings.get(t).headerRow(), columns));
        remembered = remembered.with(headerText(t, column), meaning);
        chosen.set(t, true);
    }

    /** Row {@code row} of table {@code t} is its header: the rows above are titles, those below tasks. */
    public void setHeaderRow(int t, int row) {
        if (row < 0 || row >= tables.get(t).rows().size()) {
            throw new IllegalArgumentException("no row " + row);
        }
        meanings.set(t, new ColumnMeanings(row, meanings.get(t).columns()));
    }

    public boolean isChosen(int t) {
        return chosen.get(t);
    }

    /** Whether table {@code t} (a sheet) is read for tasks. */
    public void choose(int t, boolean read) {
        chosen.set(t, read);
    }

    /** Whether table {@code t} has a task and a unit column, so that it gives tasks. */
    public boolean readsTasks(int t) {
        return meanings.get(t).readsTasks();
    }

    /** The header meanings remembered, with the choices made here. */
    public RememberedHeaders remembered() {
        return remembered;
    }

    /** The tasks of the chosen tables that read tasks, numbered on from 1 across tables. */
    public Read read() {
        TaskTableReader reader = new TaskTableReader(remembered);
        List<Part> parts = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            if (chosen.get(t) && meanings.get(t).readsTasks()) {
                var read = reader.read(tables.get(t), meanings.get(t), tasks.size() + 1, year, ImportMonitor.NONE);
                parts.addAll(read.parts());
                tasks.addAll(read.tasks());
            }
        }
        return new Read(parts, tasks);
    }
}
