package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;

/**
 * A web table copied as text with each cell on lines of its own and a line holding only a | between two cells
 * (set J: 池州 信访局, 谯城 镇 政务公开 清单). Two ways of ending a row are read:
 * <ul>
 * <li>a | closing the row and another opening the next, on consecutive lines (| / 工作任务 / | / 具体内容 / | / 责任部门 /
 *     | / | / 推进政策公开 / | / …): each row is the cells between two such pairs;</li>
 * <li>nothing at all (工作任务 / | / 具体要求 / | / 责任科室 / | / 时限要求 / | / 强化… / | / 1 / | / 对行政… / | / 办公室 /
 *     | / 年底前 / | / 深化… / | / 2 / …): the rows are told apart by a 序号 column the header does not name, counting up
 *     from 1; the cells before a row's 序号 are its leading cells (a cell merged over several rows is printed once, so
 *     a row may have fewer), the header's cells after the 序号's place follow it.</li>
 * </ul>
 * A cell's lines are joined. Each row is given back as one line with | after each cell, to be read as a | table is;
 * a row that leaves out a merged cell has fewer cells, and the table's aligner places them.
 */
final class PipeLineCells {
    /** The fewest cells, each followed by a | line, that make this layout: fewer is too weak a sign. */
    private static final int MIN_CELLS = 3;

    private PipeLineCells() {
    }

