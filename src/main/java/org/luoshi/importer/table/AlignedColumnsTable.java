package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;

/**
 * A table whose columns stand apart by runs of spaces, as {@code pdftotext -layout} or a PDF viewer's copy gives a
 * printed 分工表:
 * <pre>
 * 序号   重点任务                   牵头单位         完成时限
 * 1    全力推进开发区“空间再造”,推动工业用地   改革办牵头        全年
 *      “腾笼换鸟”,力争全年盘活僵尸企业10
 *      家。
 * </pre>
 * The header's words (2 or more spaces apart; a word printed letter-spaced, 序 号, is one word) give the columns and
 * where each begins; a piece of a line belongs to the column it starts in. A line with a 序号 in the first column opens
 * a row, a line without one carries on the cells of the row above (a cell wrapped inside its column's width), so a
 * row may be one line or many. A part heading at the left opens a part; any other text at the left ends the table.
 */
final class AlignedColumnsTable {
    /** Spaces that part two columns: one space may stand inside a cell's text. */
    private static final int GAP = 2;
    private static final int MIN_COLUMNS = 3;
    /** How far left of its header word a cell may start: the word is centred over a wider column. */
    private static final int SLACK = 4;
    /** Row numbers may skip a few (a row the copy left out), never go back: a figure at the left opens a row. */
    private static final int MAX_SKIP = 3;

    private final RememberedHeaders words;
    private final TableHeader header;

    AlignedColumnsTable(RememberedHeaders words, TableHeader header) {
        this.words = words;
        this.header = header;
    }

    /** A piece of a line: its text and the column (character offset) it starts at. */
    private record Piece(String text, int start, int end) {
    }

    /** Whether a line may be such a header: three or more pieces apart by runs of spaces. */
    static boolean mayBeHeader(String line) {
        return pieces(line).size() >= MIN_COLUMNS;
    }

