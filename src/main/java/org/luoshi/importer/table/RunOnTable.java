package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;

/**
 * A table whose header and rows a PDF's text or a web page gave as one run of text, with no separator at all between
 * cells (set K 嘉兴 十一五: {@code 序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值…左右。市发展改革委各县(市、区)政府、
 * 嘉兴港区2服务业…}; set J 绍兴 2021: {@code 序号内容与要求责任单位1确保地区生产总值增长7%以上。…市发改委}). What is left to read
 * it by is what each cell holds:
 * <ul>
 * <li>the header: header words run together from 序号, each ending in a header noun (序号, 任务, 要求, 单位, 部门, 时限…);</li>
 * <li>a row: its number, counting up from 1, standing right after the units that end the row before;</li>
 * <li>in a row: the task's text, then the units — the longest tail that is a list of units;</li>
 * <li>two unit columns: the first's names run together (市发展改革委市经贸委), the second a list with separators, so
 *     the second begins with the name the first separator follows.</li>
 * </ul>
 * Part headings (一、主要发展指标) between rows span the table; page marks (—2—) are dropped.
 */
final class RunOnTable {
    /** A line this long at least may hold a whole table run together. */
    private static final int MIN_LENGTH = 30;
    /** The longest header run together. */
    private static final int MAX_HEADER = 60;
    /** The nouns a header word ends with: the header splits after each. */
    private static final Pattern HEADER_WORD =
            Pattern.compile("序号|编号|.+?(?:任务|要求|内容|措施|单位|部门|处室|科室|时限|时间|备注|领导)");
    private static final Pattern PAGE_MARK = Pattern.compile("[—－-]\\s*\\d{1,3}\\s*[—－-]");
    private static final Pattern PART = Pattern.compile("[一二三四五六七八九十]{1,3}、");
    /** The last character of a unit's name: what may stand before the next row's number. */
    private static final String UNIT_ENDS = "委局府办室组会院厅部处所心司行队区县市站团社校馆位";
    /** Figures' words: a number followed by one of these is a quantity, not a row's number. */
    private static final String QUANTITY = "%％.．年月日万亿元个项家人户所座条km公里千百倍‰";

    private final RememberedHeaders words;
    private final CellKinds kinds = new CellKinds();

    RunOnTable(RememberedHeaders words) {
        this.words = words;
    }

    /** Whether a line may hold a run-together table: long, with 序号 in it, no separator of cells. */
    static boolean mayStart(String line) {
        return line.length() >= MIN_LENGTH && line.indexOf('\t') < 0 && line.indexOf('|') < 0 && line.contains("序号");
    }

    /** Reads the table on line {@code i}; the index after it, or -1 when the line holds none. */
    int read(List<SourceLine> lines, int i, List<DocumentTable> tables) {
        SourceLine source = lines.get(i);
        String text = PAGE_MARK.matcher(Texts.strip(source.text())).replaceAll("");
        int at = text.indexOf("序号");
        while (at >= 0) {
            Optional<DocumentTable> table = tableAt(text, at, source.number());
            if (table.isPresent()) {
                tables.add(table.get());
                return i + 1;
            }
            at = text.indexOf("序号", at + 2);
        }
        return -1;
    }