    /** Whether a line holds only |. */
    static boolean isPipeLine(String line) {
        String t = Texts.strip(line);
        if (t.isEmpty()) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) != '|') {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell's line with the | after it on the same line (工作任务 | / 具 体 要 求 | / … / ||, set J 宣城 2022): its text,
     * or null for any other line.
     */
    static String cellThenPipe(String line) {
        String t = Texts.strip(line);
        if (t.length() < 2 || t.charAt(t.length() - 1) != '|' || t.indexOf('|') != t.length() - 1 || line.indexOf('\t') >= 0) {
            return null;
        }
        String cell = Texts.strip(t.substring(0, t.length() - 1));
        return cell.isEmpty() ? null : cell;
    }

    /** Whether the layout starts at line {@code i}: cells and | lines alternating, at least {@value #MIN_CELLS} cells. */
    static boolean startsAt(List<SourceLine> lines, int i) {
        int k = i;
        if (k < lines.size() && isPipeLine(lines.get(k).text())) {
            k++; // a | opening the header row
        }
        for (int c = 0; c < MIN_CELLS; c++) {
            if (k >= lines.size()) {
                return false;
            }
            if (cellThenPipe(lines.get(k).text()) != null) {
                k++;
                continue;
            }
            String cell = Texts.strip(lines.get(k).text());
            if (k + 1 >= lines.size() || cell.isEmpty() || cell.indexOf('|') >= 0 || cell.indexOf('\t') >= 0
                    || !isPipeLine(lines.get(k + 1).text())) {
                return false;
            }
            k += 2;
        }
        return true;
    }

    private record Cell(String text, int start) {
    }

    /**
     * The rows from line {@code i} on, up to the last | line; {@code headerCell} tells a header's cell (for a table
     * whose rows nothing ends). No rows when neither way of ending a row is found.
     */
    static PipeOpenedCells.Joined join(List<SourceLine> lines, int i, Predicate<String> headerCell) {
        Scan scan = scan(lines, i);
        List<List<Cell>> groups = scan.groups();
        int end = scan.end();
        if (scan.boundaries()) {
            int h = 0;
            while (h < groups.get(0).size() && headerCell.test(groups.get(0).get(h).text())) {
                h++;
            }
            if (h >= MIN_CELLS && h < groups.get(0).size()) {
                // the header's row not closed by a line of |s: the cells after the header's are the next row's
                List<Cell> first = groups.remove(0);
                groups.add(0, new ArrayList<>(first.subList(h, first.size())));
                groups.add(0, new ArrayList<>(first.subList(0, h)));
            }
            return joined(lines, groups, groups.stream().map(g -> g.get(0).start()).toList(), end);
        }
        return groups.size() == 1 ? bySerial(lines, groups.get(0), headerCell, end) : new PipeOpenedCells.Joined(List.of(), List.of(), end);
    }

    /**
     * The cells from line {@code i} on, each as one line of its own without its | lines (a cell's wrapped lines
     * joined): the same table one cell a line, for the reader of that layout — a table whose header names its 序号
     * (序号 / | / 重点任务 / | / 责任单位 / | / 17 / | / 推进… / | / 省工业和信息化厅牵头 / | / 18 / …) is read as one.
     */
    static PipeOpenedCells.Joined cellsALine(List<SourceLine> lines, int i) {
        Scan scan = scan(lines, i);
        List<SourceLine> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (List<Cell> group : scan.groups()) {
            for (Cell c : group) {
                rows.add(new SourceLine(lines.get(c.start()).number(), c.text()));
                starts.add(c.start());
            }
        }
        return new PipeOpenedCells.Joined(rows, starts, scan.end());
    }

    /** The cells read from a line on, grouped into rows where lines of two or more |s end them. */
    private record Scan(List<List<Cell>> groups, boolean boundaries, int end) {
    }

    private static Scan scan(List<SourceLine> lines, int i) {
        List<List<Cell>> groups = new ArrayList<>();
        List<Cell> group = new ArrayList<>();
        StringBuilder text = null;
        int cellStart = -1;
        int end = i;
        int pipesInARow = 0;
        boolean boundaries = false;
        for (int j = i; j < lines.size(); j++) {
            String line = lines.get(j).text();
            String t = Texts.strip(line);
            if (t.isEmpty()) {
                continue;
            }
            if (isPipeLine(t)) {
                if (text != null) {
                    group.add(new Cell(text.toString(), cellStart));
                    text = null;
                }
                end = j + 1;
                pipesInARow += t.length();
                if (pipesInARow >= 2 && !group.isEmpty()) {
                    boundaries = true;
                    groups.add(group);
                    group = new ArrayList<>();
                }
                continue;
            }
            String before = cellThenPipe(line);
            if (before != null) {
                if (text == null) {
                    cellStart = j;
                }
                group.add(new Cell(text == null ? before : text + before, cellStart));
                text = null;
                end = j + 1;
                pipesInARow = 1;
                continue;
            }
            pipesInARow = 0;
            if (t.indexOf('|') >= 0 || line.indexOf('\t') >= 0 || text != null && j - cellStart > FlatTableFinder.MAX_ROW_LINES) {
                break;
            }
            if (text == null) {
                text = new StringBuilder(t);
                cellStart = j;
            } else {
                text.append(t); // a cell's wrapped lines
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return new Scan(groups, boundaries, end);
    }

    /** Rows whose ends no | marks, told apart by their 序号 (the header not naming that column). */
    private static PipeOpenedCells.Joined bySerial(List<SourceLine> lines, List<Cell> cells, Predicate<String> headerCell, int end) {
        int h = 0;
        while (h < cells.size() && headerCell.test(cells.get(h).text())) {
            h++;
        }
        int first = h;
        while (first < cells.size() && first - h < h && CellKinds.serial(cells.get(first).text()) != 1) {
            first++;
        }
        int lead = first - h; // the 序号's place: the cells before it in the first row
        if (h < MIN_CELLS || first >= cells.size() || lead >= h || CellKinds.serial(cells.get(first).text()) != 1) {
            return new PipeOpenedCells.Joined(List.of(), List.of(), end);
        }
        // The 序号 is given back first, where a numbered table has it, so that the header's cells stand side by side
        // as printed (工作任务 / 具体要求: the first groups the second).
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>(cells.subList(0, h));
        header.add(0, new Cell(TableColumn.NUMBER.label(), cells.get(0).start()));
        rows.add(header);
        List<Integer> starts = new ArrayList<>(List.of(cells.get(0).start()));
        int after = h - lead; // cells after the 序号
        int pos = h;
        int expected = 1;
        int last = h;
        while (pos < cells.size()) {
            int q = pos;
            while (q < cells.size() && q - pos <= lead && CellKinds.serial(cells.get(q).text()) != expected) {
                q++;
            }
            if (q >= cells.size() || q - pos > lead) {
                break;
            }
            int rowEnd = Math.min(cells.size(), q + 1 + after);
            for (int k = q + 1; k < rowEnd; k++) {
                if (CellKinds.serial(cells.get(k).text()) == expected + 1) {
                    rowEnd = k; // the next row's 序号 comes sooner: this row left out a merged cell
                    break;
                }
            }
            List<Cell> row = new ArrayList<>();
            row.add(cells.get(q));
            List<Cell> leading = cells.subList(pos, q);
            List<Cell> above = rows.size() > 1 ? rows.get(rows.size() - 1).subList(1, 1 + lead) : List.of();
            for (int k = 0; k < lead - leading.size() && k < above.size(); k++) {
                // a leading cell merged over this row and the one above: printed once, it is the above row's
                row.add(above.get(k));
            }
            row.addAll(leading);
            row.addAll(cells.subList(q + 1, rowEnd));
            rows.add(row);
            starts.add(cells.get(pos).start());
            pos = rowEnd;
            last = rowEnd;
            expected++;
        }
        if (rows.size() < 2) {
            return new PipeOpenedCells.Joined(List.of(), List.of(), end);
        }
        // cells after the last row are text after the table: the table ends before them
        int tableEnd = last < cells.size() ? cells.get(last).start() : end;
        return joined(lines, rows, starts, tableEnd);
    }

    /** Each row as one line with | after each cell; {@code starts} holds the source index each row starts at. */
    private static PipeOpenedCells.Joined joined(List<SourceLine> lines, List<List<Cell>> groups, List<Integer> starts, int end) {
        List<SourceLine> rows = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            rows.add(new SourceLine(lines.get(starts.get(g)).number(),
                    String.join(" | ", groups.get(g).stream().map(Cell::text).toList()) + " |"));
        }
        return new PipeOpenedCells.Joined(rows, starts, end);
    }
}
