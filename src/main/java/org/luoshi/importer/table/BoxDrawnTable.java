package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;

/**
 * A table drawn with box characters, as law databases and old text copies print one:
 * <pre>
 * ┌──────────┬────┬──────┐
 * │ 工 作 任 务 │分管领│牵头单位│
 * │          │ 导 │      │
 * ├──────────┼────┼──────┤
 * │△调整财政支出结构…│张三 │市财政局、│
 * │…的投入       │    │国税局  │
 * │△加强财政监督… │    ├──────┤
 * </pre>
 * A cell ends where a rule (─) crosses its column, so a cell spans as many text lines as it wraps
 * over and as many rows as it was merged over; a row ends wherever any column's cell ends. The task
 * column's text is cut there (its lines belong to the row beside them); another column's cell that
 * spans several rows is given once and covers the rows below it. A task cell holding several
 * bulleted measures (△ ● ◆ …, each opening a line) gives a row per measure; where some task cells
 * are bulleted, one that is not is a heading over the bulleted ones and becomes a row spanning the
 * table. The header's lines are joined and its spaces dropped (工 作 任 务 → 工作任务). A table
 * continued under the same header in a new box (the next page) is one table.
 */
final class BoxDrawnTable {
    /** Characters that cross or bound a cell: a line is cut into cells at these. */
    private static final String SEPARATORS = "│┃║├┤┼┬┴┌┐└┘┠┨┿╂╟╢╫╠╣╬╦╩╔╗╚╝╞╡╪╤╧╒╕╘╛╓╖╙╜";
    private static final String RULES = "─━═┄┅┈┉╌╍";
    private static final String BULLETS = "△▲●◆■□★☆◇○";

    private final RememberedHeaders words;

    BoxDrawnTable(RememberedHeaders words) {
        this.words = words;
    }

    /** Whether {@code line} is a box's top border. */
    static boolean isTop(String line) {
        String t = Texts.strip(line);
        return t.length() >= 3 && (t.charAt(0) == '┌' || t.charAt(0) == '╔' || t.charAt(0) == '┏'
                || t.charAt(0) == '╒' || t.charAt(0) == '╓');
    }

    /** Reads the box table whose top border is line {@code i}; the index after it, or -1. */
    int read(List<SourceLine> lines, int i, List<DocumentTable> tables) {
        Box first = box(lines, i);
        if (first == null || first.header.stream().noneMatch(h -> words.headerMeaning(h).isPresent())) {
            return -1;
        }
        int taskColumn = taskColumn(first);
        boolean bulleted = false;
        List<Box> boxes = new ArrayList<>(List.of(first));
        int end = first.end;
        while (true) {
            int next = end;
            while (next < lines.size() && (Texts.strip(lines.get(next).text()).isEmpty()
                    || CellKinds.isPageNumber(Texts.strip(lines.get(next).text())))) {
                next++;
            }
            if (next >= lines.size() || !isTop(lines.get(next).text())) {
                break;
            }
            Box more = box(lines, next);
            if (more == null || !more.header.equals(first.header)) {
                break;
            }
            boxes.add(more);
            end = more.end;
        }
        for (Box b : boxes) {
            bulleted |= b.bands.stream().anyMatch(band -> startsWithBullet(band.text(taskColumn)));
        }
        List<TableRow> rows = new ArrayList<>();
        List<TableCell> header = new ArrayList<>();
        if (bulleted) {
            header.add(TableCell.of(TableColumn.CATEGORY.label())); // the headings over the bulleted rows
        }
        first.header.forEach(h -> header.add(TableCell.of(h)));
        rows.add(new TableRow(lines.get(i).number(), first.headerLast, header));
        String[] heading = {""};
        for (Box b : boxes) {
            rows.addAll(b.rows(taskColumn, bulleted, heading));
        }
        tables.add(new DocumentTable("", rows));
        return end;
    }

    /** The column whose header names the task, else the widest one. */
    private int taskColumn(Box box) {
        for (int c = 0; c < box.header.size(); c++) {
            Optional<TableColumn> m = words.headerMeaning(box.header.get(c));
            if (m.isPresent() && m.get() == TableColumn.TASK) {
                return c;
            }
        }
        int widest = 0;
        for (int c = 1; c < box.widths.size(); c++) {
            if (box.widths.get(c) > box.widths.get(widest)) {
                widest = c;
            }
        }
        return widest;
    }