    private Optional<DocumentTable> tableAt(String text, int at, int line) {
        int bodyStart = bodyStart(text, at);
        if (bodyStart < 0 || bodyStart - at > MAX_HEADER) {
            return Optional.empty();
        }
        List<String> header = headerWords(text.substring(at, bodyStart));
        List<TableColumn> columns = new ArrayList<>();
        for (String h : header) {
            columns.add(words.headerMeaning(h).orElse(null));
        }
        int task = columns.indexOf(TableColumn.TASK);
        List<Integer> unitColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) != null && columns.get(c).holdsUnits()) {
                unitColumns.add(c);
            }
        }
        // the simple shape only: 序号, the task, then one or two unit columns, nothing else after the task
        if (header.isEmpty() || columns.get(0) != TableColumn.NUMBER || task != 1 || unitColumns.isEmpty()
                || unitColumns.size() > 2 || unitColumns.get(unitColumns.size() - 1) != columns.size() - 1
                || unitColumns.get(0) != task + 1) {
            return Optional.empty();
        }
        List<TableRow> rows = new ArrayList<>();
        Matcher part = PART.matcher(text);
        int before = Math.max(0, at - 40);
        String heading = null;
        while (part.find(before) && part.start() < at) {
            heading = text.substring(part.start(), at); // a part heading right before the header (一、徐国龙副市长重点工作)
            before = part.end();
        }
        if (heading != null && CellKinds.isPartHeading(heading)) {
            rows.add(TableRow.spanning(heading, line, header.size()));
        }
        rows.add(0, new TableRow(line, line, header.stream().map(TableCell::of).toList()));
        int pos = bodyStart;
        int expected = 1;
        while (pos < text.length()) {
            Matcher p = PART.matcher(text);
            p.region(pos, text.length());
            if (p.lookingAt()) {
                int next = rowNumberAt(text, p.end(), expected, false);
                if (next < 0) {
                    break;
                }
                rows.add(TableRow.spanning(text.substring(pos, next), line, header.size()));
                pos = next;
                continue;
            }
            String number = String.valueOf(expected);
            if (!text.startsWith(number, pos)) {
                break;
            }
            int end = rowEnd(text, pos + number.length(), expected + 1);
            List<String> cells = rowCells(text.substring(pos + number.length(), end), unitColumns.size());
            if (cells.isEmpty()) {
                break;
            }
            List<TableCell> row = new ArrayList<>(List.of(TableCell.of(number)));
            cells.forEach(c -> row.add(TableCell.of(c)));
            rows.add(new TableRow(line, line, row));
            pos = end;
            expected++;
        }
        return expected > 1 ? Optional.of(new DocumentTable("", rows)) : Optional.empty();
    }

    /** Where the first row (1…) or a part heading (一、) begins after the header at {@code at}, or -1. */
    private static int bodyStart(String text, int at) {
        for (int k = at + 2; k < text.length() && k - at <= MAX_HEADER; k++) {
            char c = text.charAt(k);
            if (c == '1' && (k + 1 >= text.length() || !Character.isDigit(text.charAt(k + 1)))) {
                return k;
            }
            if (PART.matcher(text).region(k, text.length()).lookingAt()) {
                return k;
            }
        }
        return -1;
    }

    /** The header run together, split after each header noun; empty when a piece names no column. */
    private List<String> headerWords(String header) {
        List<String> out = new ArrayList<>();
        Matcher m = HEADER_WORD.matcher(header);
        int end = 0;
        while (m.find() && m.start() == end) {
            String w = m.group();
            if (words.headerMeaning(w).isEmpty()) {
                // a piece naming nothing goes on with the word before it (内容 / 与要求: 内容与要求)
                if (out.isEmpty() || words.headerMeaning(out.get(out.size() - 1) + w).isEmpty()) {
                    return List.of();
                }
                w = out.remove(out.size() - 1) + w;
            }
            out.add(w);
            end = m.end();
        }
        return end == header.length() && out.size() >= 3 ? out : List.of();
    }

    /** Where a row that starts at {@code from} ends: at the next row's number, a part heading, or the text's end. */
    private int rowEnd(String text, int from, int next) {
        int k = rowNumberAt(text, from, next, true);
        return k < 0 ? text.length() : k;
    }

    /**
     * The first place at or after {@code from} where row {@code number} begins: the number with no figure before it
     * and no quantity's word after it (12%左右, 6万元 are figures of the text). With {@code afterUnit} (a row's end) it
     * must stand right after a unit's last character, and a part heading standing so ends the row too; after a part
     * heading (二、产业优化升级10积极推进…) the heading's words may end in anything.
     */
    private static int rowNumberAt(String text, int from, int number, boolean afterUnit) {
        String n = String.valueOf(number);
        for (int k = from; k < text.length(); k++) {
            boolean unitBefore = k > from && UNIT_ENDS.indexOf(text.charAt(k - 1)) >= 0;
            if (afterUnit && !unitBefore) {
                continue;
            }
            if (afterUnit && PART.matcher(text).region(k, text.length()).lookingAt()) {
                return k;
            }
            int after = k + n.length();
            if (text.startsWith(n, k) && after < text.length() && (k == 0 || !Character.isDigit(text.charAt(k - 1)))
                    && !Character.isDigit(text.charAt(after)) && QUANTITY.indexOf(text.charAt(after)) < 0) {
                return k;
            }
        }
        return -1;
    }

    /** A row's text as its task cell and its unit cells ({@code unitColumns} of them); empty when no units end it. */
    private List<String> rowCells(String row, int unitColumns) {
        int split = unitsStart(row);
        if (split <= 0) {
            return List.of();
        }
        String task = Texts.strip(row.substring(0, split));
        String units = Texts.strip(row.substring(split));
        List<String> out = new ArrayList<>(List.of(task));
        if (unitColumns == 1) {
            out.add(units);
            return out;
        }
        int second = secondColumnStart(units);
        out.add(runOnSeparated(Texts.strip(units.substring(0, second))));
        out.add(Texts.strip(units.substring(second)));
        return out;
    }

    /** Where a row's units begin: after its task's last 。 where the rest is a list of units, else the earliest such place. */
    private int unitsStart(String row) {
        int stop = row.lastIndexOf('。');
        if (stop >= 0 && stop + 1 < row.length() && kinds.looksLikeUnits(runOnSeparated(row.substring(stop + 1)))) {
            return stop + 1;
        }
        for (int k = 1; k < row.length() - 1; k++) {
            if (isNameStart(row.charAt(k)) && kinds.looksLikeUnits(runOnSeparated(row.substring(k)))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return "市县区省各镇乡街国中".indexOf(c) >= 0;
    }

    /**
     * Where the second unit column begins: at the name the first separator (outside brackets) follows — the first
     * column's names stand run together before it (市发展改革委市经贸委 | 市规划建设局、市统计局…).
     */
    private static int secondColumnStart(String units) {
        int depth = 0;
        int sep = -1;
        for (int k = 0; k < units.length(); k++) {
            char c = units.charAt(k);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && "、，,；;".indexOf(c) >= 0) {
                sep = k;
                break;
            }
        }
        if (sep < 0) {
            return units.length();
        }
        int start = 0;
        for (int b : nameBoundaries(units.substring(0, sep))) {
            start = b;
        }
        return start;
    }

    /** Where each run-on name after the first begins: after a unit's last character, before a name's first. */
    private static List<Integer> nameBoundaries(String names) {
        List<Integer> out = new ArrayList<>();
        int depth = 0;
        for (int k = 1; k < names.length(); k++) {
            char c = names.charAt(k - 1);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            if (depth == 0 && "委局府办室厅".indexOf(c) >= 0 && isNameStart(names.charAt(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Names run together given separators (市发展改革委市经贸委 → 市发展改革委、市经贸委), to be read as a list. */
    private static String runOnSeparated(String units) {
        StringBuilder b = new StringBuilder(units);
        List<Integer> at = nameBoundaries(units);
        for (int k = at.size() - 1; k >= 0; k--) {
            b.insert((int) at.get(k), '、');
        }
        return b.toString();
    }
}
