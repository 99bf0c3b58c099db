package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.ImportMonitor;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;

/**
 * Finds division-of-work tables in text that lost its table: copied from a web page or WPS, or a
 * PDF's text pasted. Two layouts are read:
 * <ul>
 * <li><b>tab-separated rows</b> under a tab-separated header (序号⇥重点任务⇥牵头单位⇥…), a header
 *     of two rows included; a cell Excel quoted because it holds line breaks is one cell;</li>
 * <li><b>one cell a line</b>: the header's cells on consecutive lines (序号 / 重点任务 / 牵头单位 /
 *     配合单位 / 完成时限), then each row starting with its 序号 on a line of its own, the row
 *     numbers counting up from any first number (a continued table starts at 24). Columns read as
 *     nothing (分管领导, 1-10月推进情况, 说明) may stand anywhere, after the units too. A cell may wrap over several lines; a row may leave out a cell that was
 *     merged over several rows. {@link RowAligner} tells which line is which column.</li>
 * <li><b>one row a line</b>, cells separated by spaces, under a header of space-separated header
 *     words ({@link SpacedRowTable});</li>
 * <li><b>drawn with box characters</b> (┌─┬─┐ │ ├─┼─┤), as law databases print a table
 *     ({@link BoxDrawnTable}).</li>
 * </ul>
 * Page numbers (— 3 —, 第3页, 3/12), a header repeated on every page and blank lines between
 * rows are skipped; a part heading between rows (一、优化营商环境) becomes a row of its own that
 * spans the table. Each row knows the lines it came from. Text without such a header gives no
 * table: a plan written as numbered paragraphs is left to the text parser.
 */
public final class FlatTableFinder {
    /** Lines that end a table: what follows an attachment, or the next one. */
    private static final Pattern AFTER_TABLE = Pattern.compile("^(?:附件\\s*\\d|抄送|主送|印发|（此件|\\(此件|附表\\s*\\d).*");
    /** The fewest header cells a one-cell-a-line header has: fewer is too weak a sign. */
    private static final int MIN_HEADER_CELLS = 3;
    private static final int MAX_HEADER_CELLS = 12;
    /** The longest header word the finder does not know that a separated header may hold (分管市长, 责任领导人). */
    private static final int MAX_UNNAMED_HEADER = 6;
    /** The longest header cell with a note (TableColumn's 40 characters) once spaces are counted too. */
    private static final int MAX_HEADER_TEXT = 40;
    /**
     * The most lines one row of a one-cell-a-line table may take; a "row" that runs on is text
     * after the table, and the table ends there. Also what keeps {@link RowAligner}'s work per row
     * small whatever the text.
     */
    static final int MAX_ROW_LINES = 80;

    private final RememberedHeaders words;
    private final TableHeader header;
    private final RowAligner aligner = new RowAligner();
    private final CellKinds kinds = new CellKinds();
    private final SpacedRowTable spacedRows;
    private final AlignedColumnsTable aligned;
    private final BoxDrawnTable boxes;
    private final RunOnTable runOn;

    public FlatTableFinder() {
        this(RememberedHeaders.NONE);
    }

    /** A finder that recognises headers with {@code words} (the user's remembered choices first). */
    public FlatTableFinder(RememberedHeaders words) {
        this.words = words;
        this.header = new TableHeader(words);
        this.spacedRows = new SpacedRowTable(words, header);
        this.aligned = new AlignedColumnsTable(words, header);
        this.boxes = new BoxDrawnTable(words);
        this.runOn = new RunOnTable(words);
    }

    public List<DocumentTable> find(String text) {
        return find(text, ImportMonitor.NONE);
    }