    private static boolean startsWithBullet(String text) {
        return !text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0;
    }

    // ---- one box, top border to bottom border ----

    /** A text line of one column inside a box. */
    private record Piece(int line, String text) {
    }

    /** Where a column's cell ended: the box line of its rule. */
    private record Cell(int column, int firstBand, int lastBand) {
    }

    /** The lines between two rules of any column, each column's text in them. */
    private record Band(List<List<Piece>> columns) {
        String text(int column) {
            StringBuilder sb = new StringBuilder();
            for (Piece p : columns.get(column)) {
                sb.append(p.text);
            }
            return sb.toString();
        }

        int firstLine() {
            return columns.stream().flatMap(List::stream).mapToInt(Piece::line).min().orElse(-1);
        }

        int lastLine() {
            return columns.stream().flatMap(List::stream).mapToInt(Piece::line).max().orElse(-1);
        }
    }

    private static final class Box {
        final List<Integer> widths;
        final List<String> header = new ArrayList<>();
        int headerLast;
        final List<Band> bands = new ArrayList<>();
        /** Per column, the band each of its cells ends in (a cell runs from after the previous one). */
        final List<List<Integer>> cellEnds = new ArrayList<>();
        int end;

        Box(List<Integer> widths) {
            this.widths = widths;
        }

        /** The band-index range of the cell of {@code column} that holds band {@code band}. */
        Cell cellAt(int column, int band) {
            int from = 0;
            for (int e : cellEnds.get(column)) {
                if (band <= e) {
                    return new Cell(column, from, e);
                }
                from = e + 1;
            }
            return new Cell(column, from, bands.size() - 1);
        }

        /**
         * The box's rows. When the task cells are bulleted, a task cell without a bullet is the
         * heading of those below it: no row of its own, but the 类别 cell (first) of the rows under it.
         */
        List<TableRow> rows(int taskColumn, boolean bulleted, String[] heading) {
            List<TableRow> out = new ArrayList<>();
            int width = widths.size();
            for (int b = 0; b < bands.size(); b++) {
                Band band = bands.get(b);
                List<List<Piece>> items = items(band.columns.get(taskColumn));
                for (List<Piece> item : items) {
                    String text = join(item);
                    int first = item.get(0).line;
                    int last = item.get(item.size() - 1).line;
                    if (bulleted && !startsWithBullet(text)) {
                        heading[0] = text;
                        continue;
                    }
                    List<TableCell> cells = new ArrayList<>(width + 1);
                    if (bulleted) {
                        cells.add(TableCell.of(heading[0]));
                    }
                    for (int c = 0; c < width; c++) {
                        if (c == taskColumn) {
                            cells.add(TableCell.of(bulleted ? Texts.strip(text.substring(1)) : text));
                            continue;
                        }
                        // A cell merged over several rows is repeated in each: a heading between
                        // them must not cut it off.
                        Cell cell = cellAt(c, b);
                        StringBuilder sb = new StringBuilder();
                        for (int k = cell.firstBand; k <= cell.lastBand; k++) {
                            sb.append(bands.get(k).text(c));
                        }
                        cells.add(TableCell.of(Texts.strip(sb.toString())));
                    }
                    out.add(new TableRow(first, Math.max(last, band.lastLine()), cells));
                }
            }
            return out;
        }

        /** A task cell's lines in a band cut into its bulleted measures (one item when none). */
        private static List<List<Piece>> items(List<Piece> pieces) {
            List<List<Piece>> out = new ArrayList<>();
            for (Piece p : pieces) {
                if (p.text.isEmpty()) {
                    continue;
                }
                if (out.isEmpty() || startsWithBullet(p.text)) {
                    out.add(new ArrayList<>());
                }
                out.get(out.size() - 1).add(p);
            }
            return out;
        }

        private static String join(List<Piece> pieces) {
            StringBuilder sb = new StringBuilder();
            pieces.forEach(p -> sb.append(p.text));
            return Texts.strip(sb.toString());
        }
    }

