package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;

/**
 * A table copied from a web page one row a line with its cells separated by spaces:
 * <pre>
 * 序号 工 作 任 务 牵头负责部门
 * 1 居民消费价格涨幅3%左右 发展改革委
 * </pre>
 * The header line's words (a word printed letter-spaced, 工 作 任 务, is one word) must all be
 * header words, the first being 序号; each row then starts with its number and has as many
 * space-separated pieces as the header has words. A task's text that itself holds spaces gives
 * more pieces: the extra ones go back into the task column. A line that is neither a row nor a
 * part heading before one ends the table.
 */
final class SpacedRowTable {
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_COLUMNS = 12;

    private final RememberedHeaders words;
    private final TableHeader header;

    SpacedRowTable(RememberedHeaders words, TableHeader header) {
        this.words = words;
        this.header = header;
    }

    /** Whether a line may be such a header: it has a space between words and is short. */
    static boolean mayBeHeader(String line) {
        String t = Texts.strip(line);
        return t.length() <= 80 && hasSpace(t);
    }

    /** Reads a table whose header is line {@code i}; the index after it, or -1 when there is none. */
    int read(List<SourceLine> lines, int i, List<DocumentTable> tables) {
        String line = Texts.strip(lines.get(i).text());
        if (words.headerMeaning(pieces(line).get(0)).filter(c -> c == TableColumn.NUMBER).isEmpty()) {
            return -1; // rows are told apart by their 序号 at the start: the header starts with it
        }
        List<String> headerCells = headerWords(line);
        if (headerCells.size() < MIN_COLUMNS || headerCells.size() > MAX_COLUMNS
                || !headerCells.stream().allMatch(w -> words.headerMeaning(w).isPresent())
                || header.find(List.of(headerCells)).isEmpty()) {
            return -1;
        }
        List<TableColumn> columns = RowAligner.meanings(headerCells, words);
        int taskColumn = columns.indexOf(TableColumn.TASK);
        if (columns.get(0) != TableColumn.NUMBER || taskColumn < 0) {
            return -1;
        }
        List<TableRow> rows = new ArrayList<>();
        int j = i + 1;
        int expected = -1;
        while (j < lines.size()) {
            String t = Texts.strip(lines.get(j).text());
            if (t.isEmpty() || CellKinds.isPageNumber(t)) {
                j++;
                continue;
            }
            if (headerWords(t).equals(headerCells)) {
                j++;
                continue; // the header again, on a new page
            }
            List<String> pieces = pieces(t);
            int serial = CellKinds.serial(pieces.get(0));
            if (serial >= 0 && (expected < 0 || serial == expected) && pieces.size() >= columns.size()) {
                rows.add(new TableRow(lines.get(j).number(), lines.get(j).number(), cells(pieces, columns.size(), taskColumn)));
                expected = serial + 1;
                j++;
                continue;
            }
            if (CellKinds.isPartHeading(t) && nextIsRow(lines, j + 1, expected)) {
                rows.add(TableRow.spanning(t, lines.get(j).number(), columns.size()));
                j++;
                continue;
            }
            break;
        }
        if (expected < 0) {
            return -1; // a line of header words alone is no table
        }
        rows.add(0, new TableRow(lines.get(i).number(), lines.get(i).number(),
                headerCells.stream().map(TableCell::of).toList()));
        tables.add(new DocumentTable("", rows));
        return j;
    }

    /** The row's cells: one piece each, the pieces beyond the header's count joined into the task's. */
    private static List<TableCell> cells(List<String> pieces, int width, int taskColumn) {
        int extra = pieces.size() - width;
        List<TableCell> cells = new ArrayList<>(width);
        int p = 0;
        for (int c = 0; c < width; c++) {
            if (c == taskColumn && extra > 0) {
                cells.add(TableCell.of(String.join(" ", pieces.subList(p, p + extra + 1))));
                p += extra + 1;
            } else {
                cells.add(TableCell.of(pieces.get(p++)));
            }
        }
        return cells;
    }

    private static boolean nextIsRow(List<SourceLine> lines, int from, int expected) {
        int k = from;
        while (k < lines.size() && Texts.strip(lines.get(k).text()).isEmpty()) {
            k++;
        }
        if (k >= lines.size()) {
            return false;
        }
        int serial = CellKinds.serial(pieces(Texts.strip(lines.get(k).text())).get(0));
        return expected < 0 ? serial >= 0 : serial == expected;
    }

    /** A header line's words: a run of single characters between spaces (工 作 任 务) is one word. */
    static List<String> headerWords(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder spaced = new StringBuilder();
        for (String piece : pieces(line)) {
            if (piece.length() == 1 && Character.isIdeographic(piece.codePointAt(0))) {
                spaced.append(piece);
                continue;
            }
            if (spaced.length() > 0) {
                out.add(spaced.toString());
                spaced.setLength(0);
            }
            out.add(piece);
        }
        if (spaced.length() > 0) {
            out.add(spaced.toString());
        }
        return out;
    }

    /** The line split at runs of spaces (ASCII, ideographic, no-break). */
    static List<String> pieces(String line) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= line.length(); k++) {
            boolean space = k == line.length() || isSpace(line.charAt(k));
            if (space && start >= 0) {
                out.add(line.substring(start, k));
                start = -1;
            } else if (!space && start < 0) {
                start = k;
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static boolean hasSpace(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (isSpace(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

}