    /** Reads a table whose header is line {@code i}; the index after it, or -1 when there is none. */
    int read(List<SourceLine> lines, int i, List<DocumentTable> tables) {
        List<Piece> head = pieces(lines.get(i).text());
        List<String> headerCells = head.stream().map(p -> p.text().replaceAll("[ \\u3000]", "")).toList();
        if (headerCells.size() < MIN_COLUMNS || !headerCells.stream().allMatch(w -> words.headerMeaning(w).isPresent())
                || header.find(List.of(headerCells)).isEmpty()) {
            return -1;
        }
        List<TableColumn> columns = RowAligner.meanings(headerCells, words);
        if (columns.get(0) != TableColumn.NUMBER || !columns.contains(TableColumn.TASK)) {
            return -1; // rows are told apart by the 序号 at their left
        }
        int[] bounds = bounds(head);
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(lines.get(i).number(), lines.get(i).number(),
                headerCells.stream().map(TableCell::of).toList()));
        List<List<Piece>> current = null;
        int[] rightEdge = new int[columns.size()];
        List<List<List<Piece>>> pending = new ArrayList<>();
        List<int[]> pendingLines = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        int expected = -1;
        int j = i + 1;
        for (; j < lines.size(); j++) {
            String text = lines.get(j).text();
            String t = Texts.strip(text);
            if (t.isEmpty() || CellKinds.isPageNumber(t)) {
                continue;
            }
            List<Piece> pieces = pieces(text);
            if (pieces.stream().map(p -> p.text().replaceAll("[ \\u3000]", "")).toList().equals(headerCells)) {
                continue; // the header again, on a new page
            }
            boolean atLeft = column(bounds, pieces.get(0).start()) == 0;
            int serial = atLeft ? CellKinds.serial(pieces.get(0).text()) : -1;
            if (serial >= 0 && (expected < 0 || serial >= expected && serial <= expected + MAX_SKIP)) {
                current = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    current.add(new ArrayList<>());
                }
                pending.add(current);
                pendingLines.add(new int[] {lines.get(j).number(), lines.get(j).number()});
                expected = serial + 1;
            } else if (atLeft && CellKinds.isPartHeading(t)) {
                current = null;
                pending.add(null);
                pendingLines.add(new int[] {lines.get(j).number(), lines.get(j).number()});
                headings.add(t);
                continue;
            } else if (atLeft || current == null) {
                break;
            }
            for (Piece p : pieces) {
                int c = column(bounds, p.start());
                if (!underHeader(p, head.get(c))) {
                    return -1; // cells apart by spaces but not in columns: a row a line (SpacedRowTable)
                }
                current.get(c).add(p);
                rightEdge[c] = Math.max(rightEdge[c], p.end());
            }
            pendingLines.get(pendingLines.size() - 1)[1] = lines.get(j).number();
        }
        int heading = 0;
        for (int r = 0; r < pending.size(); r++) {
            int[] at = pendingLines.get(r);
            if (pending.get(r) == null) {
                rows.add(TableRow.spanning(headings.get(heading++), at[0], columns.size()));
                continue;
            }
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(TableCell.of(cellText(pending.get(r).get(c), columns.get(c), rightEdge[c])));
            }
            rows.add(new TableRow(at[0], at[1], cells));
        }
        if (expected < 0) {
            return -1; // a line of header words alone is no table
        }
        tables.add(new DocumentTable("", rows));
        return j;
    }

    /**
     * A cell's lines as one text. A unit cell's line that fills its column to the right edge was wrapped there, so the
     * next line goes on with the same name (金义新区 / 发展集团); a shorter line ended a name (units one a line).
     */
    private static String cellText(List<Piece> pieces, TableColumn meaning, int rightEdge) {
        String text = "";
        Piece before = null;
        for (Piece p : pieces) {
            if (meaning == null || !meaning.holdsUnits()) {
                text = TaskTableReader.joined(text, p.text());
            } else {
                boolean wrapped = before != null && before.end() >= rightEdge - 1;
                text = wrapped ? text + p.text().strip() : TaskTableReader.joinedUnits(text, p.text());
            }
            before = p;
        }
        return text;
    }

    /**
     * Where each column after the first begins: halfway through the gap between two header words, so that a cell
     * starting a little left of its (centred) header word still falls in its column.
     */
    private static int[] bounds(List<Piece> head) {
        int[] bounds = new int[head.size() - 1];
        for (int c = 1; c < head.size(); c++) {
            bounds[c - 1] = (head.get(c - 1).end() + head.get(c).start() + 1) / 2;
        }
        return bounds;
    }

    /** Whether a piece starts under its column's header word (a few characters left of a centred one too). */
    private static boolean underHeader(Piece p, Piece header) {
        return p.start() >= header.start() - SLACK && p.start() <= header.end();
    }

    private static int column(int[] bounds, int start) {
        int c = 0;
        while (c < bounds.length && start >= bounds[c]) {
            c++;
        }
        return c;
    }

    /** The line cut at runs of {@value #GAP} or more spaces (ASCII, ideographic, no-break), each piece where it starts. */
    private static List<Piece> pieces(String line) {
        List<Piece> out = new ArrayList<>();
        int k = 0;
        int n = line.length();
        while (k < n) {
            while (k < n && isSpace(line.charAt(k))) {
                k++;
            }
            if (k >= n) {
                break;
            }
            int start = k;
            int end = k;
            while (k < n) {
                if (!isSpace(line.charAt(k))) {
                    k++;
                    end = k;
                    continue;
                }
                int run = k;
                while (run < n && isSpace(line.charAt(run))) {
                    run++;
                }
                // an ideographic space is as wide as two ASCII ones
                int width = 0;
                for (int s = k; s < run; s++) {
                    width += line.charAt(s) == '\u3000' ? 2 : 1;
                }
                if (width >= GAP || run >= n) {
                    break;
                }
                k = run;
            }
            out.add(new Piece(line.substring(start, end), start, end));
            k = Math.max(k, end);
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

}
