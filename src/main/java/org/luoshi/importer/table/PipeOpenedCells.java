package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;

/**
 * A web table copied as text with each cell on lines of its own: a | opens every cell but a row's
 * first, and a | alone ends the row (长沙 目标任务 分解, holdout14i):
 * <pre>
 * 牵头单位
 * | 目 标 任 务
 * | 责 任 单 位
 * |
 * 市政
 * 府办
 * 公厅
 * | 强化行政监督,…
 * | 市直各单位、各区县市
 * |
 * 推进国家安全工作发展
 * | 市直各单位、各区县市
 * |
 * </pre>
 * A cell's lines are joined (市政 / 府办 / 公厅 → 市政府办公厅). Each row is given back as one line
 * with | after each of its cells (a row of one cell too), to be read as a | table is; a row that leaves out a cell merged over
 * several rows (the lead unit printed once per group) has fewer cells, and the table's aligner
 * places them as it does a tab-separated row's.
 */
final class PipeOpenedCells {
    /** The joined rows, and for each the index of the source line it started at; {@code end} is the index after the last. */
    record Joined(List<SourceLine> rows, List<Integer> starts, int end) {
        /** The source index of joined row {@code k} (the end for k past the last). */
        int sourceIndex(int k) {
            return k < starts.size() ? starts.get(k) : end;
        }
    }

    private PipeOpenedCells() {
    }

    /** Whether line {@code i} is a cell and the next line opens one with |: the layout starts here. */
    static boolean startsAt(List<SourceLine> lines, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        String t = Texts.strip(lines.get(i).text());
        String next = Texts.strip(lines.get(i + 1).text());
        return !t.isEmpty() && t.indexOf('|') < 0 && next.length() > 1 && next.charAt(0) == '|';
    }

    /** The rows from line {@code i} on, up to the last | that ends one. */
    static Joined join(List<SourceLine> lines, int i) {
        List<SourceLine> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<StringBuilder> cells = new ArrayList<>();
        int rowStart = i;
        int end = i;
        for (int j = i; j < lines.size(); j++) {
            String t = Texts.strip(lines.get(j).text());
            if (t.isEmpty() || t.indexOf('\t') >= 0 || j - rowStart > FlatTableFinder.MAX_ROW_LINES) {
                break;
            }
            if (cells.isEmpty()) {
                rowStart = j;
            }
            if (t.equals("|")) {
                if (!cells.isEmpty()) {
                    rows.add(new SourceLine(lines.get(rowStart).number(),
                            String.join(" | ", cells.stream().map(StringBuilder::toString).toList()) + " |"));
                    starts.add(rowStart);
                    cells.clear();
                }
                end = j + 1;
            } else if (t.charAt(0) == '|') {
                cells.add(new StringBuilder(Texts.strip(t.substring(1))));
            } else if (cells.isEmpty()) {
                cells.add(new StringBuilder(t));
            } else {
                cells.get(cells.size() - 1).append(t);
            }
        }
        return new Joined(rows, starts, end);
    }
}
