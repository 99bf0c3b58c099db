package org.luoshi.importer.layouts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The ways offices and copy tools lay out the same 分工表, as pure functions: column variants ({@link Grid} to
 * {@link Grid}) and flattened text forms ({@link Grid} to the text a copy gives).
 */
final class TableLayouts {
    private TableLayouts() {
    }

    // ---- column variants ----

    /** No 序号 column; the number opens the task cell ({@code 1.推进…}) or is gone. */
    static Grid withoutNumberColumn(Grid g, boolean numberInTask) {
        int n = g.column(Grid.NUMBER);
        int task = g.column(Grid.TASK);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : g.rows()) {
            List<String> row = new ArrayList<>(r);
            if (numberInTask) {
                row.set(task, row.get(n) + "." + row.get(task));
            }
            row.remove(n);
            rows.add(row);
        }
        List<String> header = new ArrayList<>(g.header());
        header.remove(n);
        return new Grid(g.title(), g.note(), header, rows, shifted(g.merged(), n));
    }

    /** Column {@code name} moved to stand right before column {@code before}. */
    static Grid moved(Grid g, String name, String before) {
        int from = g.column(name);
        List<String> header = new ArrayList<>(g.header());
        header.remove(from);
        int to = header.indexOf(before);
        header.add(to, name);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : g.rows()) {
            List<String> row = new ArrayList<>(r);
            String cell = row.remove(from);
            row.add(to, cell);
            rows.add(row);
        }
        Set<Integer> merged = new HashSet<>();
        for (int c : g.merged()) {
            merged.add(header.indexOf(g.header().get(c)));
        }
        return new Grid(g.title(), g.note(), header, rows, merged);
    }

    /**
     * 牵头单位 and the other unit column merged into one 责任单位 column, the lead first, with the plan's rule printed
     * above the table. Null when that loses what the labels say: a task without exactly one lead, or units of both
     * other roles in the plan (no one rule names both).
     */
    static Grid mergedUnitColumns(Grid g, List<LabelledTask> tasks) {
        if (!g.has(Grid.LEAD) || tasks.stream().anyMatch(t -> t.lead().size() != 1)
                || g.has(Grid.RESPONSIBLE) && g.has(Grid.COOPERATING)) {
            return null;
        }
        String other = g.has(Grid.COOPERATING) ? Grid.COOPERATING : Grid.RESPONSIBLE;
        String rule = g.has(Grid.COOPERATING) ? "注：责任单位中列第一位的为牵头单位，其他为配合单位。"
                : "注：责任单位中列第一位者为牵头单位。";
        int lead = g.column(Grid.LEAD);
        int second = g.column(other);
        List<String> header = new ArrayList<>(g.header());
        header.set(lead, Grid.RESPONSIBLE);
        if (second >= 0) {
            header.remove(second);
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : g.rows()) {
            List<String> row = new ArrayList<>(r);
            if (second >= 0) {
                String others = row.remove(second);
                if (!others.isEmpty()) {
                    row.set(lead, row.get(lead) + "、" + others);
                }
            }
            rows.add(row);
        }
        return new Grid(g.title(), rule, header, rows, g.merged());
    }

    /** The 类别 column printed once for each run of equal categories (a merged cell), or null without one. */
    static Grid categoryOncePerGroup(Grid g) {
        int c = g.column(Grid.CATEGORY);
        if (c < 0) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        String before = null;
        for (List<String> r : g.rows()) {
            List<String> row = new ArrayList<>(r);
            if (row.get(c).equals(before)) {
                row.set(c, "");
            } else {
                before = row.get(c);
            }
            rows.add(row);
        }
        Set<Integer> merged = new HashSet<>(g.merged());
        merged.add(c);
        return new Grid(g.title(), g.note(), g.header(), rows, merged);
    }

    /**
     * 牵头单位 and 责任单位 merged into one 责任单位 column, each lead unit marked with {@code mark} before its name (★, ▲:
     * set K 平湖 2025, 诸暨 2023) or after it (*: 龙湾 2023), no rule printed; a 配合单位 column stays. Null when that loses
     * what the labels say: a task without a lead (an unmarked cell of one unit reads as its lead), or no 牵头单位 column.
     */
    static Grid markedLeads(Grid g, List<LabelledTask> tasks, String mark, boolean after) {
        if (!g.has(Grid.LEAD) || tasks.stream().anyMatch(t -> t.lead().isEmpty())) {
            return null;
        }
        int lead = g.column(Grid.LEAD);
        int second = g.column(Grid.RESPONSIBLE);
        List<String> header = new ArrayList<>(g.header());
        header.set(lead, Grid.RESPONSIBLE);
        if (second >= 0) {
            header.remove(second);
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : g.rows()) {
            List<String> row = new ArrayList<>(r);
            String others = second >= 0 ? row.remove(second) : "";
            List<String> marked = new ArrayList<>();
            for (String unit : row.get(lead).split("、")) {
                if (!unit.isEmpty()) {
                    marked.add(after ? unit + mark : mark + unit);
                }
            }
            String cell = String.join("、", marked);
            row.set(lead, others.isEmpty() ? cell : cell + "、" + others);
            rows.add(row);
        }
        return new Grid(g.title(), g.note(), header, rows, g.merged());
    }

    /**
     * A 牵头领导 column first, a leader's name printed in the first row of each group of {@code group} rows (a merged
     * cell), as city plans print the vice-mayor over the tasks he leads (set K 玉环 2021, 平湖 2025).
     */
    static Grid leaderColumn(Grid g, int group) {
        List<String> header = new ArrayList<>(g.header());
        header.add(0, "牵头领导");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < g.rows().size(); i++) {
            List<String> row = new ArrayList<>(g.rows().get(i));
            row.add(0, i % group == 0 ? LEADERS.get(i / group % LEADERS.size()) : "");
            rows.add(row);
        }
        Set<Integer> merged = new HashSet<>();
        merged.add(0);
        for (int c : g.merged()) {
            merged.add(c + 1);
        }
        return new Grid(g.title(), g.note(), header, rows, merged);
    }

    /** Leaders' names as plans print them (made up: a surname, a given name and the post). */
    private static final List<String> LEADERS = List.of("王建华副市长", "李明市长", "张卫东副市长");

    /** Header {@code name} printed as {@code synonym}, or null when the grid has no such column. */
    static Grid renamed(Grid g, String name, String synonym) {
        int c = g.column(name);
        if (c < 0) {
            return null;
        }
        List<String> header = new ArrayList<>(g.header());
        header.set(c, synonym);
        return new Grid(g.title(), g.note(), header, g.rows(), g.merged());
    }

    /** Every header word with its characters spaced out: 序 号, 重 点 任 务. */
    static Grid spacedHeader(Grid g) {
        List<String> header = g.header().stream().map(h -> String.join(" ", h.split(""))).toList();
        return new Grid(g.title(), g.note(), header, g.rows(), g.merged());
    }

    private static Set<Integer> shifted(Set<Integer> merged, int removed) {
        Set<Integer> out = new HashSet<>();
        for (int c : merged) {
            if (c != removed) {
                out.add(c > removed ? c - 1 : c);
            }
        }
        return out;
    }

    // ---- flattened text forms ----

    /** The title lines a table comes under in a copied attachment. */
    private static StringBuilder head(Grid g) {
        StringBuilder b = new StringBuilder("附件\n").append(g.title()).append("任务分工表\n");
        if (g.note() != null) {
            b.append(g.note()).append('\n');
        }
        return b;
    }

    /** One row a line, cells apart by {@code separator}; {@code ends} puts it before the first and after the last. */
    static String separated(Grid g, String separator, boolean ends) {
        return separated(g, separator, ends, 0);
    }

    /**
     * As {@link #separated(Grid, String, boolean)}, with the header repeated on every page of {@code perPage} rows and a
     * page-number line between pages ({@code perPage} 0: one page).
     */
    static String separated(Grid g, String separator, boolean ends, int perPage) {
        StringBuilder b = head(g);
        UnaryOperator<List<String>> line = cells -> cells;
        String open = ends ? separator.stripLeading() : "";
        String close = ends ? separator.stripTrailing() : "";
        b.append(open).append(String.join(separator, line.apply(g.header()))).append(close).append('\n');
        for (int i = 0; i < g.rows().size(); i++) {
            if (perPage > 0 && i > 0 && i % perPage == 0) {
                b.append("- ").append(i / perPage + 1).append(" -\n");
                b.append(open).append(String.join(separator, g.header())).append(close).append('\n');
            }
            b.append(open).append(String.join(separator, g.rows().get(i))).append(close).append('\n');
        }
        return b.toString();
    }

    /** One cell a line, as a web page's table copies; blank cells as empty lines ({@code keepEmpty}) or left out. */
    static String cellPerLine(Grid g, boolean keepEmpty, int perPage, boolean headerBroken) {
        StringBuilder b = head(g);
        List<String> header = headerBroken ? g.header().stream().map(TableLayouts::broken).toList() : g.header();
        header.forEach(h -> b.append(h).append('\n'));
        for (int i = 0; i < g.rows().size(); i++) {
            if (perPage > 0 && i > 0 && i % perPage == 0) {
                b.append("- ").append(i / perPage + 1).append(" -\n");
                header.forEach(h -> b.append(h).append('\n'));
            }
            for (String cell : g.rows().get(i)) {
                if (keepEmpty || !cell.isEmpty()) {
                    b.append(cell).append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * One cell a line with a line holding only | after each cell (a web table's cell borders copied as text, set J 池州
     * 信访局); with {@code rowEnds} each row closed by a further | line (set J 谯城).
     */
    static String pipeLines(Grid g, boolean rowEnds) {
        StringBuilder b = head(g);
        g.header().forEach(h -> b.append(h).append("\n|\n"));
        for (List<String> row : g.rows()) {
            for (String cell : row) {
                if (!cell.isEmpty()) {
                    b.append(cell).append("\n|\n");
                }
            }
            if (rowEnds) {
                b.append("|\n");
            }
        }
        return b.toString();
    }

    /** | rows closed by |, and a line holding only | after each row (set K 广东卫健委 台账). */
    static String pipeRowsThenPipeLine(Grid g) {
        StringBuilder b = head(g);
        b.append(String.join(" | ", g.header())).append(" |\n");
        for (List<String> row : g.rows()) {
            b.append(String.join(" | ", row)).append(" |\n|\n");
        }
        return b.toString();
    }

    /** A header word broken over two lines where its cell was narrow: 牵头 / 单位. */
    private static String broken(String word) {
        return word.length() < 4 ? word : word.substring(0, word.length() / 2) + "\n" + word.substring(word.length() / 2);
    }

    /** Drawn with box characters, cells wrapped at their column's width, as law databases print an old table. */
    static String boxDrawn(Grid g) {
        int[] widths = widths(g, 18, 8);
        StringBuilder b = head(g);
        b.append(rule(widths, '┌', '┬', '┐')).append('\n');
        appendWrapped(b, g.header(), widths, "│", "│", "│");
        for (int i = 0; i < g.rows().size(); i++) {
            b.append(rule(widths, '├', '┼', '┤')).append('\n');
            appendWrapped(b, g.rows().get(i), widths, "│", "│", "│");
        }
        b.append(rule(widths, '└', '┴', '┘')).append('\n');
        return b.toString();
    }

    /**
     * Columns apart by runs of spaces, as {@code pdftotext -layout} gives a PDF's table: with {@code wrap} the cells
     * wrap over lines inside their column's width (a printed table's long cells), else each row is one line.
     */
    static String spaceAligned(Grid g, boolean wrap) {
        StringBuilder b = head(g);
        if (!wrap) {
            int[] widths = new int[g.header().size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = g.header().get(c).length();
                for (List<String> r : g.rows()) {
                    widths[c] = Math.max(widths[c], r.get(c).length());
                }
            }
            appendPadded(b, g.header(), widths);
            g.rows().forEach(r -> appendPadded(b, r, widths));
            return b.toString();
        }
        int[] widths = widths(g, 20, 10);
        appendWrapped(b, g.header(), widths, "", "   ", "");
        for (List<String> r : g.rows()) {
            b.append('\n');
            appendWrapped(b, r, widths, "", "   ", "");
        }
        return b.toString();
    }

    private static void appendPadded(StringBuilder b, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            line.append(pad(cells.get(c), widths[c] + 3));
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }

    /** Each column's width in characters: the task column {@code task}, every other at most {@code other}. */
    private static int[] widths(Grid g, int task, int other) {
        int[] widths = new int[g.header().size()];
        for (int c = 0; c < widths.length; c++) {
            int longest = g.header().get(c).length();
            for (List<String> r : g.rows()) {
                longest = Math.max(longest, r.get(c).length());
            }
            int cap = g.header().get(c).equals(Grid.TASK) || c == taskColumn(g) ? task : other;
            widths[c] = Math.max(Math.min(longest, cap), Math.min(g.header().get(c).length(), cap));
        }
        return widths;
    }

    private static int taskColumn(Grid g) {
        int longest = -1;
        int column = 0;
        for (int c = 0; c < g.header().size(); c++) {
            int sum = 0;
            for (List<String> r : g.rows()) {
                sum += r.get(c).length();
            }
            if (sum > longest) {
                longest = sum;
                column = c;
            }
        }
        return column;
    }

    /** The cells wrapped at the widths, line by line, cells apart by {@code between}. */
    private static void appendWrapped(StringBuilder b, List<String> cells, int[] widths, String open, String between,
            String close) {
        List<List<String>> pieces = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> p = wrap(cells.get(c), widths[c]);
            pieces.add(p);
            lines = Math.max(lines, p.size());
        }
        for (int l = 0; l < lines; l++) {
            StringBuilder line = new StringBuilder(open);
            for (int c = 0; c < cells.size(); c++) {
                String piece = l < pieces.get(c).size() ? pieces.get(c).get(l) : "";
                line.append(pad(piece, widths[c]));
                line.append(c + 1 < cells.size() ? between : close);
            }
            b.append(open.isEmpty() ? line.toString().stripTrailing() : line.toString()).append('\n');
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            out.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String rule(int[] widths, char left, char cross, char right) {
        StringBuilder b = new StringBuilder().append(left);
        for (int c = 0; c < widths.length; c++) {
            b.append("─".repeat(widths[c])).append(c + 1 < widths.length ? cross : right);
        }
        return b.toString();
    }
}