    /** Reads the box whose top border is line {@code i}, or null when it is no well-formed box. */
    private static Box box(List<SourceLine> lines, int i) {
        List<String> top = segments(lines.get(i).text());
        if (top.size() < 2 || !top.stream().allMatch(BoxDrawnTable::isRule)) {
            return null;
        }
        int width = top.size();
        Box box = new Box(top.stream().map(String::length).toList());
        for (int c = 0; c < width; c++) {
            box.cellEnds.add(new ArrayList<>());
        }
        List<List<Piece>> open = newColumns(width);
        boolean headerDone = false;
        List<StringBuilder> header = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            header.add(new StringBuilder());
        }
        int j = i + 1;
        for (; j < lines.size(); j++) {
            String raw = lines.get(j).text();
            String t = Texts.strip(raw);
            if (t.isEmpty() || SEPARATORS.indexOf(t.charAt(0)) < 0) {
                return null; // the box never closed
            }
            List<String> cells = segments(raw);
            while (cells.size() < width) {
                cells.add("");
            }
            if (cells.size() > width) {
                List<String> fitted = new ArrayList<>(cells.subList(0, width - 1));
                fitted.add(String.join("", cells.subList(width - 1, cells.size())));
                cells = fitted;
            }
            boolean bottom = t.charAt(0) == '└' || t.charAt(0) == '╚' || t.charAt(0) == '┗' || t.charAt(0) == '╘'
                    || t.charAt(0) == '╙';
            boolean anyRule = cells.stream().anyMatch(BoxDrawnTable::isRule);
            if (!anyRule) {
                for (int c = 0; c < width; c++) {
                    String text = Texts.strip(cells.get(c));
                    if (!headerDone) {
                        header.get(c).append(text);
                    } else {
                        open.get(c).add(new Piece(lines.get(j).number(), text));
                    }
                }
                continue;
            }
            if (!headerDone) {
                headerDone = true;
                box.headerLast = lines.get(j).number();
                for (StringBuilder h : header) {
                    box.header.add(h.toString().replaceAll("[\\s\\u3000]+", ""));
                }
                if (bottom) {
                    j++;
                    break;
                }
                continue;
            }
            // Text beside a rule goes on the lines above it (a sentence ending beside the rule).
            for (int c = 0; c < width && !bottom; c++) {
                String text = Texts.strip(cells.get(c));
                if (!isRule(cells.get(c)) && !text.isEmpty()) {
                    open.get(c).add(new Piece(lines.get(j).number(), text));
                }
            }
            // A rule crossing some columns ends a band; the columns it crosses end their cell there.
            if (open.stream().anyMatch(col -> !col.isEmpty())) {
                box.bands.add(new Band(open));
                open = newColumns(width);
            }
            int band = box.bands.size() - 1;
            for (int c = 0; c < width; c++) {
                if ((bottom || isRule(cells.get(c))) && band >= 0) {
                    List<Integer> ends = box.cellEnds.get(c);
                    if (ends.isEmpty() || ends.get(ends.size() - 1) < band) {
                        ends.add(band);
                    }
                }
            }
            if (bottom) {
                j++;
                break;
            }
        }
        if (!headerDone) {
            return null;
        }
        box.end = j;
        return box;
    }

    private static List<List<Piece>> newColumns(int width) {
        List<List<Piece>> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /** The texts between the separators of a box line (the ones before the first and after the last dropped). */
    private static List<String> segments(String line) {
        String t = Texts.strip(line);
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (int k = 0; k < t.length(); k++) {
            char ch = t.charAt(k);
            if (SEPARATORS.indexOf(ch) >= 0) {
                if (cur != null) {
                    out.add(cur.toString());
                }
                cur = new StringBuilder();
            } else if (cur != null) {
                cur.append(ch);
            }
        }
        if (cur != null && !Texts.strip(cur.toString()).isEmpty()) {
            out.add(cur.toString()); // text after a last separator that is missing
        }
        return out;
    }

    /** Whether a segment is a rule: rule characters only (spaces aside), at least one. */
    private static boolean isRule(String segment) {
        boolean any = false;
        for (int k = 0; k < segment.length(); k++) {
            char ch = segment.charAt(k);
            if (RULES.indexOf(ch) >= 0) {
                any = true;
            } else if (!Character.isWhitespace(ch) && ch != '\u3000') {
                return false;
            }
        }
        return any;
    }
}