    /** The tables in {@code text}, in order; empty when it holds none. */
    public List<DocumentTable> find(String text, ImportMonitor monitor) {
        List<SourceLine> lines = Texts.lines(text == null ? "" : text);
        List<DocumentTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if ((i & 0x3FF) == 0x3FF) {
                monitor.checkCancelled();
            }
            String line = lines.get(i).text();
            int end = -1;
            if (BoxDrawnTable.isTop(line)) {
                end = boxes.read(lines, i, tables);
            } else if (PipeLineCells.startsAt(lines, i)) {
                end = pipeLineTable(lines, i, tables);
            } else if (line.indexOf('\t') >= 0) {
                end = tabTable(lines, i, tables, '\t');
            } else if (line.indexOf('|') >= 0) {
                end = tabTable(lines, i, tables, '|');
            } else if (PipeOpenedCells.startsAt(lines, i)) {
                end = pipeOpenedTable(lines, i, tables);
            }
            if (end < 0 && line.indexOf('\t') < 0 && line.indexOf('|') < 0 && isHeaderCell(line)) {
                end = lineTable(lines, i, tables);
            }
            if (end < 0 && line.indexOf('\t') < 0 && line.indexOf('|') < 0 && AlignedColumnsTable.mayBeHeader(line)) {
                end = aligned.read(lines, i, tables);
            }
            if (end < 0 && line.indexOf('\t') < 0 && SpacedRowTable.mayBeHeader(line)) {
                end = spacedRows.read(lines, i, tables);
            }
            if (end < 0 && RunOnTable.mayStart(line)) {
                end = runOn.read(lines, i, tables);
            }
            i = end > i ? end : i + 1;
        }
        return tables;
    }

    /**
     * Whether a line is one header cell. A heading of the plan's sections is none, though it may hold a header word
     * ((一)王宏副市长牵头重点工作 under 序号 / 重点工作任务 / 责任单位, holdout14i 杭州 2021).
     */
    private boolean isHeaderCell(String line) {
        String t = Texts.strip(line);
        return !t.isEmpty() && TableColumn.isShort(t) && words.headerMeaning(t).isPresent() && !CellKinds.isPartHeading(t);
    }

    // ---- tab-separated rows (or rows with | between cells) ----

    /**
     * Reads a table whose header starts at line {@code i}, its cells separated by {@code sep} — a tab,
     * or a | as a web page's table copied as text prints one (序号 | 主 要 工 作 任 务 | 责任单位 |,
     * holdout14i 嘉兴); the index after it, or -1.
     */
    private int tabTable(List<SourceLine> lines, int i, List<DocumentTable> tables, char sep) {
        List<String> first = headerCells(cells(lines.get(i).text(), sep), sep);
        if (first.stream().anyMatch(c -> !TableColumn.isShort(c)) || !namesColumns(first)) {
            return -1;
        }
        List<List<String>> top = new ArrayList<>();
        top.add(first);
        int next = nextNonBlank(lines, i + 1);
        if (next < lines.size() && lines.get(next).text().indexOf(sep) >= 0) {
            top.add(headerCells(cells(lines.get(next).text(), sep), sep));
        }
        Optional<ColumnMeanings> found = header.find(top);
        if (found.isEmpty() || found.get().headerRow() > 1) {
            return -1;
        }
        int headerEnd = found.get().headerRow() == 1 ? next : i;
        List<String> headerCells = mergedHeader(top.subList(0, found.get().headerRow() + 1));
        List<TableColumn> columns = alignerColumns(headerCells, header.find(List.of(headerCells)).orElse(found.get()));
        boolean closed = Texts.strip(lines.get(headerEnd).text()).endsWith("|");
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(lines.get(i).number(), lines.get(headerEnd).number(),
                headerCells.stream().map(TableCell::of).toList()));
        int j = headerEnd + 1;
        while (j < lines.size()) {
            String line = lines.get(j).text();
            String t = Texts.strip(line);
            if (t.isEmpty() || CellKinds.isPageNumber(t) || onlySeparators(t, sep)) {
                // a line of separators only (| after each row, set K 广东卫健委 台账) closes the row above: no row
                j++;
                continue;
            }
            if (line.indexOf(sep) < 0) {
                if (!CellKinds.isPartHeading(t)) {
                    break;
                }
                rows.add(TableRow.spanning(t, lines.get(j).number(), headerCells.size()));
                j++;
                continue;
            }
            int start = j;
            StringBuilder row = new StringBuilder(line);
            while (sep == '\t' && openQuote(row) && j + 1 < lines.size()) {
                j++;
                row.append('\n').append(lines.get(j).text());
            }
            List<String> cells = cells(row.toString(), sep);
            if (header.isHeaderLike(headerCells(cells, sep))) {
                j++;
                continue; // the header again
            }
            if (sep == '|' && cells.size() == 1 && CellKinds.isPartHeading(cells.get(0))) {
                // a part heading in a row of its own, its | closing it (一、年底前专项工作任务 |, set J 宣城): it spans the table
                rows.add(TableRow.spanning(cells.get(0), lines.get(start).number(), headerCells.size()));
                j++;
                continue;
            }
            List<RowAligner.Piece> pieces = cells.stream()
                    .map(c -> new RowAligner.Piece(c, lines.get(start).number())).toList();
            List<String> printed = printedCells(row.toString(), sep, closed);
            List<TableCell> aligned = cells.size() == columns.size()
                    ? cells.stream().map(TableCell::of).toList()
                    : printed.size() == columns.size() && !shiftedLeft(cells, columns)
                            // every separator printed: a blank cell is an empty cell, not one merged from above
                            ? printed.stream().map(TableCell::of).toList()
                            : byColumnCount(cells, columns).orElseGet(() -> aligner.align(pieces, columns, false).cells());
            rows.add(new TableRow(lines.get(start).number(), lines.get(j).number(), aligned));
            j++;
        }
        tables.add(new DocumentTable("", rows)); // a header without rows too: the importer says so
        return j;
    }

    /**
     * A separated row with fewer cells than the header, placed by the header's column count: the cells a row leaves out
     * are its blank last cells of columns read as nothing (备注), then cells merged from the row above in the columns
     * before the task's (a 工作任务 grouping 细化分工, a 分管市长), from the left (2 | 扎实做好… | 疾控处 | 长期推进 | under 序号 |
     * 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |, set K 广东卫健委). Empty unless each cell then stands in a column of
     * its kind (units in a unit column, none in the task's), or where more cells are missing than these columns.
     */
    private Optional<List<TableCell>> byColumnCount(List<String> cells, List<TableColumn> columns) {
        int missing = columns.size() - cells.size();
        int task = columns.indexOf(TableColumn.TASK);
        if (missing <= 0 || task < 0) {
            return Optional.empty();
        }
        int blankLast = 0;
        while (blankLast < missing && blankLast < columns.size() - task - 1
                && (columns.get(columns.size() - 1 - blankLast) == null || columns.get(columns.size() - 1 - blankLast) == TableColumn.OTHER)) {
            blankLast++;
        }
        List<Integer> merged = new ArrayList<>();
        for (int c = 0; c < task && merged.size() < missing - blankLast; c++) {
            TableColumn m = columns.get(c);
            if (m == null || m == TableColumn.OTHER || m == TableColumn.CATEGORY) {
                merged.add(c);
            }
        }
        if (merged.size() + blankLast != missing) {
            return Optional.empty();
        }
        List<TableCell> out = new ArrayList<>(columns.size());
        int next = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (merged.contains(c)) {
                out.add(TableCell.coveredFromAbove());
            } else if (c >= columns.size() - blankLast) {
                out.add(TableCell.of(""));
            } else {
                String cell = cells.get(next++);
                TableColumn m = columns.get(c);
                boolean units = kinds.looksLikeUnits(cell);
                if (m != null && m.holdsUnits() && !units && !CellKinds.isEmptyMark(cell) || m == TableColumn.TASK && units
                        || m == TableColumn.NUMBER && CellKinds.serial(cell) < 0) {
                    return Optional.empty();
                }
                out.add(TableCell.of(cell));
            }
        }
        return Optional.of(out);
    }

    /** Whether a line holds nothing but separators and spaces (|, | |). */
    private static boolean onlySeparators(String t, char sep) {
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) != sep && !Texts.isSpace(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a separated row's cells are a header: each a header word, or — beside at least three header words — a short
     * word of its own that names no column (分管市长 before 序号 | 主要工作任务 | … | 责任单位, set K 平湖 2025), which
     * is then a column read as nothing. A row's figures, units or sentences are no such word.
     */
    private boolean namesColumns(List<String> cells) {
        int named = 0;
        int unnamed = 0;
        for (String c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            if (isHeaderCell(c)) {
                named++;
            } else if (c.length() <= MAX_UNNAMED_HEADER && noFigures(c) && !kinds.looksLikeUnits(c) && !CellKinds.isPartHeading(c)) {
                unnamed++;
            } else {
                return false;
            }
        }
        return named >= MIN_HEADER_CELLS && unnamed <= named / MIN_HEADER_CELLS || unnamed == 0 && named > 0;
    }

    /**
     * Whether a row's printed cells stand left of their columns, its blank cells at the end: a web table that printed
     * a cell merged over several rows only in the first leaves the others' cells shifted left, their last |s empty
     * (工作任务 | 具体要求 | 责任部门 | then 3.及时反馈… | 各科室 | |, set J 江门). Told by the last cell: units standing in a
     * column that holds none, a unit column to its right.
     */
    private boolean shiftedLeft(List<String> cells, List<TableColumn> columns) {
        int last = cells.size() - 1;
        if (last < 1 || last >= columns.size() - 1 || !kinds.looksLikeUnits(cells.get(last))) {
            return false;
        }
        TableColumn at = columns.get(last);
        return (at == null || !at.holdsUnits()) && columns.subList(last + 1, columns.size()).stream()
                .anyMatch(c -> c != null && c.holdsUnits());
    }

    /**
     * A header line's cells as words: a | table spaces its header's characters out (任 务 名 称),
     * a tab-separated one does not, and keeps its spaces.
     */
    private static List<String> headerCells(List<String> cells, char sep) {
        return sep == '\t' ? cells : new ArrayList<>(cells.stream().map(c -> c.replaceAll("[\\s\\u3000]+", "")).toList());
    }

    /** Reads a table whose cells are opened by | on lines of their own ({@link PipeOpenedCells}); the index after it, or -1. */
    private int pipeOpenedTable(List<SourceLine> lines, int i, List<DocumentTable> tables) {
        PipeOpenedCells.Joined joined = PipeOpenedCells.join(lines, i);
        if (joined.rows().size() < 2) {
            return -1;
        }
        int end = tabTable(joined.rows(), 0, tables, '|');
        return end < 0 ? -1 : joined.sourceIndex(end);
    }

    /** Reads a table whose cells stand on lines of their own with a | line between them ({@link PipeLineCells}); the index after it, or -1. */
    private int pipeLineTable(List<SourceLine> lines, int i, List<DocumentTable> tables) {
        PipeOpenedCells.Joined joined = PipeLineCells.join(lines, i, this::isHeaderCell);
        if (joined.rows().size() < 2) {
            // no row ends printed and no unnamed 序号: the cells one a line, as such a table is read without its |s
            PipeOpenedCells.Joined cells = PipeLineCells.cellsALine(lines, i);
            int end = cells.rows().isEmpty() || !isHeaderCell(cells.rows().get(0).text()) ? -1
                    : lineTable(cells.rows(), 0, tables);
            return end < 0 ? -1 : cells.sourceIndex(end);
        }
        int end = tabTable(joined.rows(), 0, tables, '|');
        return end < 0 ? -1 : joined.sourceIndex(end);
    }

    /** A separated line's cells, Excel's quotes around a cell with line breaks removed. */
    private static List<String> cells(String line, char sep) {
        String whole = Texts.strip(line);
        // a | before the first cell opens the row (| 序号 | 重点任务 |): no cell before it
        String[] parts = (sep == '|' && whole.startsWith("|") ? whole.substring(1) : line)
                .split(Pattern.quote(String.valueOf(sep)), -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            String t = Texts.strip(p);
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1).replace("\"\"", "\"").replace('\n', ' ');
            }
            out.add(Texts.strip(t));
        }
        int last = out.size();
        while (last > 0 && out.get(last - 1).isEmpty()) {
            last--; // trailing tabs
        }
        return new ArrayList<>(out.subList(0, Math.max(last, 1)));
    }

    /**
     * A separated line's cells with its blank ones kept, trailing ones too (a copy that prints every tab or | of a
     * row); a | before the first cell and after the last (| 1 | 推进… | 市数据局 |) opens and closes the row.
     */
    private static List<String> printedCells(String line, char sep, boolean closed) {
        String t = withoutSpacesAround(line);
        if (sep == '|' && t.startsWith("|")) {
            t = t.substring(1);
        }
        List<String> out = new ArrayList<>();
        for (String p : t.split(Pattern.quote(String.valueOf(sep)), -1)) {
            out.add(Texts.strip(p));
        }
        // a | after the last cell closes the row where the header's row is closed so too
        if (sep == '|' && closed && out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The line without the spaces around it; tabs stay (they print blank cells). */
    private static String withoutSpacesAround(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && line.charAt(start) != '\t' && Texts.isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && line.charAt(end - 1) != '\t' && Texts.isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** Whether a row's text ends inside a quoted cell (an odd number of quotes). */
    private static boolean openQuote(CharSequence row) {
        int quotes = 0;
        for (int k = 0; k < row.length(); k++) {
            if (row.charAt(k) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** A two-row header as one: the lower row's cell where it names something, else the upper's. */
    private List<String> mergedHeader(List<List<String>> rows) {
        if (rows.size() == 1) {
            return rows.get(0);
        }
        List<String> upper = rows.get(0);
        List<String> lower = rows.get(1);
        if (lower.size() < upper.size() && !lower.get(0).isEmpty()) {
            // The lower row holds only the spanned cells (牵头单位⇥配合单位): they replace the spanning one.
            return replaceSpanning(upper, lower);
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String l = c < lower.size() ? lower.get(c) : "";
            out.add(!l.isEmpty() ? l : c < upper.size() ? upper.get(c) : "");
        }
        return out;
    }

    /** The upper header with its unit cell (责任单位) replaced by the sub-headers (牵头单位, 配合单位). */
    private List<String> replaceSpanning(List<String> upper, List<String> sub) {
        List<String> subCells = sub.stream().filter(s -> !s.isEmpty()).toList();
        int spanning = -1;
        for (int c = 0; c < upper.size(); c++) {
            Optional<TableColumn> m = words.headerMeaning(upper.get(c));
            if (m.isPresent() && m.get().holdsUnits()) {
                spanning = c;
                break;
            }
        }
        if (spanning < 0) {
            List<String> out = new ArrayList<>(upper);
            out.addAll(subCells);
            return out;
        }
        List<String> out = new ArrayList<>(upper.subList(0, spanning));
        out.addAll(subCells);
        out.addAll(upper.subList(spanning + 1, upper.size()));
        return out;
    }

    // ---- one cell a line ----

    /** Reads a table whose header cells stand one a line from line {@code i}; the index after it, or -1. */
    private int lineTable(List<SourceLine> lines, int i, List<DocumentTable> tables) {
        List<String> headerCells = new ArrayList<>();
        java.util.Set<TableColumn> named = java.util.EnumSet.noneOf(TableColumn.class);
        int j = i;
        int headerLast = i;
        TableColumn previous = null;
        while (j < lines.size() && headerCells.size() < MAX_HEADER_CELLS) {
            String t = Texts.strip(lines.get(j).text());
            if (t.isEmpty()) {
                j++;
                continue;
            }
            if (lines.get(j).text().indexOf('\t') >= 0) {
                break;
            }
            int last = j;
            int after = nextNonBlank(lines, j + 1);
            String rest = after < lines.size() ? Texts.strip(lines.get(after).text()) : "";
            if (isHeaderCell(t) && HEADER_WORD_ENDINGS.contains(rest) && isHeaderCell(t + rest)
                    && words.headerMeaning(t + rest).equals(words.headerMeaning(t))) {
                // a header word broken before its last noun, its first half a header word too (牵头 / 单位): one word
                t = t + rest;
                last = after;
            } else if (!isHeaderCell(t)) {
                // A header word broken over two lines (责任 / 科室, 第二季度 / 完成情况) is one cell.
                int k = nextNonBlank(lines, j + 1);
                // Not a row's 序号 with its first text line (1 / 推进…评价): a header word has no figures.
                String joined = k < lines.size() && t.length() <= 6 && noFigures(t)
                        ? t + Texts.strip(lines.get(k).text()) : "";
                if (joined.isEmpty() || !noFigures(joined) || lines.get(k).text().indexOf('\t') >= 0 || !isHeaderCell(joined)) {
                    break;
                }
                t = joined;
                last = k;
            }
            TableColumn meaning = words.headerMeaning(t).orElseThrow();
            boolean laterTask = meaning == TableColumn.TASK && named.contains(TableColumn.TASK)
                    && previous != TableColumn.TASK && (named.contains(TableColumn.RESPONSIBLE) || named.contains(TableColumn.LEAD));
            if (meaning != TableColumn.OTHER && !named.add(meaning) && !subHeader(meaning, named)
                    && !(meaning == TableColumn.TASK && previous == TableColumn.TASK) && !laterTask) {
                break; // the same meaning again: the header is over (a repeated one follows)
            }
            // Two task columns side by side (主要任务 / 全年目标任务) stay in: the first groups the second.
            // A task column after the units (攻坚目标任务, 工作任务安排 after 责任科室) is the task's detail, read as nothing.
            previous = meaning;
            headerCells.add(t);
            headerLast = last;
            j = last + 1;
        }
        // two header words are too weak a sign, unless a numbered task cell follows them (重点任务 / 责任单位 / 1.推进…)
        if (headerCells.size() < MIN_HEADER_CELLS && !(headerCells.size() == 2
                && words.headerMeaning(headerCells.get(0)).orElse(null) == TableColumn.TASK && opensNumberedTask(lines, headerLast, 0))) {
            return -1;
        }
        List<String> cells = subHeadersInPlace(headerCells);
        Optional<ColumnMeanings> found = header.find(List.of(cells));
        if (found.isEmpty()) {
            return -1;
        }
        List<TableColumn> columns = alignerColumns(cells, found.get());
        if (columns.get(0) != TableColumn.NUMBER) {
            // Rows are told apart by their 序号 at the start, or, in a table without one, by the number the task cell
            // opens with (目标任务 / 责任领导 / 责任单位, then 1. 生产总值增长7.5%以上。 / 董贵波 / 市发改委…, 台州 2018)
            return numberedTaskCells(lines, i, headerLast, cells, columns, tables);
        }
        if (columns.size() > 2 && columns.get(1) == TableColumn.TASK && cells.size() == headerCells.size()
                && opensWithTaskSentence(lines, headerLast)) {
            return unnumberedRows(lines, i, headerLast, cells, columns, tables);
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(lines.get(i).number(), lines.get(headerLast).number(),
                cells.stream().map(TableCell::of).toList()));
        int end = new LineRows(lines, headerLast + 1, headerCells, columns, rows).blankLinesAreCells().read();
        tables.add(new DocumentTable("", rows)); // a header without rows too: the importer says so
        return end;
    }

    /**
     * Whether the first line after a header whose 序号 comes first is a task's sentence, not a number: the 序号 cells left
     * empty (余杭 2018, set J: 序号 / 重点工作任务 / 牵头领导 / 牵头单位, then 未来科技城要围绕…。 / 祝振伟 / 陈夏林 / 未来科技城).
     */
    private boolean opensWithTaskSentence(List<SourceLine> lines, int headerLast) {
        int first = nextNonBlank(lines, headerLast + 1);
        return first < lines.size() && CellKinds.serial(lines.get(first).text()) < 0
                && CellKinds.numberedText(lines.get(first).text()) < 0 && isTaskSentence(Texts.strip(lines.get(first).text()));
    }

    /** A line of a task's text: a sentence, or a long line of one, and no list of units. */
    private boolean isTaskSentence(String t) {
        return t.length() >= 10 && (t.endsWith("。") || t.endsWith("；") || t.length() >= 30) && !kinds.looksLikeUnits(t);
    }

    /**
     * A one-cell-a-line table whose 序号 cells are empty: each row opens with its task's sentence after a short cell
     * (a name, a unit). Read as if each row were numbered; the numbers are left out of the rows, the plan giving none.
     */
    private int unnumberedRows(List<SourceLine> lines, int i, int headerLast, List<String> cells,
            List<TableColumn> columns, List<DocumentTable> tables) {
        List<SourceLine> numbered = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        int n = 0;
        boolean previousSentence = false;
        // a column read as nothing may hold several lines (两 牵头领导: 祝振伟 / 陈夏林): the row's lines past the columns
        // are joined into it, so that the aligner does not take a name for the task's text
        int other = columns.indexOf(TableColumn.OTHER);
        int afterTask = columns.size() - 2;
        List<Integer> cellsAfterTask = new ArrayList<>(); // where in numbered each row's cells after its task start
        for (int k = headerLast + 1; k < lines.size(); k++) {
            SourceLine line = lines.get(k);
            String t = Texts.strip(line.text());
            if (t.isEmpty()) {
                continue;
            }
            boolean sentence = isTaskSentence(t);
            if (sentence && !previousSentence) {
                mergeExtraCells(numbered, from, cellsAfterTask, other, afterTask);
                numbered.add(new SourceLine(line.number(), String.valueOf(++n)));
                from.add(k);
            }
            if (!sentence && previousSentence) {
                cellsAfterTask.add(numbered.size());
            }
            numbered.add(line);
            from.add(k);
            previousSentence = sentence;
        }
        mergeExtraCells(numbered, from, cellsAfterTask, other, afterTask);
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(lines.get(i).number(), lines.get(headerLast).number(),
                cells.stream().map(TableCell::of).toList()));
        int end = new LineRows(numbered, 0, cells, columns, rows).read();
        for (int r = 1; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            if (!row.cells().isEmpty() && !row.cells().get(0).isCovered()) {
                List<TableCell> withoutNumber = new ArrayList<>(row.cells());
                withoutNumber.set(0, TableCell.of(""));
                rows.set(r, new TableRow(row.line(), row.lastLine(), withoutNumber));
            }
        }
        tables.add(new DocumentTable("", rows));
        return end < from.size() ? from.get(end) : lines.size();
    }

    /** Joins the last row's cells past its columns into the column read as nothing, where it has one. */
    private static void mergeExtraCells(List<SourceLine> numbered, List<Integer> from, List<Integer> cellsAfterTask,
            int other, int afterTask) {
        if (cellsAfterTask.isEmpty() || other < 2) {
            return;
        }
        int start = cellsAfterTask.get(cellsAfterTask.size() - 1);
        int extra = numbered.size() - start - afterTask;
        if (start >= numbered.size() || extra <= 0) {
            return;
        }
        int at = start + other - 2;
        List<String> joined = new ArrayList<>();
        for (int k = at; k <= at + extra && k < numbered.size(); k++) {
            joined.add(Texts.strip(numbered.get(k).text()));
        }
        SourceLine first = numbered.get(at);
        for (int k = 0; k < extra && at + 1 < numbered.size(); k++) {
            numbered.remove(at + 1);
            from.remove(at + 1);
        }
        numbered.set(at, new SourceLine(first.number(), String.join("、", joined)));
        cellsAfterTask.clear();
    }

    /** A task cell that opens with its row's number: 1.推进… 1、推进… 1．推进… */
    private static final Pattern NUMBERED_CELL = Pattern.compile("(\\d{1,3})[.、．](?!\\d)\\s*(\\S.*)");

    /**
     * A one-cell-a-line table without a 序号 column whose task cells open with the row's number (1.推进…): read as if
     * the number stood in a 序号 cell of its own at the row's start, so that rows are told apart as in a numbered
     * table. Cells of columns before the task's (a 类别, a 牵头领导 merged over its rows and printed in the first of
     * them: 周阳市长 / 1.始终做到忠诚于党… / 市府办 / 各单位, set K 玉环 2021) open the row: the lines before a numbered
     * task cell past the previous row's columns, each of its column's kind, are the row's leading cells. The table's
     * first row must open so within its leading cells; otherwise there is no table here.
     */
    private int numberedTaskCells(List<SourceLine> lines, int i, int headerLast, List<String> cells,
            List<TableColumn> columns, List<DocumentTable> tables) {
        int task = columns.indexOf(TableColumn.TASK);
        if (task < 0 || columns.contains(TableColumn.NUMBER) || !opensNumberedTask(lines, headerLast, task)) {
            return -1;
        }
        int after = columns.size() - task - 1; // the cells a row has after its task cell
        List<SourceLine> split = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        int expected = -1;
        int sinceRow = 0; // non-blank lines since the last row's task cell (since the header: all leading)
        boolean firstRow = true;
        for (int k = headerLast + 1; k < lines.size(); k++) {
            SourceLine line = lines.get(k);
            String t = Texts.strip(line.text());
            Matcher m = NUMBERED_CELL.matcher(t);
            int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (n >= 0 && (expected < 0 ? n <= 1 || firstRow : n == expected || n == 1)) {
                int leading = leadingCells(split, columns, task, firstRow ? task : Math.min(task, sinceRow - after));
                split.add(split.size() - leading, new SourceLine(line.number(), m.group(1)));
                from.add(from.size() - leading, k);
                split.add(new SourceLine(line.number(), m.group(2)));
                from.add(k);
                expected = n + 1;
                sinceRow = 0;
                firstRow = false;
                continue;
            }
            split.add(line);
            from.add(k);
            if (!t.isEmpty() && !CellKinds.isPageNumber(t)) {
                sinceRow++;
            }
        }
        List<String> numbered = new ArrayList<>(List.of("序号"));
        numbered.addAll(cells);
        List<TableColumn> withNumber = new ArrayList<>(List.of(TableColumn.NUMBER));
        withNumber.addAll(columns);
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(lines.get(i).number(), lines.get(headerLast).number(),
                numbered.stream().map(TableCell::of).toList()));
        int end = new LineRows(split, 0, numbered, withNumber, rows).read();
        tables.add(new DocumentTable("", rows));
        return end < from.size() ? from.get(end) : lines.size();
    }

    /**
     * How many of the last non-blank lines read so far (at most {@code most}) are the next row's leading cells, the
     * columns before its task cell: counted from the task column leftwards, each line of its column's kind (units in a
     * unit column, a time limit in a time-limit column, neither elsewhere; no part heading).
     */
    private int leadingCells(List<SourceLine> read, List<TableColumn> columns, int task, int most) {
        int moved = 0; // lines, blank ones included
        int cells = 0;
        int k = read.size() - 1;
        int column = task - 1;
        while (cells < most && column >= 0 && k >= 0) {
            String t = Texts.strip(read.get(k).text());
            if (t.isEmpty()) {
                k--;
                moved++;
                continue;
            }
            if (CellKinds.isPartHeading(t) || CellKinds.isPageNumber(t) || !ofKind(t, columns.get(column))) {
                break;
            }
            cells++;
            moved++;
            k--;
            column--;
        }
        // blank lines before the leading cells stay with the row above
        while (cells > 0 && moved > 0 && Texts.strip(read.get(read.size() - moved).text()).isEmpty()) {
            moved--;
        }
        return cells == 0 ? 0 : moved;
    }

    /** Whether a cell's text is of the kind its column holds: units, a time limit, or (elsewhere) neither. */
    private boolean ofKind(String t, TableColumn column) {
        boolean units = kinds.looksLikeUnits(t);
        boolean deadline = kinds.looksLikeDeadline(t);
        if (column != null && column.holdsUnits()) {
            return units;
        }
        if (column == TableColumn.DEADLINE) {
            return deadline;
        }
        return !units && !deadline && CellKinds.numberedText(t) < 0;
    }

    /**
     * Whether the first row after the header opens with its task cell numbered (1.推进…) within its first
     * {@code task + 1} lines: the cells of the columns before the task's, then the task's (a part heading may come first).
     */
    private static boolean opensNumberedTask(List<SourceLine> lines, int headerLast, int task) {
        int k = nextNonBlank(lines, headerLast + 1);
        if (k < lines.size() && CellKinds.isPartHeading(lines.get(k).text())) {
            k = nextNonBlank(lines, k + 1);
        }
        for (int c = 0; c <= task && k < lines.size(); c++) {
            if (NUMBERED_CELL.matcher(Texts.strip(lines.get(k).text())).matches()) {
                return true;
            }
            k = nextNonBlank(lines, k + 1);
        }
        return false;
    }

    /** The nouns a header word broken over two lines leaves on the second line (牵头 / 单位, 完成 / 时限). */
    private static final java.util.Set<String> HEADER_WORD_ENDINGS = java.util.Set.of("单位", "部门", "科室", "时限", "时间",
            "节点");

    private static boolean noFigures(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** 牵头单位 after 责任单位 (and 配合单位 after it) is a sub-header of a two-row header, not a repeat. */
    private static boolean subHeader(TableColumn meaning, java.util.Set<TableColumn> named) {
        return named.contains(TableColumn.RESPONSIBLE) && (meaning == TableColumn.LEAD || meaning == TableColumn.COOPERATING);
    }

    /**
     * A flattened two-row header lists the spanning cell first and its sub-cells after the row
     * (序号 / 重点任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位), or right after it: the sub-cells
     * take the spanning cell's place.
     */
    private List<String> subHeadersInPlace(List<String> cells) {
        List<TableColumn> m = RowAligner.meanings(cells, words);
        int spanning = m.indexOf(TableColumn.RESPONSIBLE);
        if (spanning < 0) {
            return cells;
        }
        int runStart = cells.size();
        while (runStart > spanning + 1 && (m.get(runStart - 1) == TableColumn.LEAD
                || m.get(runStart - 1) == TableColumn.COOPERATING)) {
            runStart--;
        }
        if (runStart == cells.size() || !m.subList(runStart, cells.size()).contains(TableColumn.LEAD)
                && !m.subList(runStart, cells.size()).contains(TableColumn.COOPERATING)) {
            return cells;
        }
        boolean afterOthers = runStart > spanning + 1;
        boolean rightAfter = runStart == spanning + 1 && cells.size() - runStart >= 2
                && m.subList(runStart, cells.size()).contains(TableColumn.LEAD);
        if (!afterOthers && !rightAfter) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells.subList(0, spanning));
        out.addAll(cells.subList(runStart, cells.size()));
        out.addAll(cells.subList(spanning + 1, runStart));
        return out;
    }

    /** Rows of a one-cell-a-line table: each from its 序号 line to the line before the next 序号. */
    private final class LineRows {
        private final List<SourceLine> lines;
        private final List<String> headerCells;
        private final List<TableColumn> columns;
        private final List<TableRow> rows;
        private int j;
        private int expected = -1;
        private int longestRow = 0;
        /** The current row's lines as read, a blank line as an empty string; null outside a row. */
        private List<String> raw;
        /**
         * Whether a row's lines are the text as printed, each row opening with its 序号 (not lines moved or numbered
         * by another reader first): only then may blank lines stand for blank cells ({@link #byLines}).
         */
        private boolean blankLinesAreCells;
        /** After a header printed again: a row numbered 1 may start (the next table), as well as the expected one. */
        private boolean restartable;

        /** The header's cells as compared and what they mean, found once: every line of the table is tested. */
        private final List<String> normalisedHeader;
        private final List<Optional<TableColumn>> headerMeanings;

        LineRows(List<SourceLine> lines, int from, List<String> headerCells, List<TableColumn> columns,
                List<TableRow> rows) {
            this.normalisedHeader = headerCells.stream().map(TableColumn::normalise).toList();
            this.headerMeanings = headerCells.stream().map(words::headerMeaning).toList();
            this.lines = lines;
            this.j = from;
            this.headerCells = headerCells;
            this.columns = columns;
            this.rows = rows;
        }

        LineRows blankLinesAreCells() {
            this.blankLinesAreCells = true;
            return this;
        }

        /** Reads the rows; returns the index of the first line after the table. */
        int read() {
            List<RowAligner.Piece> row = null;
            int rowStart = -1;
            while (j < lines.size()) {
                String t = Texts.strip(lines.get(j).text());
                if (t.isEmpty() || CellKinds.isPageNumber(t)) {
                    if (t.isEmpty() && raw != null) {
                        raw.add("");
                    }
                    j++;
                    continue;
                }
                if (repeatedHeaderAt(j)) {
                    j = skipHeader(j);
                    // A header again may open the plan's next table, numbered from 1 again (杭州 2021: 一、… 二、…).
                    restartable = true;
                    continue;
                }
                int serial = CellKinds.serial(t);
                if (serial >= 0 && (expected < 0 ? serial <= 1 || row == null : serial == expected
                        || restartable && serial == 1)) {
                    flush(row);
                    row = new ArrayList<>();
                    raw = new ArrayList<>();
                    raw.add(t);
                    rowStart = j;
                    expected = serial + 1;
                    restartable = false;
                    row.add(new RowAligner.Piece(t, lines.get(j).number()));
                    j++;
                    continue;
                }
                if (serial >= 0 && row != null) {
                    j++; // a bare number that is not the next row's: a page number
                    continue;
                }
                if (AFTER_TABLE.matcher(t).matches() || lines.get(j).text().indexOf('\t') >= 0 || row == null
                        && !CellKinds.isPartHeading(t)) {
                    break;
                }
                if (CellKinds.isPartHeading(t) && (nextIsExpectedRow(j + 1) || repeatedHeaderAt(nextNonBlank(lines, j + 1)))) {
                    flush(row);
                    row = null;
                    rows.add(TableRow.spanning(t, lines.get(j).number(), columns.size()));
                    j++;
                    continue;
                }
                if (row == null) {
                    break;
                }
                if (row.size() >= MAX_ROW_LINES || isLastRowTooLong(row, rowStart)) {
                    break;
                }
                row.add(new RowAligner.Piece(t, lines.get(j).number()));
                if (raw != null) {
                    raw.add(t);
                }
                j++;
            }
            flush(row);
            return j;
        }

        /**
         * A row's cells by their lines, where the copy kept each blank cell as an empty line: the row's lines, blank ones
         * included, give each column's cell in order when fewer lines than columns hold text, none after the columns'
         * does, and two text lines stand side by side (not a copy that puts a blank line after every cell). Null
         * otherwise. A blank cell is then empty, not one merged from the row above (丽水's rows in the layout matrix,
         * step 17's "blank unit cells kept as empty lines").
         */
        private List<TableCell> byLines(List<String> rowLines) {
            int n = columns.size();
            if (!blankLinesAreCells || rowLines == null || rowLines.size() < n) {
                return null;
            }
            int text = 0;
            boolean sideBySide = false;
            for (int k = 0; k < rowLines.size(); k++) {
                boolean has = !rowLines.get(k).isEmpty();
                if (has && k >= n) {
                    return null;
                }
                if (has) {
                    text++;
                    sideBySide |= k > 0 && !rowLines.get(k - 1).isEmpty();
                }
            }
            if (text >= n || !sideBySide) {
                return null;
            }
            return rowLines.subList(0, n).stream().map(TableCell::of).toList();
        }

        /**
         * Past the last row a table's text runs into what follows it (a signature, a note): the
         * last row is allowed the lines of the longest row before it and a few more.
         */
        private boolean isLastRowTooLong(List<RowAligner.Piece> row, int rowStart) {
            return longestRow > 0 && row.size() >= longestRow + columns.size() && !nextIsExpectedRowWithin(j, 40);
        }

        private int serialOf(String text) {
            return CellKinds.serial(text);
        }

        private boolean nextIsExpectedRow(int from) {
            int k = nextNonBlank(lines, from);
            int serial = k < lines.size() ? serialOf(lines.get(k).text()) : -1;
            return serial == (expected < 0 ? 1 : expected) || restartable && serial == 1;
        }

        private boolean nextIsExpectedRowWithin(int from, int within) {
            for (int k = from; k < Math.min(lines.size(), from + within); k++) {
                if (serialOf(lines.get(k).text()) == expected) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the header stands again from line {@code k}: spelled the same, or its first cell so and each other
         * naming the same column (a second table of the plan under the same header, its note changed: 重点工作任务(杭州市2项配合工作) then
         * 重点工作任务(杭州市2项牵头工作、19项配合工作)).
         */
        private boolean repeatedHeaderAt(int k) {
            int matched = 0;
            int at = k;
            while (matched < headerCells.size() && at < lines.size()) {
                String t = Texts.strip(lines.get(at).text());
                if (t.isEmpty()) {
                    at++;
                    continue;
                }
                // The first cell as printed (序号), the others spelled the same or naming the same column: every line of
                // the table is asked, and only one that starts the header costs more than a comparison.
                if (!TableColumn.normalise(t).equals(normalisedHeader.get(matched)) && (matched == 0
                        || !(t.length() <= 2 * MAX_HEADER_TEXT && isHeaderCell(t)
                                && words.headerMeaning(t).equals(headerMeanings.get(matched))))) {
                    break;
                }
                matched++;
                at++;
            }
            return matched == headerCells.size();
        }

        private int skipHeader(int k) {
            int matched = 0;
            while (matched < headerCells.size() && k < lines.size()) {
                if (!Texts.strip(lines.get(k).text()).isEmpty()) {
                    matched++;
                }
                k++;
            }
            return k;
        }

        private void flush(List<RowAligner.Piece> row) {
            List<String> rowLines = raw;
            raw = null;
            if (row == null || row.isEmpty()) {
                return;
            }
            longestRow = Math.max(longestRow, row.size());
            List<TableCell> byLines = byLines(rowLines);
            if (byLines != null) {
                rows.add(new TableRow(row.get(0).line(), row.get(row.size() - 1).line(), byLines));
                return;
            }
            int second = secondSubRow(row);
            if (second > 0) {
                // 5 / 开工建设县老年养护楼。 / 县民政局 / 5月底前 / 开工建设老年大学。 / 12月底前: two rows under one
                // 序号, the second printing only its task and time limit (序号 and units merged over both).
                flush(new ArrayList<>(row.subList(0, second)));
                List<RowAligner.Piece> rest = row.subList(second, row.size());
                RowAligner.Aligned aligned = aligner.align(rest, columns, true);
                List<TableCell> cells = new ArrayList<>(aligned.cells());
                for (int c = 0; c < cells.size(); c++) {
                    if (columns.get(c) != null && columns.get(c).holdsUnits() && cells.get(c).text().isEmpty()) {
                        cells.set(c, TableCell.coveredFromAbove());
                    }
                }
                rows.add(new TableRow(rest.get(0).line(), aligned.lastLine(), cells));
                return;
            }
            RowAligner.Aligned aligned = aligner.align(row, columns, true);
            rows.add(new TableRow(row.get(0).line(), aligned.lastLine(), aligned.cells()));
        }

        /**
         * Where a row's second sub-row begins, or -1: in a table whose last column is the time limit, a
         * time limit followed by a sentence (ending in 。) and, at the row's end, another time limit.
         */
        private int secondSubRow(List<RowAligner.Piece> row) {
            if (columns.isEmpty() || columns.get(columns.size() - 1) != TableColumn.DEADLINE || row.size() < 5
                    || !kinds.looksLikeDeadline(row.get(row.size() - 1).text())) {
                return -1;
            }
            for (int s = 3; s < row.size() - 1; s++) {
                String t = Texts.strip(row.get(s).text());
                if (t.endsWith("。") && kinds.looksLikeDeadline(row.get(s - 1).text())
                        && !kinds.looksLikeDeadline(t) && !kinds.looksLikeUnits(t)) {
                    return s;
                }
            }
            return -1;
        }
    }

    /**
     * The meaning of each header cell as the aligner places pieces: the header word's, except the
     * first of two task columns side by side (主要任务 / 全年目标任务), which groups the second.
     */
    private List<TableColumn> alignerColumns(List<String> cells, ColumnMeanings found) {
        List<TableColumn> columns = new ArrayList<>(RowAligner.meanings(cells, words));
        for (int c = 0; c < columns.size(); c++) {
            if (found.columns().get(c) == TableColumn.CATEGORY) {
                columns.set(c, TableColumn.CATEGORY);
            } else if (columns.get(c) == TableColumn.TASK && !found.columns().containsKey(c)) {
                columns.set(c, TableColumn.OTHER); // a later task column the header reads as nothing
            }
        }
        return columns;
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        int k = from;
        while (k < lines.size() && Texts.strip(lines.get(k).text()).isEmpty()) {
            k++;
        }
        return k;
    }
}
