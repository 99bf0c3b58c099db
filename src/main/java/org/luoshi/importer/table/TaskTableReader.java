package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.importer.parse.ChineseNumerals;
import org.luoshi.importer.parse.DeadlineParser;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.parse.UnitList;
import org.luoshi.importer.parse.UnitListSplitter;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Part;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * Turns a division-of-work table — columns such as 序号 / 任务 / 牵头单位 / 配合单位 / 完成时限 —
 * into tasks directly: each row with a task text is a task, its unit cells are read with the
 * clause rules (a 责任单位 cell with one unit names the lead), its time-limit cell with the
 * deadline rules (长期坚持 there is ONGOING). A 类别 column groups rows into parts.
 */
public final class TaskTableReader {
    /** The tasks and parts a table holds. */
    public record TableTasks(List<Part> parts, List<Task> tasks) {
    }

    private final UnitListSplitter splitter = new UnitListSplitter();
    private final DeadlineParser deadlines = new DeadlineParser();

    /**
     * @param rows      the table's rows of cell texts
     * @param firstLine source line of the first row (rows follow one a line)
     * @param firstSeq  seq of the first task (tables after other tasks continue the count)
     * @return empty if the table is not a division-of-work table
     */
    public Optional<TableTasks> read(List<List<String>> rows, int firstLine, int firstSeq, Integer issueYear) {
        return read(rows, firstLine, firstSeq, issueYear, ImportMonitor.NONE);
    }

    /** As {@link #read(List, int, int, Integer)}, stopping between rows when {@code monitor} says so. */
    public Optional<TableTasks> read(List<List<String>> rows, int firstLine, int firstSeq, Integer issueYear,
            ImportMonitor monitor) {
        for (int h = 0; h < Math.min(3, rows.size()); h++) {
            Map<TableColumn, Integer> columns = columns(rows.get(h));
            boolean hasUnits = columns.containsKey(TableColumn.LEAD) || columns.containsKey(TableColumn.RESPONSIBLE);
            if (columns.containsKey(TableColumn.TASK) && hasUnits) {
                return Optional.of(tasks(rows.subList(h + 1, rows.size()), columns, firstLine + h + 1, firstSeq,
                        issueYear, monitor));
            }
        }
        return Optional.empty();
    }

    private static Map<TableColumn, Integer> columns(List<String> header) {
        Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn.of(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        return columns;
    }

    private TableTasks tasks(List<List<String>> rows, Map<TableColumn, Integer> columns, int line, int firstSeq,
            Integer issueYear, ImportMonitor monitor) {
        List<Part> parts = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        String part = null;
        String lastCategory = null;
        for (int r = 0; r < rows.size(); r++) {
            if ((r & 0xFF) == 0xFF) {
                monitor.checkCancelled();
            }
            List<String> row = rows.get(r);
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
            List<Assignment> assignments = new ArrayList<>();
            boolean others = false;
            UnitList lead = units(cell(row, columns, TableColumn.LEAD));
            add(assignments, lead.names(), Role.LEAD);
            UnitList responsible = units(cell(row, columns, TableColumn.RESPONSIBLE));
            if (lead.names().isEmpty() && responsible.names().size() == 1) {
                add(assignments, responsible.names(), Role.LEAD);
            } else {
                add(assignments, responsible.names(), Role.RESPONSIBLE);
            }
            UnitList cooperating = units(cell(row, columns, TableColumn.COOPERATING));
            add(assignments, cooperating.names(), Role.COOPERATING);
            others = lead.othersIncluded() || responsible.othersIncluded() || cooperating.othersIncluded();

            String limit = cell(row, columns, TableColumn.DEADLINE);
            List<Deadline> due = limit.isEmpty() ? List.of() : deadlines.parseTimeLimit(limit, issueYear);
            String number = cell(row, columns, TableColumn.NUMBER).replaceAll("[、．.]$", "");
            tasks.add(new Task(0, firstSeq + tasks.size(), number.isEmpty() ? null : number, part, null, text,
                    assignments, others, due, List.of(), List.of(), TaskStatus.NOT_STARTED, line + r));
        }
        return new TableTasks(parts, tasks);
    }

    private UnitList units(String cell) {
        return cell.isEmpty() ? new UnitList(List.of(), false) : splitter.split(cell);
    }

    private static void add(List<Assignment> to, List<String> names, Role role) {
        for (String n : names) {
            Assignment a = Assignment.of(n, role);
            if (!to.contains(a)) {
                to.add(a);
            }
        }
    }

    private static String cell(List<String> row, Map<TableColumn, Integer> columns, TableColumn column) {
        Integer i = columns.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    /** 1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五: part labels for table categories. */
    static String toChinese(int n) {
        return ChineseNumerals.format(n);
    }

}
