package org.luoshi.importer.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.UnitListSplitter;

/**
 * Finds division-of-work tables (分工表) on the pages of a PDF from where PDFBox placed each
 * character, since a PDF keeps no table: its text comes out one cell per line or with the columns
 * interleaved.
 *
 * <p>A table starts at a header line whose cells name columns ({@link HeaderCells}: 序号, 重点任务,
 * 牵头单位 …), with the lines of the header cells that wrapped. The header cells place the columns;
 * the boundary between two columns is the border drawn between them (a vertical ruling), else the
 * widest gap the text below leaves between the two header cells' centres. Rows are the bands between
 * the horizontal rulings below the header; a band whose top border is missing in a column is covered
 * there by the merged cell above (its text, printed once in the middle, goes to the merged cell's
 * first row). Without rulings a row starts at a number in the 序号 column — at the widest line gap
 * before it, so a number centred in its row still finds the row's top — or, without a 序号 column,
 * after a gap wider than the line spacing.
 *
 * <p>A table that runs to the bottom of a page goes on on the next: a header repeated there is
 * skipped, and a row without a number at the top of the page is the rest of the row the page break
 * split. Page numbers (— 3 —) and what lies outside the borders (running heads and feet) stay out of
 * the cells.
 */
final class PdfTableFinder {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—－–\\s]*[0-9０-９]{1,4}[-—－–\\s]*|第\\s*[0-9]{1,4}\\s*页.*|[0-9]{1,4}\\s*/\\s*[0-9]{1,4})$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^[0-9０-９]{1,4}[.、．]?$");
    /** A header cell's line is short: 牵头 / 单位 wrapped in a narrow column. */
    private static final int HEADER_PIECE = 6;

    /** Gives the page's rulings, read only for a page that has a table. */
    @FunctionalInterface
    interface Rulings {
        List<PdfRuling> read() throws IOException;
    }

    /** A row: its cells' texts (which grow while a merged cell or a page break adds to them) and merged marks. */
    static final class Row {
        final StringBuilder[] texts;
        final boolean[] covered;

        Row(int columns) {
            texts = new StringBuilder[columns];
            covered = new boolean[columns];
            for (int c = 0; c < columns; c++) {
                texts[c] = new StringBuilder();
            }
        }

        List<TableCell> cells() {
            List<TableCell> cells = new ArrayList<>(texts.length);
            for (int c = 0; c < texts.length; c++) {
                cells.add(covered[c] ? TableCell.coveredFromAbove() : TableCell.of(texts[c].toString()));
            }
            return cells;
        }

        /** The row as one line of the document's text: its cells separated by tabs. */
        String printed() {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < texts.length; c++) {
                if (c > 0) {
                    line.append('\t');
                }
                if (!covered[c]) {
                    line.append(texts[c]);
                }
            }
            return line.toString();
        }

        boolean blank() {
            return Arrays.stream(texts).allMatch(t -> t.length() == 0);
        }
    }

    /** A table found: its header row first. */
    static final class Table {
        final List<Row> rows = new ArrayList<>();
    }

    /** Where a table lies on a page, and the rows printed in the text in place of the lines there. */
    record Region(Table table, int page, float top, float bottom, List<Row> rows) {
    }

    /** The header of a table: its lines (first..last) and its columns left to right. */
    private record Header(int first, int last, List<Chunk> columns, int numberColumn) {
    }

    /** Text of a line that stands apart from its neighbours: a cell's line, or a whole line of prose. */
    private record Chunk(float left, float right, float top, float y, String text) {
        float centre() {
            return (left + right) / 2;
        }
    }

    /** A line of glyphs sharing a baseline. */
    private static final class Line {
        final List<PdfGlyph> glyphs = new ArrayList<>();
        float y;
        float top = Float.MAX_VALUE;
        float height;

        void add(PdfGlyph g) {
            if (glyphs.isEmpty()) {
                y = g.y();
            }
            glyphs.add(g);
            top = Math.min(top, g.top());
            height = Math.max(height, g.height());
        }
    }

    /** A table being read, with its columns as the last page placed them. */
    private static final class Open {
        final Table table;
        float[] centres;
        float[] bounds;
        /** How many lines the boundaries were measured on: a page with fewer keeps them. */
        int measuredOn;
        final int numberColumn;

        Open(Table table, float[] centres, int numberColumn) {
            this.table = table;
            this.centres = centres;
            this.numberColumn = numberColumn;
        }

        int columns() {
            return centres.length;
        }

        int column(float x) {
            for (int c = 0; c < bounds.length; c++) {
                if (x < bounds[c]) {
                    return c;
                }
            }
            return bounds.length;
        }
    }

    private final HeaderCells headers;
    private final List<Table> tables = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    /** The table that ran to the bottom of the last page read, if any. */
    private Open open;
    private List<PdfRuling> pageRulings;
    private Rulings rulingSource;

    PdfTableFinder(HeaderCells headers) {
        this.headers = headers;
    }

    /** The tables found, each with at least one row below its header. */
    List<Table> tables() {
        return tables.stream().filter(t -> t.rows.size() > 1).toList();
    }

    List<Region> regions() {
        return regions;
    }

    /** Reads the next page: its glyphs (blank ones left out) and, when asked for, its rulings. */
    void page(int page, float pageHeight, List<PdfGlyph> glyphs, Rulings rulings) throws IOException {
        pageRulings = null;
        rulingSource = rulings;
        List<Line> lines = lines(glyphs);
        int at = 0;
        if (open != null) {
            at = goOn(page, pageHeight, lines);
        }
        while (at < lines.size()) {
            Header header = header(lines, at, lines.size());
            if (header == null) {
                break;
            }
            Table table = new Table();
            Row head = new Row(header.columns().size());
            for (int c = 0; c < header.columns().size(); c++) {
                head.texts[c].append(header.columns().get(c).text());
            }
            table.rows.add(head);
            tables.add(table);
            float[] centres = new float[header.columns().size()];
            for (int c = 0; c < centres.length; c++) {
                centres[c] = header.columns().get(c).centre();
            }
            Open started = new Open(table, centres, header.numberColumn());
            at = body(page, pageHeight, lines, header, header.last() + 1, started, List.of(head), false);
        }
    }

    /** The open table on a new page: past a repeated header, or on from the top; else the table ended. */
    private int goOn(int page, float pageHeight, List<Line> lines) throws IOException {
        Open going = open;
        open = null;
        Header repeated = header(lines, 0, Math.min(lines.size(), 8));
        if (repeated != null && repeated.columns().size() == going.columns()) {
            for (int c = 0; c < going.centres.length; c++) {
                going.centres[c] = repeated.columns().get(c).centre();
            }
            return body(page, pageHeight, lines, repeated, repeated.last() + 1, going, List.of(), true);
        }
        if (repeated != null) {
            return 0; // another table starts here
        }
        int first = 0;
        while (first < lines.size() && pageNumber(lines.get(first))) {
            first++;
        }
        if (first == lines.size() || prose(lines.get(first), going.centres)) {
            return 0;
        }
        return body(page, pageHeight, lines, null, first, going, List.of(), true);
    }

    /**
     * Reads the table's lines from {@code start} on: places the column boundaries, cuts the rows, and
     * records the page's region. Gives the index of the first line after the table.
     */
    private int body(int page, float pageHeight, List<Line> lines, Header header, int start, Open table,
            List<Row> printedHere, boolean continued) throws IOException {
        float headerBottom = header == null ? -Float.MAX_VALUE : lines.get(header.last()).y;
        float left = table.centres[0] - 1;
        float right = table.centres[table.centres.length - 1] + 1;
        List<Cluster> borders = borders(headerBottom, left, right);
        float[] measured = table.bounds;
        table.bounds = midpoints(table, header);
        List<Line> body = new ArrayList<>();
        int end = start;
        if (borders.size() >= 2) {
            float bottom = borders.get(borders.size() - 1).y;
            float topBorder = borders.get(0).y;
            for (int i = start; i < lines.size() && lines.get(i).y < bottom; i++) {
                Line line = lines.get(i);
                if (line.y > topBorder && !pageNumber(line)) {
                    body.add(line);
                }
                end = i + 1;
            }
        } else {
            borders = List.of();
            for (int i = start; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (pageNumber(line)) {
                    continue;
                }
                Line last = body.isEmpty() ? null : body.get(body.size() - 1);
                if (prose(line, table.centres) || last != null && line.y - last.y > 4.5f * last.height) {
                    break;
                }
                body.add(line);
                end = i + 1;
            }
        }
        if (body.isEmpty() && printedHere.isEmpty()) {
            return Math.max(end, start);
        }
        if (measured != null && body.size() <= table.measuredOn) {
            table.bounds = measured;
        } else {
            table.bounds = bounds(table, body);
            table.measuredOn = body.size();
        }
        if (borders.isEmpty()) {
            // Cells keep to their columns: a line running across a boundary is the text after the table.
            for (int k = 0; k < body.size(); k++) {
                if (crosses(body.get(k), table.bounds, 1)) {
                    end = lines.indexOf(body.get(k));
                    body = new ArrayList<>(body.subList(0, k));
                    break;
                }
            }
        }
        List<Row> rows = new ArrayList<>(printedHere);
        if (borders.isEmpty()) {
            rowsByLines(table, body, continued, rows);
        } else {
            rowsByBorders(table, body, borders, continued, rows);
        }
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        int from = header == null ? start : header.first();
        for (int i = from; i < end; i++) {
            top = Math.min(top, lines.get(i).top);
            bottom = Math.max(bottom, lines.get(i).y);
        }
        regions.add(new Region(table.table, page, top, bottom, rows));
        open = runsOn(lines, end, pageHeight) ? table : null;
        return end;
    }

    /** Whether nothing but page numbers and the page's foot follows the table: then it goes on overleaf. */
    private static boolean runsOn(List<Line> lines, int end, float pageHeight) {
        for (int i = end; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!pageNumber(line) && line.y < pageHeight * 0.9f) {
                return false;
            }
        }
        return true;
    }

    /** Rows as the bands between the horizontal borders; a band open at its top in a column is merged there. */
    private static void rowsByBorders(Open table, List<Line> body, List<Cluster> borders, boolean continued,
            List<Row> printed) {
        int n = table.columns();
        int li = 0;
        boolean firstBand = true;
        for (int b = 0; b + 1 < borders.size(); b++) {
            float top = borders.get(b).y;
            float bottom = borders.get(b + 1).y;
            List<Line> band = new ArrayList<>();
            while (li < body.size() && body.get(li).y < bottom) {
                if (body.get(li).y > top) {
                    band.add(body.get(li));
                }
                li++;
            }
            if (band.isEmpty()) {
                continue;
            }
            String[] texts = texts(table, band);
            List<Row> rows = table.table.rows;
            Row last = rows.size() > 1 ? rows.get(rows.size() - 1) : null;
            if (firstBand && continued && last != null && table.numberColumn >= 0 && texts[table.numberColumn].isEmpty()) {
                for (int c = 0; c < n; c++) {
                    append(cover(rows, rows.size() - 1, c).texts[c], texts[c]);
                }
                firstBand = false;
                continue;
            }
            Row row = new Row(n);
            for (int c = 0; c < n; c++) {
                // A merged cell that ran to the foot of the last page is drawn closed there and goes
                // on, empty, at the top of this one.
                boolean goesOn = firstBand && continued && last != null && last.covered[c] && texts[c].isEmpty();
                boolean merged = goesOn || !firstBand && last != null && !borders.get(b).covers(table.centres[c]);
                if (merged) {
                    row.covered[c] = true;
                    append(cover(rows, rows.size() - 1, c).texts[c], texts[c]);
                } else {
                    append(row.texts[c], texts[c]);
                }
            }
            rows.add(row);
            printed.add(row);
            firstBand = false;
        }
    }

    /** The row whose cell in column {@code c} holds the text of row {@code r}'s cell: itself or the merged cell above. */
    private static Row cover(List<Row> rows, int r, int c) {
        int at = r;
        while (at > 1 && rows.get(at).covered[c]) {
            at--;
        }
        return rows.get(at);
    }

    /** Rows without borders: from a number in the 序号 column, else after a gap wider than the line spacing. */
    private static void rowsByLines(Open table, List<Line> body, boolean continued, List<Row> printed) {
        if (body.isEmpty()) {
            return;
        }
        boolean[] starts = new boolean[body.size()];
        if (table.numberColumn >= 0) {
            int previous = -1;
            for (int i = 0; i < body.size(); i++) {
                if (!ROW_NUMBER.matcher(cellText(table, body.get(i), table.numberColumn)).matches()) {
                    continue;
                }
                if (previous < 0) {
                    starts[continued ? i : 0] = true;
                } else {
                    starts[widestGapBefore(body, previous + 1, i)] = true;
                }
                previous = i;
            }
            startAboveCentredNumber(table, body, starts, continued);
        } else {
            float spacing = lineSpacing(body);
            starts[0] = !continued;
            for (int i = 1; i < body.size(); i++) {
                starts[i] = body.get(i).y - body.get(i - 1).y > spacing * 1.3f;
            }
        }
        List<Row> rows = table.table.rows;
        List<int[]> spans = new ArrayList<>();
        for (int from = 0; from < body.size(); ) {
            int to = from + 1;
            while (to < body.size() && !starts[to]) {
                to++;
            }
            spans.add(new int[] {from, to});
            from = to;
        }
        List<Row> made = new ArrayList<>();
        List<int[]> madeSpans = new ArrayList<>();
        for (int[] span : spans) {
            String[] texts = texts(table, body.subList(span[0], span[1]));
            if (!starts[span[0]] && rows.size() > 1) {
                Row last = rows.get(rows.size() - 1);
                for (int c = 0; c < texts.length; c++) {
                    append(last.texts[c], texts[c]);
                }
                continue;
            }
            Row row = new Row(table.columns());
            for (int c = 0; c < texts.length; c++) {
                append(row.texts[c], texts[c]);
            }
            rows.add(row);
            printed.add(row);
            made.add(row);
            madeSpans.add(span);
        }
        mergeCentred(table, body, made, madeSpans);
    }

    /**
     * Merged cells of a table without borders: a cell's text alone among empty cells above and below
     * it, standing in the middle of those rows together, was printed once for all of them (a cell
     * with text of its own row stands in the middle of that row, not of the run). It goes to the
     * first of the rows; the others are covered.
     */
    private static void mergeCentred(Open table, List<Line> body, List<Row> rows, List<int[]> spans) {
        for (int c = 0; c < table.columns(); c++) {
            if (c == table.numberColumn) {
                continue;
            }
            for (int k = 0; k < rows.size(); k++) {
                if (rows.get(k).texts[c].length() == 0) {
                    continue;
                }
                float centre = textCentre(table, body, spans.get(k), c);
                int first = k;
                while (first > 0 && rows.get(first - 1).texts[c].length() == 0 && !rows.get(first - 1).covered[c]) {
                    first--;
                }
                int last = k;
                while (last + 1 < rows.size() && rows.get(last + 1).texts[c].length() == 0) {
                    last++;
                }
                int[] best = null;
                float tolerance = 0.6f * body.get(spans.get(k)[0]).height;
                for (int a = first; a <= k; a++) {
                    for (int b = Math.max(k, a + 1); b <= last; b++) {
                        float middle = (body.get(spans.get(a)[0]).top + body.get(spans.get(b)[1] - 1).y) / 2;
                        if (Math.abs(middle - centre) <= tolerance && (best == null || b - a > best[1] - best[0])) {
                            best = new int[] {a, b};
                        }
                    }
                }
                if (best == null) {
                    continue;
                }
                String text = rows.get(k).texts[c].toString();
                rows.get(k).texts[c].setLength(0);
                rows.get(best[0]).texts[c].append(text);
                for (int r = best[0] + 1; r <= best[1]; r++) {
                    rows.get(r).covered[c] = true;
                }
                k = best[1];
            }
        }
    }

    /** The height of the middle of the text in column {@code c} of a row's lines. */
    private static float textCentre(Open table, List<Line> body, int[] span, int c) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Line line : body.subList(span[0], span[1])) {
            for (PdfGlyph g : line.glyphs) {
                if (table.column(g.centre()) == c) {
                    top = Math.min(top, g.top());
                    bottom = Math.max(bottom, g.y());
                }
            }
        }
        return (top + bottom) / 2;
    }

    /**
     * The lines above the first number at the top of a continued page: the rest of a row the page
     * break split, then the start of the number's own row. Where a gap among them is clearly wider
     * than the line spacing, the number's row starts there; else it starts at the number if the
     * numbers stand at their rows' tops, or at the top of the page if it stands in the middle.
     */
    private static void startAboveCentredNumber(Open table, List<Line> body, boolean[] starts, boolean continued) {
        int first = 0;
        while (first < starts.length && !starts[first]) {
            first++;
        }
        if (!continued || first == 0 || first == starts.length) {
            return;
        }
        int last = first + 1;
        while (last < starts.length && !starts[last]) {
            last++;
        }
        last--;
        int widest = widestGapBefore(body, 1, first);
        if (body.get(widest).y - body.get(widest - 1).y > 1.3f * lineSpacing(body)) {
            starts[first] = false;
            starts[widest] = true;
            return;
        }
        float number = textCentre(table, body, new int[] {first, first + 1}, table.numberColumn);
        float ownRow = (body.get(first).top + body.get(last).y) / 2;
        float withAbove = (body.get(0).top + body.get(last).y) / 2;
        if (Math.abs(number - withAbove) < Math.abs(number - ownRow)) {
            starts[first] = false;
            starts[0] = true;
        }
    }

    /** The line in [from, to] after the widest gap; the later one of equal gaps (a number at its row's top). */
    private static int widestGapBefore(List<Line> body, int from, int to) {
        int best = to;
        float widest = -1;
        for (int i = Math.max(from, 1); i <= to; i++) {
            float gap = body.get(i).y - body.get(i - 1).y;
            if (gap >= widest - 0.5f) {
                widest = Math.max(widest, gap);
                best = i;
            }
        }
        return best;
    }

    private static float lineSpacing(List<Line> body) {
        float[] gaps = new float[Math.max(0, body.size() - 1)];
        for (int i = 1; i < body.size(); i++) {
            gaps[i - 1] = body.get(i).y - body.get(i - 1).y;
        }
        if (gaps.length == 0) {
            return Float.MAX_VALUE;
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    /** The texts of {@code lines} by column: each column's pieces top to bottom, wrapped lines joined. */
    private static String[] texts(Open table, List<Line> lines) {
        StringBuilder[] cells = new StringBuilder[table.columns()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new StringBuilder();
        }
        for (Line line : lines) {
            for (int c = 0; c < cells.length; c++) {
                append(cells[c], cellText(table, line, c));
            }
        }
        return Arrays.stream(cells).map(StringBuilder::toString).toArray(String[]::new);
    }

    private static String cellText(Open table, Line line, int column) {
        List<PdfGlyph> in = new ArrayList<>();
        for (PdfGlyph g : line.glyphs) {
            if (table.column(g.centre()) == column) {
                in.add(g);
            }
        }
        return text(in);
    }

    /**
     * Appends a wrapped line to a cell: Chinese joins without a space, two Latin words get one, and so do
     * two units printed one a line (市政务服务中心 / 各区人民政府: the unit readers split at the space).
     */
    private static void append(StringBuilder cell, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (cell.length() > 0 && (latin(cell.charAt(cell.length() - 1)) && latin(text.charAt(0))
                || unitPerLine(cell, text))) {
            cell.append(' ');
        }
        cell.append(text);
    }

    /** Endings only a whole name has (市市场 / 监管局 and 市高新区 / 管委会 are one name wrapped). */
    private static final Pattern STRONG_UNIT_END =
            Pattern.compile("(?:局|厅|委|办|署|中心|政府|街道|公司|集团|管委会|办事处|单位|部门)$");

    /** Whether the cell's last line and the next one are each a whole unit name (a list printed one a line). */
    private static boolean unitPerLine(StringBuilder cell, String next) {
        // not the tail of a name wrapped in the middle (市发展和改革委 / 员会)
        if (next.length() < 3 || next.length() > 30 || cell.length() > 400 || "员会局厅办部委院所室处队站".indexOf(next.charAt(0)) >= 0) {
            return false;
        }
        String last = cell.substring(cell.lastIndexOf(" ") + 1);
        return STRONG_UNIT_END.matcher(last).find() && UnitListSplitter.looksLikeUnit(last)
                && UnitListSplitter.looksLikeUnit(next);
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /** Glyphs as text: a space only where a visible gap parts two Latin letters or digits. */
    private static String text(List<PdfGlyph> glyphs) {
        StringBuilder out = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph g : glyphs) {
            if (previous != null && g.x() - previous.right() > 0.25f * g.height() && out.length() > 0
                    && ascii(out.charAt(out.length() - 1)) && ascii(g.text().charAt(0))) {
                out.append(' ');
            }
            out.append(g.text());
            previous = g;
        }
        return out.toString().replace('\t', ' ').replace('\n', ' ');
    }

    private static boolean ascii(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Column boundaries halfway between the header cells: a first guess, to tell table lines from prose. */
    private static float[] midpoints(Open table, Header header) {
        if (header == null && table.bounds != null) {
            return table.bounds;
        }
        float[] bounds = new float[table.columns() - 1];
        for (int c = 0; c < bounds.length; c++) {
            if (header != null) {
                float lo = header.columns().get(c).right();
                float hi = header.columns().get(c + 1).left();
                bounds[c] = (lo + hi) / 2;
            } else {
                bounds[c] = (table.centres[c] + table.centres[c + 1]) / 2;
            }
        }
        return bounds;
    }

    /**
     * The boundary between two columns: a vertical border between their header cells, else the
     * middle of the widest stretch between the header cells' centres that no text below covers.
     */
    private float[] bounds(Open table, List<Line> body) throws IOException {
        float[] bounds = table.bounds.clone();
        if (body.isEmpty()) {
            return bounds;
        }
        float top = body.get(0).top;
        float bottom = body.get(body.size() - 1).y;
        List<PdfRuling> verticals = rulings().stream().filter(PdfRuling::vertical)
                .filter(r -> r.y0() < bottom && r.y1() > top).toList();
        for (int c = 0; c < bounds.length; c++) {
            float lo = table.centres[c];
            float hi = table.centres[c + 1];
            float mid = bounds[c];
            PdfRuling border = verticals.stream().filter(r -> r.x() > lo && r.x() < hi)
                    .min(Comparator.comparing(r -> Math.abs(r.x() - mid))).orElse(null);
            if (border != null) {
                bounds[c] = border.x();
                continue;
            }
            bounds[c] = leastCovered(body, lo, hi);
        }
        return bounds;
    }

    /**
     * The middle of the widest stretch of x between {@code lo} and {@code hi} that the fewest lines
     * put text on: the gap between two columns, even where a stray line (a note below the table)
     * runs across it.
     */
    private static float leastCovered(List<Line> body, float lo, float hi) {
        float step = 0.5f;
        int slots = Math.max(1, (int) ((hi - lo) / step));
        int[] count = new int[slots];
        boolean[] mark = new boolean[slots];
        for (Line line : body) {
            Arrays.fill(mark, false);
            for (PdfGlyph g : line.glyphs) {
                int a = Math.max(0, (int) ((g.x() - lo) / step));
                int b = Math.min(slots - 1, (int) ((g.right() - lo) / step));
                for (int i = a; i <= b; i++) {
                    mark[i] = true;
                }
            }
            for (int i = 0; i < slots; i++) {
                count[i] += mark[i] ? 1 : 0;
            }
        }
        int fewest = Arrays.stream(count).min().orElse(0);
        int bestFrom = 0;
        int bestLength = 0;
        for (int i = 0; i < slots; i++) {
            if (count[i] != fewest) {
                continue;
            }
            int j = i;
            while (j < slots && count[j] == fewest) {
                j++;
            }
            if (j - i > bestLength) {
                bestLength = j - i;
                bestFrom = i;
            }
            i = j;
        }
        return lo + (bestFrom + bestLength / 2f) * step;
    }

    /** A horizontal border: its height on the page and the stretches it is drawn over. */
    private record Cluster(float y, List<float[]> spans) {
        boolean covers(float x) {
            return spans.stream().anyMatch(s -> s[0] - 1 <= x && x <= s[1] + 1);
        }
    }

    /** The horizontal borders below {@code below} that cross the table between {@code left} and {@code right}. */
    private List<Cluster> borders(float below, float left, float right) throws IOException {
        List<PdfRuling> horizontal = rulings().stream().filter(PdfRuling::horizontal)
                .filter(r -> r.y() > below && r.x0() < right && r.x1() > left)
                .sorted(Comparator.comparing(PdfRuling::y)).toList();
        List<Cluster> clusters = new ArrayList<>();
        for (PdfRuling r : horizontal) {
            Cluster last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && r.y() - last.y() <= 2f) {
                last.spans().add(new float[] {r.x0(), r.x1()});
            } else {
                List<float[]> spans = new ArrayList<>();
                spans.add(new float[] {r.x0(), r.x1()});
                clusters.add(new Cluster(r.y(), spans));
            }
        }
        return clusters;
    }

    private List<PdfRuling> rulings() throws IOException {
        if (pageRulings == null) {
            pageRulings = rulingSource.read();
        }
        return pageRulings;
    }

    /** The first header among lines [from, to): a line whose cells mostly name columns, with its cells' wrapped lines. */
    private Header header(List<Line> lines, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            List<Chunk> chunks = chunks(lines.get(i), 0.5f);
            if (chunks.size() < 2 || named(chunks) < 2 || named(chunks) * 2 < chunks.size()) {
                continue;
            }
            int first = i;
            while (first > from && headerPiece(lines.get(first - 1), lines.get(first))) {
                first--;
            }
            int last = i;
            while (last + 1 < lines.size() && headerPiece(lines.get(last + 1), lines.get(last))
                    && !numbered(lines.get(last + 1))) {
                last++;
            }
            List<Chunk> columns = columns(lines.subList(first, last + 1));
            if (named(columns) >= 2) {
                int number = -1;
                for (int c = 0; c < columns.size() && number < 0; c++) {
                    if (headers.kind(columns.get(c).text()) == HeaderCells.Kind.NUMBER) {
                        number = c;
                    }
                }
                return new Header(first, last, columns, number);
            }
        }
        return null;
    }

    /** Whether {@code line} is a wrapped piece of the header next to {@code neighbour}: close, short, no border between. */
    private boolean headerPiece(Line line, Line neighbour) throws IOException {
        float upper = Math.min(line.y, neighbour.y);
        float lower = Math.max(line.y, neighbour.y);
        if (lower - upper > 1.8f * Math.max(line.height, neighbour.height) || pageNumber(line)) {
            return false;
        }
        for (Chunk chunk : chunks(line, 0.5f)) {
            if (chunk.text().length() > HEADER_PIECE) {
                return false;
            }
        }
        float lowerTop = line.y > neighbour.y ? line.top : neighbour.top;
        return rulings().stream().noneMatch(r -> r.horizontal() && r.y() > upper && r.y() < lowerTop);
    }

    private static boolean numbered(Line line) {
        return chunks(line, 0.5f).stream().anyMatch(c -> ROW_NUMBER.matcher(c.text()).matches());
    }

    private int named(List<Chunk> chunks) {
        int n = 0;
        for (Chunk c : chunks) {
            if (headers.kind(c.text()) != HeaderCells.Kind.NOTHING) {
                n++;
            }
        }
        return n;
    }

    /** The header's cells: its lines' chunks gathered by the columns they share, each read top to bottom. */
    private static List<Chunk> columns(List<Line> band) {
        List<Chunk> pieces = new ArrayList<>();
        for (Line line : band) {
            pieces.addAll(chunks(line, 0.5f));
        }
        pieces.sort(Comparator.comparing(Chunk::left));
        List<List<Chunk>> groups = new ArrayList<>();
        float right = -Float.MAX_VALUE;
        for (Chunk piece : pieces) {
            if (groups.isEmpty() || piece.left() > right + 1) {
                groups.add(new ArrayList<>());
                right = piece.right();
            }
            groups.get(groups.size() - 1).add(piece);
            right = Math.max(right, piece.right());
        }
        List<Chunk> columns = new ArrayList<>();
        for (List<Chunk> group : groups) {
            group.sort(Comparator.comparing(Chunk::y));
            StringBuilder text = new StringBuilder();
            float l = Float.MAX_VALUE;
            float r = -Float.MAX_VALUE;
            for (Chunk piece : group) {
                append(text, piece.text());
                l = Math.min(l, piece.left());
                r = Math.max(r, piece.right());
            }
            columns.add(new Chunk(l, r, group.get(0).top(), group.get(0).y(), text.toString()));
        }
        return columns;
    }

    /** A line cut where the gap between two glyphs is wider than {@code gap} times the line's height. */
    private static List<Chunk> chunks(Line line, float gap) {
        List<Chunk> chunks = new ArrayList<>();
        int from = 0;
        List<PdfGlyph> glyphs = line.glyphs;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || glyphs.get(i).x() - glyphs.get(i - 1).right() > gap * line.height) {
                List<PdfGlyph> piece = glyphs.subList(from, i);
                chunks.add(new Chunk(piece.get(0).x(), piece.get(piece.size() - 1).right(), line.top, line.y,
                        text(piece)));
                from = i;
            }
        }
        return chunks;
    }

    /**
     * Prose, not a table line: a run of text that crosses the middle of two columns (their header
     * cells' centres). A cell's text, however wide, stays inside its own column.
     */
    private static boolean prose(Line line, float[] centres) {
        return crosses(line, centres, 2);
    }

    /** Whether a run of the line's text crosses {@code times} of the x positions {@code at}. */
    private static boolean crosses(Line line, float[] at, int times) {
        for (Chunk chunk : chunks(line, 0.3f)) {
            int crossed = 0;
            for (float b : at) {
                if (chunk.left() < b && chunk.right() > b) {
                    crossed++;
                }
            }
            if (crossed >= times) {
                return true;
            }
        }
        return false;
    }

    private static boolean pageNumber(Line line) {
        return PAGE_NUMBER.matcher(text(line.glyphs).strip()).matches();
    }

    /** The page's glyphs as lines, top to bottom, each left to right. */
    private static List<Line> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(PdfGlyph::y).thenComparing(PdfGlyph::x));
        List<Line> lines = new ArrayList<>();
        Line current = null;
        for (PdfGlyph g : sorted) {
            if (current == null || g.y() - current.y > 0.3f * Math.max(current.height, g.height())) {
                current = new Line();
                lines.add(current);
            }
            current.add(g);
        }
        for (Line line : lines) {
            line.glyphs.sort(Comparator.comparing(PdfGlyph::x));
        }
        return lines;
    }
}
