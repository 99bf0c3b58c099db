package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.ChineseNumerals;
import org.luoshi.importer.parse.DeadlineParser;
import org.luoshi.importer.parse.ImportMonitor;
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
 * clause rules (a 责任单位 cell with one unit names the lead; role words inside a cell count),
 * its time-limit cell with the deadline rules (长期坚持 there is ONGOING). A 类别 column, or a
 * row holding only a heading (一、优化营商环境), groups the rows into parts.
 *
 * <p>What printing does to a table is undone here: rows above the header (titles, 附件2) are
 * skipped, as are a header repeated on every page and page numbers between rows; a row without
 * a 序号 that only carries more text continues the row above it (a row split across a page
 * break); merged cells give their text to every cell they cover, and a task row whose lead or
 * time-limit cell was printed once for several rows (empty below) takes it from the row above.
 */
public final class TaskTableReader {
    /** The tasks and parts a table holds, and how its columns were read. */
    public record TableTasks(List<Part> parts, List<Task> tasks, ColumnMeanings meanings) {
    }

    /** The longest task cell read as a group's title: a title is a phrase, a task a sentence or more. */
    private static final int MAX_GROUP_TITLE = 30;
    private static final Pattern HEADING_NUMBER =
            Pattern.compile("^(?:([一二三四五六七八九十百]+)[、．.]|[（(]([一二三四五六七八九十百]+)[）)])\\s*");
    /** A header naming what a task must reach: the second of a name | requirement pair. */
    private static final Pattern REQUIREMENT_HEADER = Pattern.compile("指标|要求|目标");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[。，,；;！？!?：:]");
    private static final Pattern TITLE_LINE = Pattern.compile("附件\\s*\\d*[：:]?|附表\\s*\\d*[：:]?");

    private final RememberedHeaders words;
    private final TableHeader header;
    private final UnitCells units = new UnitCells();
    private final DeadlineParser deadlines = new DeadlineParser();

    /** A reader that knows the built-in header words. */
    public TaskTableReader() {
        this(RememberedHeaders.NONE);
    }

    /** A reader that consults {@code words} (the user's remembered choices) before the built-in words. */
    public TaskTableReader(RememberedHeaders words) {
        this.words = words;
        this.header = new TableHeader(words);
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
        return read(table, meanings, firstSeq, issueYear, StandingRule.NONE, monitor);
    }

    /**
     * As {@link #read(DocumentTable, ColumnMeanings, int, Integer, ImportMonitor)}, with the
     * standing rule the document states elsewhere (列第一位者为牵头单位) for its 责任单位 lists.
     */
    public TableTasks read(DocumentTable table, ColumnMeanings meanings, int firstSeq, Integer issueYear,
            StandingRule rule, ImportMonitor monitor) {
        return new Reading(table, filled(table, meanings.headerRow() + 1), meanings, issueYear, rule, monitor)
                .tasks(firstSeq);
    }

    /** How the table's columns read from its header, if a header among its first rows names a task and a unit column. */
    public Optional<ColumnMeanings> meanings(DocumentTable table) {
        return header.find(filled(table));
    }

    /** The header words this reader consults. */
    public RememberedHeaders words() {
        return words;
    }

    /** Rows of plain cells from line {@code firstLine} on: tests and callers without a document. */
    public Optional<TableTasks> read(List<List<String>> rows, int firstLine, int firstSeq, Integer issueYear) {
        return read(DocumentTable.ofLines("", firstLine, rows), firstSeq, issueYear, ImportMonitor.NONE);
    }

    /** The cells' texts with every covered cell given the text of the cell that covers it. */
    static List<List<String>> filled(DocumentTable table) {
        return filled(table, 0);
    }

