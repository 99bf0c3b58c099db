package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.importer.read.TableCell;

/**
 * Puts the pieces of a flattened row — its lines, or its tab-separated cells — into the table's
 * columns by what each piece is: a row number in 序号, a time limit in 完成时限, a list of units
 * in the unit columns in order, other text in the task. A piece may wrap over several lines (they
 * join into one cell), and a row may leave a cell out (a merged cell printed once for several
 * rows): that cell is covered from above. The best placement is found by dynamic programming
 * over (column, piece), pieces kept in order; the work is columns × pieces × the longest a cell
 * may wrap, small for any row.
 */
final class RowAligner {
    /** A piece of a flattened row and the 1-based line it stands on. */
    record Piece(String text, int line) {
    }

    /** The row's cells, one per column, and the last line the row took. */
    record Aligned(List<TableCell> cells, int lastLine) {
    }

    private static final double LEFT_OUT = -1.0;
    private static final double FITS = 3.0;
    private static final double MISFITS = -3.0;
    /** A cell this short (徐国江, a leader's name in a column read as nothing) is a poor fit for the task. */
    private static final int SHORTEST_TASK = 4;

    private final CellKinds kinds = new CellKinds();

    /**
     * @param pieces       the row's pieces in order
     * @param columns      the meaning of each column, in order (null for a column read as nothing)
     * @param wrapping     whether a cell may take several pieces (lines); false for tab-separated cells
     */
    Aligned align(List<Piece> pieces, List<TableColumn> columns, boolean wrapping) {
        int n = columns.size();
        if (!wrapping && pieces.size() > n && n > 0) {
            // More cells than columns (a tab inside a cell): the extra ones join the last cell.
            List<Piece> fitted = new ArrayList<>(pieces.subList(0, n - 1));
            StringBuilder rest = new StringBuilder();
            for (Piece p : pieces.subList(n - 1, pieces.size())) {
                rest.append(rest.length() > 0 && !p.text().isBlank() ? " " : "").append(p.text().strip());
            }
            fitted.add(new Piece(rest.toString(), pieces.get(pieces.size() - 1).line()));
            pieces = fitted;
        }
        int m = pieces.size();
        Spans spans = new Spans(pieces);
        if (wrapping && textBeforeUnits(columns)) {
            spans.textUpTo = unitTailStart(spans, m);
        }
        double[][] best = new double[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1];
        for (int j = 1; j <= m; j++) {
            best[0][j] = Double.NEGATIVE_INFINITY;
        }
        boolean[] unitsFollow = new boolean[n];
        for (int c = n - 2; c >= 0; c--) {
            unitsFollow[c] = columns.get(c + 1) != null && columns.get(c + 1).holdsUnits()
                    || unitsFollow[c + 1] && (columns.get(c + 1) == null || columns.get(c + 1) == TableColumn.OTHER);
        }
        for (int c = 1; c <= n; c++) {
            TableColumn meaning = columns.get(c - 1);
            boolean beforeUnits = wrapping && unitsFollow[c - 1];
            int cap = wrapping ? cap(meaning, m) : 1;
            double leftOut = LEFT_OUT - 0.001 * (n - c); // leave out later columns rather than earlier ones
            for (int j = 0; j <= m; j++) {
                best[c][j] = best[c - 1][j] + leftOut;
                from[c][j] = j;
                for (int k = Math.max(0, j - cap); k < j; k++) {
                    if (best[c - 1][k] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double s = best[c - 1][k] + score(meaning, spans, k, j) + oneUnitALine(meaning, beforeUnits, spans, k, j);
                    if (s > best[c][j]) {
                        best[c][j] = s;
                        from[c][j] = k;
                    }
                }
            }
        }
        // Pieces left over (more than the columns take, without wrapping) join the last cell.
        TableCell[] cells = new TableCell[n];
        int j = m;
        for (int c = n; c >= 1; c--) {
            int k = from[c][j];
            TableColumn meaning = columns.get(c - 1);
            // A left-out cell was merged over rows — but never the task's own text: a row without one is no task.
            cells[c - 1] = k != j ? TableCell.of(spans.text(meaning, k, j))
                    : meaning == TableColumn.TASK || meaning == TableColumn.NUMBER ? TableCell.of("")
                    : TableCell.coveredFromAbove();
            j = k;
        }
        int lastLine = pieces.isEmpty() ? 0 : pieces.get(m - 1).line();
        return new Aligned(List.of(cells), lastLine);
    }

    /**
     * Whether every task and category column stands before every unit column (序号 / 事项分类 / 事项名称 /
     * 项目内容 / 牵头单位 / 协同单位): then the row's lines run text first, units after.
     */
    private static boolean textBeforeUnits(List<TableColumn> columns) {
        int lastText = -1;
        int firstUnits = Integer.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            TableColumn meaning = columns.get(c);
            if (meaning == TableColumn.TASK || meaning == TableColumn.CATEGORY) {
                lastText = c;
            } else if (meaning != null && meaning.holdsUnits()) {
                firstUnits = Math.min(firstUnits, c);
            }
        }
        return lastText >= 0 && firstUnits != Integer.MAX_VALUE && lastText < firstUnits;
    }

