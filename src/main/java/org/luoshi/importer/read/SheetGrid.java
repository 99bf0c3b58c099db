package org.luoshi.importer.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One worksheet as a reader of .xlsx or .xls found it — cell texts by row and column, the rows
 * the sheet hides, its merged regions — turned into a {@link DocumentTable} and the lines that
 * print it. Rows without a text of their own are left out (empty rows, and the lower rows of a
 * tall title), as are empty columns at either side: the table is what the sheet shows.
 */
final class SheetGrid {
    /**
     * Cells a sheet may hold: a plan's sheet has a few thousand rows of ten columns; the 20 MB a
     * file may have can hold a hundred times that, which would take the memory of a laptop.
     */
    static final int MAX_CELLS = 2_000_000;

    /** A merged region, inclusive. */
    private record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    final String name;
    private final TreeMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
    private final BitSet hiddenRows = new BitSet();
    private final List<Region> regions = new ArrayList<>();
    private final int maxCells;
    private int cells;

    SheetGrid(String name) {
        this(name, MAX_CELLS);
    }

    /** A sheet that may hold {@code maxCells} cells with text. */
    SheetGrid(String name, int maxCells) {
        this.name = name;
        this.maxCells = maxCells;
    }

    /** The text of a cell; empty texts are not kept. Fails with {@link TooLarge} beyond the cells it may hold. */
    void put(int row, int column, String text) {
        if (text == null || text.isBlank() || row < 0 || column < 0) {
            return;
        }
        if (++cells > maxCells) {
            throw new TooLarge(name, maxCells);
        }
        rows.computeIfAbsent(row, r -> new HashMap<>()).put(column, text.strip());
    }

    void hideRow(int row) {
        if (row >= 0) {
            hiddenRows.set(row);
        }
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow >= 0 && firstColumn >= 0 && lastRow >= firstRow && lastColumn >= firstColumn
                && (lastRow > firstRow || lastColumn > firstColumn)) {
            regions.add(new Region(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** The sheet had more cells than a plan could: the reader stops and says so. */
    static final class TooLarge extends RuntimeException {
        final String sheet;
        final int limit;

        TooLarge(String sheet, int limit) {
            super("more than " + limit + " cells in sheet " + sheet, null, false, false);
            this.sheet = sheet;
            this.limit = limit;
        }
    }

    /** The table of the sheet's shown rows, its rows printed from line {@code firstLine} (1-based) on. */
    Printed print(int firstLine) {
        List<Integer> shown = new ArrayList<>();
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = -1;
        for (Map.Entry<Integer, Map<Integer, String>> row : rows.entrySet()) {
            if (hiddenRows.get(row.getKey())) {
                continue;
            }
            shown.add(row.getKey());
            for (int c : row.getValue().keySet()) {
                firstColumn = Math.min(firstColumn, c);
                lastColumn = Math.max(lastColumn, c);
            }
        }
        if (shown.isEmpty()) {
            return new Printed(new DocumentTable(name, List.of()), List.of());
        }
        Map<Long, TableCell> covered = covered(shown.get(0), shown.get(shown.size() - 1), firstColumn, lastColumn);
        List<TableRow> tableRows = new ArrayList<>(shown.size());
        List<String> lines = new ArrayList<>(shown.size());
        for (int r : shown) {
            Map<Integer, String> texts = rows.get(r);
            List<TableCell> cells = new ArrayList<>(lastColumn - firstColumn + 1);
            StringBuilder line = new StringBuilder();
            int printed = 0;
            for (int c = firstColumn; c <= lastColumn; c++) {
                TableCell cover = covered.get(key(r, c));
                String text = cover == null ? texts.getOrDefault(c, "") : "";
                cells.add(cover == null ? TableCell.of(text) : cover);
                if (!text.isEmpty()) {
                    // Up to the last cell with text: no trailing tabs. A line break inside a cell
                    // (Alt+Enter) prints as a space, so that a row stays one line.
                    for (; printed < c - firstColumn; printed++) {
                        line.append('\t');
                    }
                    line.append(text.replaceAll("[\\t\\r\\n]+", " "));
                }
            }
            tableRows.add(new TableRow(firstLine + lines.size(), firstLine + lines.size(), cells));
            lines.add(line.toString());
        }
        return new Printed(new DocumentTable(name, tableRows), lines);
    }

    /**
     * The cells a merged region covers, within the rows and columns shown: the cells below its
     * first row in its first column are covered from above, all its other cells from the left
     * (their row's first cell of the region says what the row holds there).
     */
    private Map<Long, TableCell> covered(int top, int bottom, int left, int right) {
        Map<Long, TableCell> covered = new HashMap<>();
        TableCell fromAbove = TableCell.coveredFromAbove();
        TableCell fromLeft = TableCell.coveredFromLeft();
        long marked = 0;
        for (Region region : regions) {
            int lastRow = Math.min(region.lastRow, bottom);
            int lastColumn = Math.min(region.lastColumn, right);
            for (int r = Math.max(region.firstRow, top); r <= lastRow; r++) {
                for (int c = Math.max(region.firstColumn, left); c <= lastColumn; c++) {
                    if (++marked > maxCells) {
                        throw new TooLarge(name, maxCells);
                    }
                    if (c > region.firstColumn) {
                        covered.put(key(r, c), fromLeft);
                    } else if (r > region.firstRow) {
                        covered.put(key(r, c), fromAbove);
                    }
                }
            }
        }
        return covered;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }

    /** A sheet's table and the lines of text that print it, one a row. */
    record Printed(DocumentTable table, List<String> lines) {
    }
}