    /**
     * As {@link #filled(DocumentTable)}, but no cell from row {@code firstData} on takes text from
     * a row above it (the header's text never reaches the data).
     */
    static List<List<String>> filled(DocumentTable table, int firstData) {
        List<List<String>> out = new ArrayList<>(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            List<TableCell> cells = table.rows().get(r).cells();
            List<String> row = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                TableCell cell = cells.get(c);
                String text = switch (cell.covered()) {
                    case NO -> cell.text();
                    case FROM_LEFT -> c > 0 ? row.get(c - 1) : "";
                    case FROM_ABOVE -> r > 0 && r != firstData && c < out.get(r - 1).size() ? out.get(r - 1).get(c) : "";
                };
                row.add(text);
            }
            out.add(row);
        }
        return out;
    }

    /** A row that will be a task: its cells (continuation rows joined in) and the lines it covers. */
    private static final class Pending {
        final List<String> cells;
        final List<Boolean> own;
        final int line;
        final String part;

        Pending(List<String> cells, List<Boolean> own, int line, String part) {
            this.cells = new ArrayList<>(cells);
            this.own = own;
            this.line = line;
            this.part = part;
        }
    }

    /** One read of one table. */
    private final class Reading {
        private final DocumentTable table;
        private final List<List<String>> filled;
        private final ColumnMeanings columns;
        private final Integer issueYear;
        private final ImportMonitor monitor;
        private StandingRule rule;
        private final List<Part> parts = new ArrayList<>();
        private final List<Pending> rows = new ArrayList<>();
        private String part;
        private String lastCategory;
        /** Whether the next row may continue the last task: not after a heading. */
        private boolean continuable;
        private final CellKinds kinds = new CellKinds();

        Reading(DocumentTable table, List<List<String>> filled, ColumnMeanings columns, Integer issueYear,
                StandingRule rule, ImportMonitor monitor) {
            this.table = table;
            this.filled = filled;
            this.columns = columns;
            this.issueYear = issueYear;
            this.rule = rule == null ? StandingRule.NONE : rule;
            this.monitor = monitor;
        }

        TableTasks tasks(int firstSeq) {
            for (int r = 0; r <= columns.headerRow() && r < filled.size(); r++) {
                ruleIn(filled.get(r));
            }
            for (int r = columns.headerRow() + 1; r < filled.size(); r++) {
                if ((r & 0xFF) == 0xFF) {
                    monitor.checkCancelled();
                }
                row(r);
            }
            List<Task> tasks = new ArrayList<>(rows.size());
            Pending previous = null;
            for (Pending p : rows) {
                inheritPrintedOnce(p, previous);
                tasks.add(task(p, firstSeq + tasks.size()));
                previous = p;
            }
            return new TableTasks(parts, tasks, columns);
        }

        private void row(int r) {
            List<String> row = filled.get(r);
            List<TableCell> cells = table.rows().get(r).cells();
            List<Integer> ownText = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isCovered() && !cells.get(c).text().isBlank()) {
                    ownText.add(c);
                }
            }
            if (ownText.isEmpty() && cell(row, TableColumn.TASK).isEmpty()) {
                return;
            }
            if (ownText.size() == 1 && CellKinds.isPageNumber(cells.get(ownText.get(0)).text())) {
                return;
            }
            if (header.isHeaderLike(row)) {
                return; // the header again, on a new page
            }
            if (ownText.size() == 1 && isHeadingRow(ownText.get(0), cells.get(ownText.get(0)).text())) {
                String text = cells.get(ownText.get(0)).text().strip();
                if (!TITLE_LINE.matcher(text).matches()) {
                    heading(text);
                }
                ruleIn(List.of(text));
                return;
            }
            if (ownText.size() == 1 && isUnitlessGroupTitle(r, ownText.get(0))) {
                heading(cells.get(ownText.get(0)).text().strip());
                return;
            }
            String category = cell(row, TableColumn.CATEGORY);
            if (!category.isEmpty() && !category.equals(lastCategory)) {
                lastCategory = category;
                heading(category);
            }
            if (continuable && (continues(row, cells) || sameTaskBelow(cells))) {
                Pending last = rows.get(rows.size() - 1);
                for (int c = 0; c < cells.size() && c < last.cells.size(); c++) {
                    if (!cells.get(c).isCovered()) {
                        TableColumn meaning = columns.columns().get(c);
                        last.cells.set(c, meaning != null && meaning.holdsUnits()
                                ? joinedUnits(last.cells.get(c), cells.get(c).text())
                                : joined(last.cells.get(c), cells.get(c).text()));
                    }
                }
                return;
            }
            if (!hasWords(cell(row, TableColumn.TASK))) {
                return; // no task text, or only figures (a stray page or row number)
            }
            List<Boolean> own = cells.stream().map(c -> !c.isCovered()).toList();
            rows.add(new Pending(row, own, table.rows().get(r).line(), part));
            continuable = true;
        }

        /**
         * A row with one text of its own is a heading when the text reads as one (一、…) or
         * stands where no task text goes (the 序号 column, spanning the row).
         */
        private boolean isHeadingRow(int column, String text) {
            TableColumn meaning = columns.columns().get(column);
            if (CellKinds.isPartHeading(text)) {
                return true;
            }
            return (meaning == null || meaning == TableColumn.NUMBER || meaning == TableColumn.OTHER)
                    && CellKinds.serial(text) < 0;
        }

        /**
         * A row whose only text is a short task cell, no unit reaching it (its unit cells empty, or merged from nothing
         * but the header), above rows that name their units: a group's title over them (强化科技创新支撑能力。 /
         * 加强战略科技力量建设。, then the tasks with 牵头单位 and 配合单位, set L 广州 2021), not a task.
         */
        private boolean isUnitlessGroupTitle(int r, int column) {
            if (columns.columns().get(column) != TableColumn.TASK || !hasUnitColumn() || hasUnits(r)
                    || table.rows().get(r).cells().get(column).text().strip().length() > MAX_GROUP_TITLE) {
                return false;
            }
            int task = columns.indexOf(TableColumn.TASK);
            for (int k = r + 1; k < table.rows().size(); k++) {
                List<TableCell> below = table.rows().get(k).cells();
                if (task >= below.size() || below.get(task).isCovered() || below.get(task).text().isBlank()) {
                    continue;
                }
                if (hasUnits(k)) {
                    return true;
                }
                if (below.get(task).text().strip().length() > MAX_GROUP_TITLE) {
                    return false;
                }
            }
            return false;
        }

        private boolean hasUnitColumn() {
            return columns.has(TableColumn.LEAD) || columns.has(TableColumn.RESPONSIBLE) || columns.has(TableColumn.COOPERATING);
        }

        /** Whether a unit cell of row {@code r} holds, or is merged from, a unit cell below the header that has text. */
        private boolean hasUnits(int r) {
            for (var column : columns.columns().entrySet()) {
                if (column.getValue() != null && column.getValue().holdsUnits() && !unitOrigin(r, column.getKey()).isBlank()) {
                    return true;
                }
            }
            return false;
        }

        /** The text of the cell a covered cell is merged from (up and left), or "" when that is the header or nothing. */
        private String unitOrigin(int r, int c) {
            while (r > columns.headerRow() && c >= 0 && c < table.rows().get(r).cells().size()) {
                TableCell cell = table.rows().get(r).cells().get(c);
                if (cell.covered() == TableCell.Covered.FROM_ABOVE) {
                    r--;
                } else if (cell.covered() == TableCell.Covered.FROM_LEFT) {
                    c--;
                } else {
                    return cell.text();
                }
            }
            return "";
        }

        /**
         * A row that goes on with the row above: the table numbers its rows, this one has no
         * 序号 of its own (nor one merged from above), and the row above was a task.
         */
        private boolean continues(List<String> row, List<TableCell> cells) {
            int number = columns.indexOf(TableColumn.NUMBER);
            if (number < 0 || rows.isEmpty() || number >= cells.size()) {
                return false;
            }
            Pending last = rows.get(rows.size() - 1);
            return !cells.get(number).isCovered() && cells.get(number).text().isBlank()
                    && number < last.cells.size() && !last.cells.get(number).isBlank()
                    && (!cell(row, TableColumn.TASK).isEmpty() || hasUnitText(row))
                    && !(endsWithTimeLimit(row) && endsWithTimeLimit(last.cells));
        }

        /** Whether a row's time-limit cell holds a whole time limit: a row that has one is complete. */
        private boolean endsWithTimeLimit(List<String> row) {
            String limit = cell(row, TableColumn.DEADLINE);
            return !limit.isEmpty() && kinds.looksLikeDeadline(limit);
        }

        /**
         * A row whose task cell is merged with the row above's (one task, a second row of units
         * beside it) adds its own cells to that task rather than repeating it.
         */
        private boolean sameTaskBelow(List<TableCell> cells) {
            int task = columns.indexOf(TableColumn.TASK);
            int number = columns.indexOf(TableColumn.NUMBER);
            return !rows.isEmpty() && task >= 0 && task < cells.size()
                    && cells.get(task).covered() == TableCell.Covered.FROM_ABOVE
                    && (number < 0 || number >= cells.size() || cells.get(number).isCovered()
                            || cells.get(number).text().isBlank());
        }

        private boolean hasUnitText(List<String> row) {
            for (TableColumn c : List.of(TableColumn.LEAD, TableColumn.RESPONSIBLE, TableColumn.COOPERATING)) {
                if (!cell(row, c).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        private void heading(String text) {
            continuable = false;
            Matcher m = HEADING_NUMBER.matcher(text);
            if (m.find()) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                part = number;
                parts.add(new Part(number, text.substring(m.end()).strip()));
            } else {
                part = toChinese(parts.size() + 1);
                parts.add(new Part(part, text));
            }
        }

        private void ruleIn(List<String> row) {
            for (String cell : row) {
                StandingRule stated = StandingRule.statedIn(cell);
                if (stated != StandingRule.NONE) {
                    rule = stated;
                }
            }
        }

        /**
         * A lead or time limit printed once for several rows, the cells below left empty: the
         * empty cell of a task row takes the row above's. Every task of a 分工表 has a lead and a
         * time limit, so an empty one means "as above".
         */
        private void inheritPrintedOnce(Pending p, Pending previous) {
            if (previous == null) {
                return;
            }
            int unit = columns.has(TableColumn.LEAD) ? columns.indexOf(TableColumn.LEAD)
                    : columns.indexOf(TableColumn.RESPONSIBLE);
            for (int c : new int[] {unit, columns.indexOf(TableColumn.DEADLINE)}) {
                if (c >= 0 && c < p.cells.size() && c < previous.cells.size() && p.cells.get(c).isBlank()
                        && p.own.get(c)) {
                    p.cells.set(c, previous.cells.get(c));
                }
            }
        }

        private Task task(Pending p, int seq) {
            List<Assignment> assignments = new ArrayList<>();
            String leadCell = cell(p.cells, TableColumn.LEAD);
            UnitCells.Units lead = units.read(leadCell, TableColumn.LEAD, rule, false);
            boolean leadGiven = lead.assignments().stream().anyMatch(a -> a.role() == Role.LEAD);
            UnitCells.Units responsible =
                    units.read(cell(p.cells, TableColumn.RESPONSIBLE), TableColumn.RESPONSIBLE, rule, leadGiven);
            UnitCells.Units cooperating =
                    units.read(cell(p.cells, TableColumn.COOPERATING), TableColumn.COOPERATING, rule, false);
            for (UnitCells.Units u : List.of(lead, responsible, cooperating)) {
                for (Assignment a : u.assignments()) {
                    if (assignments.stream().noneMatch(x -> x.unit().name().equals(a.unit().name()))) {
                        assignments.add(a);
                    }
                }
            }
            boolean others = lead.others() || responsible.others() || cooperating.others();
            String limit = cell(p.cells, TableColumn.DEADLINE);
            List<Deadline> due = CellKinds.isEmptyMark(limit) ? List.of() : deadlines.parseTimeLimit(limit, issueYear);
            String number = cell(p.cells, TableColumn.NUMBER).replaceAll("[、．.*＊]$", "");
            String text = taskText(taskCells(p.cells));
            if (!columns.has(TableColumn.NUMBER) && CellKinds.numberedText(text) >= 0) {
                // No 序号 column, the task cell opening with the task's number (1.积极推进…, set J 江门): its label.
                number = String.valueOf(CellKinds.numberedText(text));
                text = CellKinds.afterNumber(text);
            }
            if (!columns.has(TableColumn.DEADLINE)) {
                // No 完成时限 column: the time is said in the task's text (从2023年起，不再发放…), as in prose.
                due = deadlines.find(text, issueYear).stream().map(f -> f.deadline()).toList();
            }
            return new Task(0, seq, number.isEmpty() ? null : number, p.part, null, text, assignments, others, due,
                    List.of(), List.of(), TaskStatus.NOT_STARTED, p.line);
        }

        /**
         * The task's text: its task cells in order (重点任务。具体措施), each ended as a sentence before the next — except a
         * name followed by its requirement (任务名称 | 指标要求: 地区生产总值：增长5.5%, 上城 2019), written as an official
         * writes a target.
         */
        private String taskCells(List<String> row) {
            String text = "";
            for (int i : columns.indexesOf(TableColumn.TASK)) {
                String part = i < row.size() ? row.get(i).strip() : "";
                if (part.isEmpty()) {
                    continue;
                }
                if (!text.isEmpty() && "。；;！？!?：:".indexOf(text.charAt(text.length() - 1)) < 0) {
                    text += requirementColumn(i) && isName(text) ? "：" : "。";
                }
                text += part;
            }
            return text;
        }

        /** Whether the header names column {@code c} a requirement or a target (指标要求, 目标值, 工作要求, 预期目标). */
        private boolean requirementColumn(int c) {
            int h = columns.headerRow();
            String header = h < filled.size() && c < filled.get(h).size() ? TableColumn.normalise(filled.get(h).get(c)) : "";
            return REQUIREMENT_HEADER.matcher(header).find();
        }

        /** A task's name, not a sentence: short, no punctuation of a clause in it (地区生产总值, 城镇新增就业). */
        private static boolean isName(String text) {
            return text.length() <= 20 && !CLAUSE_MARK.matcher(text).find();
        }

        private String cell(List<String> row, TableColumn column) {
            int i = columns.indexOf(column);
            return i < 0 || i >= row.size() ? "" : row.get(i).strip();
        }
    }

    /** Whether a text has a letter or a character of a word in it: not only figures and marks. */
    static boolean hasWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Text of a continued cell: the two pieces joined as one (a break inside a word or a name). */
    static String joined(String above, String more) {
        String a = above.strip();
        String b = more.strip();
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        boolean latin = Character.isLetterOrDigit(a.charAt(a.length() - 1)) && a.charAt(a.length() - 1) < 0x2E80
                && Character.isLetterOrDigit(b.charAt(0)) && b.charAt(0) < 0x2E80;
        return latin ? a + " " + b : a + b;
    }

    /**
     * A unit cell continued: joined by a space, which {@link UnitCells} reads as a separator
     * between two names and drops inside one (省发展改 革委, a name broken by the page).
     */
    static String joinedUnits(String above, String more) {
        String a = above.strip();
        String b = more.strip();
        return a.isEmpty() || b.isEmpty() ? a + b : a + " " + b;
    }

    /** A task cell's paragraphs (joined by spaces) as one text: no space after Chinese punctuation. */
    static String taskText(String cell) {
        return cell.replaceAll("(?<=[。；：，、！？）」”])\\s+|\\s+(?=[（「“])", "");
    }

    /** 1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五: part labels for table categories. */
    static String toChinese(int n) {
        return ChineseNumerals.format(n);
    }
}