    /**
     * Where the row's run of unit names (and empty marks, time limits) at its end begins: counted back from
     * the last line to the first line that is none of them (the task's sentence). The lines before it are the
     * text columns' — a name there that reads like a unit (新（改、扩）建一批中小学校, 打造区域教育高地, 新（改）建村卫生室)
     * is a task or a category, as the row's order says, which keeps a merged 分类 cell printed once from
     * pulling the row's cells out of place.
     */
    private int unitTailStart(Spans spans, int m) {
        int i = m;
        while (i > 0) {
            String t = spans.pieces.get(i - 1).text();
            if (!(CellKinds.isEmptyMark(t) || spans.units(i - 1, i) || spans.deadline(i - 1, i))) {
                break;
            }
            i--;
        }
        return i;
    }

    /** How many lines a cell of this meaning may wrap over. */
    private static int cap(TableColumn meaning, int m) {
        if (meaning == null) {
            return 3;
        }
        return switch (meaning) {
            case NUMBER -> 1;
            case CATEGORY -> 3;
            case DEADLINE -> 3;
            // a 协同单位 cell may list a unit a line for a whole county's towns (金东 2024: ten lines)
            case LEAD, RESPONSIBLE, COOPERATING -> 30;
            case TASK -> m;
            case OTHER -> 3;
        };
    }

    /**
     * In a web copy a cell of several units prints one unit a line (金东 2024 民生实事: 区教体局 / 东孝街道 / 孝顺镇 / …):
     * a line that is a unit name by itself belongs to a unit column, not to the task's text above it; and where
     * unit columns follow one another (牵头单位 / 协同单位), the earlier one takes one unit a line only as far as
     * nothing says otherwise — each further whole unit name it would take costs, so the run of names after the
     * first falls to the last unit column, as an official reads such a row (the lead is named first, once).
     */
    private double oneUnitALine(TableColumn meaning, boolean beforeUnits, Spans spans, int k, int j) {
        if (j - k < 2 || meaning == null) {
            return 0;
        }
        double cost = 0;
        if (meaning == TableColumn.TASK || meaning == TableColumn.CATEGORY) {
            for (int i = k + 1; i < j; i++) {
                if (spans.wholeUnitLine(i)) {
                    cost -= 4;
                }
            }
        } else if (meaning.holdsUnits() && beforeUnits) {
            for (int i = k + 1; i < j; i++) {
                if (spans.wholeUnitLine(i) && spans.wholeUnitLine(i - 1)) {
                    cost -= 1;
                }
            }
        }
        return cost;
    }

