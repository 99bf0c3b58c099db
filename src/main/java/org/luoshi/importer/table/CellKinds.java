package org.luoshi.importer.table;

import java.util.List;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.DeadlineParser;
import org.luoshi.importer.parse.FoundDeadline;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.parse.UnitListSplitter;

/**
 * What a cell's text is, told from the text alone: a page number printed between rows, a part
 * heading spanning the table, a row number, a list of units, a time limit. The table reader
 * uses it to skip and join rows; the flattened-table finder to tell which column a line is.
 */
final class CellKinds {
    /** The marks a table prints at its lead unit (see {@link UnitCells}). */
    private static final Pattern LEAD_MARKS = Pattern.compile("[*＊★☆▲△]");
    /** — 3 —, -3-, - 3 -, 第3页, 第 3 页 共 12 页, 共12页 第3页, 3/12, 3 / 12, Page 3. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[—–\\-－―─~～·•]+\\s*\\d{1,4}\\s*[—–\\-－―─~～·•]+"
                    + "|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[，,]?\\s*第\\s*\\d{1,4}\\s*页"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?");

    /** 一、优化营商环境 / （一）稳就业 / 第一部分 / 一是: a heading of the plan's parts. */
    private static final Pattern PART_HEADING = Pattern.compile(
            "(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|第[一二三四五六七八九十百]+(?:部分|章|篇|方面)).*");

    /** 1 / 1. / 1、 / 12． / 1*: a row number on its own, a mark after it (杭州 2021 marks the city's own tasks 1*). */
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,4})[.、．*＊]?");

    /** 1. 生产总值增长7.5%以上。: a number, its point, a space or none, then the text (not 1.5%, not 2024年). */
    private static final Pattern NUMBERED_TEXT = Pattern.compile("(\\d{1,3})(?:[、．]|\\.(?!\\d))\\s*(\\D.*)");

    /** Marks an office prints in an empty cell. */
    private static final List<String> EMPTY_MARKS = List.of("无", "/", "／", "—", "——", "-", "－", "\\", "、");

    private static final String ROLE_WORDS = "牵头|配合|负责|参与|协同|协助|落实|指导|会同";
    private static final Pattern ROLE_WORD = Pattern.compile(ROLE_WORDS);

    private final UnitListSplitter splitter = new UnitListSplitter();
    private final DeadlineParser deadlines = new DeadlineParser();

    static boolean isPageNumber(String text) {
        String t = Texts.strip(text);
        return !t.isEmpty() && t.length() <= 24 && PAGE_NUMBER.matcher(t).matches();
    }

    static boolean isPartHeading(String text) {
        String t = Texts.strip(text);
        return t.length() >= 2 && t.length() <= 60 && PART_HEADING.matcher(t).matches();
    }

    /** The row number a cell holds on its own (7, 7., 7、, 7*), or -1. */
    static int serial(String text) {
        String t = Texts.strip(text);
        if (t.isEmpty() || t.length() > 5) {
            return -1;
        }
        var m = SERIAL.matcher(t);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * The number a cell's text opens with, then text (1. 生产总值增长7.5%以上。 / 12、推进…), or -1: a task cell numbered
     * in a table without a 序号 column.
     */
    static int numberedText(String text) {
        var m = NUMBERED_TEXT.matcher(Texts.strip(text));
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A numbered cell's text after its number ({@link #numberedText}). */
    static String afterNumber(String text) {
        var m = NUMBERED_TEXT.matcher(Texts.strip(text));
        return m.matches() ? m.group(2) : Texts.strip(text);
    }

    static boolean isEmptyMark(String text) {
        String t = Texts.strip(text);
        return t.isEmpty() || EMPTY_MARKS.contains(t);
    }

    static boolean hasRoleWord(String text) {
        return ROLE_WORD.matcher(text).find();
    }

    /**
     * Whether the text is a list of units (省发展改革委、省财政厅 / 省工信厅牵头，省科技厅配合 /
     * 各市人民政府): every name the splitter reads looks like a unit once role words are dropped.
     */
    boolean looksLikeUnits(String text) {
        String t = Texts.strip(text);
        if (t.indexOf(':') >= 0 || t.indexOf('：') >= 0) {
            List<LabelledUnitFields.Field> fields = LabelledUnitFields.split(t);
            if (fields.size() > 1 || fields.get(0).column() != null) {
                // 市商务局、市发改委 / 省牵头单位:省商务厅: every field a list of units.
                return fields.stream().allMatch(f -> !f.text().isEmpty() && looksLikeUnits(f.text()));
            }
        }
        if (t.length() < 2 || t.length() > 300 || t.indexOf('。') >= 0) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ("、，,；;和及与".indexOf(last) >= 0) {
            return false; // a list that goes on below: not a whole cell
        }
        t = LEAD_MARKS.matcher(t).replaceAll(""); // the lead's mark (区财政局*、★财政局、▲发改局): UnitCells reads it
        String names = hasRoleWord(t) ? ROLE_WORD.matcher(t.replaceAll("按职责分工|按职责|分别|共同|积极", ""))
                .replaceAll("、") : t;
        List<String> read = splitter.split(names.replace(' ', '、')).names();
        if (read.isEmpty()) {
            return false;
        }
        for (String name : read) {
            if (!name.isEmpty() && !UnitListSplitter.looksLikeUnit(name)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a time limit: it starts with a deadline phrase (2024年6月底前, 长期坚持, 每季度). */
    boolean looksLikeDeadline(String text) {
        String t = Texts.strip(text);
        if (t.isEmpty() || t.length() > 40 || t.indexOf('。') >= 0 && t.indexOf('。') < t.length() - 1) {
            return false;
        }
        if (!deadlines.parseTimeLimit(t, 2000).isEmpty() && t.length() <= 12) {
            return true;
        }
        List<FoundDeadline> found = deadlines.find(t, 2000);
        return !found.isEmpty() && found.get(0).start() <= 1;
    }
}
