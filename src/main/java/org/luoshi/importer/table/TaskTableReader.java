package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.luoshi.importer.parse.ChineseNumerals;
import org.luoshi.importer.parse.ClauseParser;
import org.luoshi.importer.parse.DeadlineParser;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.parse.ParsedClause;
import org.luoshi.importer.parse.StandingRule;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Part;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * Turns a division-of-work table — columns such as 序号 / 任务 / 牵头单位 / 配合单位 / 完成时限 —
 * into tasks directly: each row with a task text is a task, its unit cells are read with the
 * clause rules ({@link ClauseParser#parseFields}: a 责任单位 cell with one unit names the lead, role
 * words inside a cell count), its time-limit cell with the
 * deadline rules (长期坚持 there is ONGOING). A 类别 column groups rows into parts.
 */
public final class TaskTableReader {
    /** The tasks and parts a table holds, and how its columns were read. */
    public record TableTasks(List<Part> parts, List<Task> tasks, ColumnMeanings meanings) {
    }

    private final ClauseParser clauses = new ClauseParser();
    private final DeadlineParser deadlines = new DeadlineParser();
    private final RememberedHeaders remembered;

    public TaskTableReader() {
        this(RememberedHeaders.NONE);
    }

    /** A reader that takes the meanings the person chose for headers spelled so before its own header words. */
    public TaskTableReader(RememberedHeaders remembered) {
        this.remembered = remembered == null ? RememberedHeaders.NONE : remembered;
    }

    /**
     * @param table     the table, header rows included
     * @param firstSeq  seq of the first task (tables after other tasks continue the count)
     * @param issueYear the plan's year, for time limits without one (6月底前)
     * @return empty if the table is not a division-of-work table
     */
    public Optional<TableTasks> read(DocumentTable table, int firstSeq, Integer issueYear, ImportMonitor monitor) {
        return meanings(table).map(m -> read(table, m, firstSeq, issueYear, monitor));
    }

    /** Reads {@code table} with the columns as {@code meanings} says (the user's choice in the review dialog). */
    public TableTasks read(DocumentTable table, ColumnMeanings meanings, int firstSeq, Integer issueYear,
            ImportMonitor monitor) {
        List<List<String>> filled = filled(table);
        return tasks(table.rows(), filled, meanings, firstSeq, issueYear, monitor);
    }

    /** How the table's columns read from its header, if a header among its first rows names a task and a unit column. */
    public Optional<ColumnMeanings> meanings(DocumentTable table) {
        List<List<String>> texts = table.texts();
        for (int h = 0; h < Math.min(3, texts.size()); h++) {
            ColumnMeanings m = new ColumnMeanings(h, columns(texts.get(h)));
            if (m.readsTasks()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Rows of plain cells from line {@code firstLine} on: tests and callers without a document. */
    public Optional<TableTasks> read(List<List<String>> rows, int firstLine, int firstSeq, Integer issueYear) {
        return read(DocumentTable.ofLines("", firstLine, rows), firstSeq, issueYear, ImportMonitor.NONE);
    }

    private Map<Integer, TableColumn> columns(List<String> header) {
        Map<Integer, TableColumn> columns = new HashMap<>();
        Set<TableColumn> seen = EnumSet.noneOf(TableColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            String text = header.get(i);
            remembered.meaningOf(text).or(() -> TableColumn.of(text))
                    .filter(c -> c != TableColumn.OTHER)
                    .filter(seen::add).ifPresent(c -> columns.put(index, c));
        }
        return columns;
    }

    /** The cells' texts with every covered cell given the text of the cell that covers it. */
    static List<List<String>> filled(DocumentTable table) {
        List<List<String>> out = new ArrayList<>(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            List<TableCell> cells = table.rows().get(r).cells();
            List<String> row = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                TableCell cell = cells.get(c);
                String text = switch (cell.covered()) {
                    case NO -> cell.text();
                    case FROM_LEFT -> c > 0 ? row.get(c - 1) : "";
                    case FROM_ABOVE -> r > 0 && c < out.get(r - 1).size() ? out.get(r - 1).get(c) : "";
                };
                row.add(text);
            }
            out.add(row);
        }
        return out;
    }

    private TableTasks tasks(List<TableRow> tableRows, List<List<String>> filled, ColumnMeanings columns,
            int firstSeq, Integer issueYear, ImportMonitor monitor) {
        List<Part> parts = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        String part = null;
        String lastCategory = null;
        for (int r = columns.headerRow() + 1; r < filled.size(); r++) {
            if ((r & 0xFF) == 0xFF) {
                monitor.checkCancelled();
            }
            List<String> row = filled.get(r);
            String text = cell(row, columns, TableColumn.TASK);
            String category = cell(row, columns, TableColumn.CATEGORY);
            if (!category.isEmpty() && !category.equals(lastCategory)) {
                lastCategory = category;
                part = toChinese(parts.size() + 1);
                parts.add(new Part(part, category));
            }
            if (text.isEmpty()) {
                continue;
            }
            ParsedClause units = clauses.parseFields(List.of(
                    new ClauseParser.Field(Role.LEAD, cell(row, columns, TableColumn.LEAD)),
                    new ClauseParser.Field(Role.RESPONSIBLE, cell(row, columns, TableColumn.RESPONSIBLE)),
                    new ClauseParser.Field(Role.COOPERATING, cell(row, columns, TableColumn.COOPERATING))),
                    StandingRule.NONE);
            List<Assignment> assignments = units.assignments();
            boolean others = units.othersIncluded();

            String limit = cell(row, columns, TableColumn.DEADLINE);
            List<Deadline> due = limit.isEmpty() ? List.of() : deadlines.parseTimeLimit(limit, issueYear);
            String number = cell(row, columns, TableColumn.NUMBER).replaceAll("[、．.]$", "");
            tasks.add(new Task(0, firstSeq + tasks.size(), number.isEmpty() ? null : number, part, null, text,
                    assignments, others, due, List.of(), List.of(), TaskStatus.NOT_STARTED, tableRows.get(r).line()));
        }
        return new TableTasks(parts, tasks, columns);
    }

    private static String cell(List<String> row, ColumnMeanings columns, TableColumn column) {
        int i = columns.indexOf(column);
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }

    /** 1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五: part labels for table categories. */
    static String toChinese(int n) {
        return ChineseNumerals.format(n);
    }

}