    private double score(TableColumn meaning, Spans spans, int k, int j) {
        if (meaning == null || meaning == TableColumn.OTHER) {
            // A column read as nothing (牵头领导, 备注) takes what fits nowhere else, not a unit list.
            return spans.units(k, j) ? -1 : j - k > 1 ? -0.5 : 0;
        }
        boolean single = j - k == 1;
        String raw = single ? spans.pieces.get(k).text() : null;
        if (single && CellKinds.isEmptyMark(raw)) {
            return meaning == TableColumn.TASK || meaning == TableColumn.NUMBER ? MISFITS : 1;
        }
        return switch (meaning) {
            case NUMBER -> single && CellKinds.serial(raw) >= 0 ? FITS : MISFITS;
            // A time limit that wraps takes no unit name printed one a line above it (县代建中心 / 12月底前).
            case DEADLINE -> spans.deadline(k, j) && (single || !spans.units(k, k + 1)) ? FITS : MISFITS;
            case LEAD, RESPONSIBLE, COOPERATING -> spans.units(k, j) ? FITS : MISFITS;
            // A sentence (ending in 。) is a task, never the heading of a group of tasks.
            case CATEGORY -> single && raw.length() <= 20 && !spans.unitsAsText(k, j) && !spans.deadline(k, j)
                    && CellKinds.serial(raw) < 0 && !raw.strip().endsWith("。") ? 1 : -2;
            case TASK -> single && (spans.unitsAsText(k, j) || spans.deadline(k, j) || CellKinds.serial(raw) >= 0)
                    ? -2 : single && raw.strip().length() <= SHORTEST_TASK ? 0 : 2;
            default -> 0;
        };
    }

    /** The row's spans of pieces, what each is worked out once. */
    private final class Spans {
        final List<Piece> pieces;
        /** The lines before this index are the text columns' by the row's order ({@link #unitTailStart}). */
        int textUpTo = 0;
        private final byte[][] units;
        private final byte[][] deadlines;

        Spans(List<Piece> pieces) {
            this.pieces = pieces;
            int m = pieces.size();
            units = new byte[m][];
            deadlines = new byte[m][];
        }

        boolean units(int k, int j) {
            if (units[k] == null) {
                units[k] = new byte[pieces.size() - k + 1];
            }
            byte b = units[k][j - k];
            if (b == 0) {
                b = kinds.looksLikeUnits(text(TableColumn.LEAD, k, j)) ? (byte) 1 : (byte) 2;
                units[k][j - k] = b;
            }
            return b == 1;
        }

        /** Whether pieces k..j-1 read as units where a task or category cell may stand. */
        boolean unitsAsText(int k, int j) {
            return j > textUpTo && units(k, j);
        }

        /** Whether piece i alone is one short unit name (区教体局, 各乡镇（街道）), not a wrapped piece of a sentence. */
        boolean wholeUnitLine(int i) {
            String t = pieces.get(i).text().strip();
            return t.length() <= 14 && t.indexOf('。') < 0 && t.indexOf('，') < 0 && t.indexOf(',') < 0
                    && t.indexOf('、') < 0 && units(i, i + 1);
        }

        boolean deadline(int k, int j) {
            if (deadlines[k] == null) {
                deadlines[k] = new byte[pieces.size() - k + 1];
            }
            byte b = deadlines[k][j - k];
            if (b == 0) {
                b = kinds.looksLikeDeadline(text(TableColumn.DEADLINE, k, j)) ? (byte) 1 : (byte) 2;
                deadlines[k][j - k] = b;
            }
            return b == 1;
        }

        /** Pieces k..j-1 as one cell: unit names one a line stay apart (a space), wrapped text joins. */
        String text(TableColumn meaning, int k, int j) {
            if (j - k == 1) {
                return pieces.get(k).text().strip();
            }
            boolean unitsApart = meaning != null && meaning.holdsUnits();
            String out = "";
            for (int i = k; i < j; i++) {
                String t = pieces.get(i).text().strip();
                out = unitsApart && !out.isEmpty() ? out + " " + t : TaskTableReader.joined(out, t);
            }
            return out;
        }
    }

    /** The meanings of a header's cells, in order; null for a cell that names nothing. */
    static List<TableColumn> meanings(List<String> header, RememberedHeaders words) {
        List<TableColumn> out = new ArrayList<>(header.size());
        for (String h : header) {
            out.add(words.headerMeaning(h).orElse(null));
        }
        return out;
    }
}
