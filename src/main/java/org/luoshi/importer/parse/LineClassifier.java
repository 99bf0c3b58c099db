package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells headings from text by their numbering: 一、 (part), （一） (section), 1． (item),
 * （1） (sub-item). Only the start of a line is looked at; what a heading means (a task, a
 * part of the preamble) is decided later by {@link PlanParser}.
 *
 * <p>Numbers up to 999 are read wherever they stand. A number of 1000 and up (1000．, （1000）,
 * 一千、, up to 999999) is read only in a whole document ({@link #classifyAll}) and only where it
 * continues the numbering of its kind (999 → 1000), so that a line opening with a year (2024、2025年…)
 * stays text.
 */
public final class LineClassifier {
    /** The largest number read without the lines before it. */
    static final int ALWAYS_A_NUMBER = 999;

    private static final String CN_NUMERALS = "一二三四五六七八九十百千万零〇两";
    private static final String CN = "[" + CN_NUMERALS + "]+";

    private static final Pattern PART = Pattern.compile("^(" + CN + ")\\s*[、．.]\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*[、．.]?\\s*(.*)$");
    // 1．, 1. or 1、 but not a decimal number (1.5倍).
    private static final Pattern ITEM = Pattern.compile("^([0-9０-９]{1,6})\\s*[．.、]\\s*(?![0-9０-９])(.*)$");
    private static final Pattern SUBITEM = Pattern.compile("^[（(]\\s*([0-9０-９]{1,6})\\s*[）)]\\s*(.*)$");

    /** The line's kind judged from its text alone: numbers above {@value #ALWAYS_A_NUMBER} are not read. */
    public ClassifiedLine classify(SourceLine line) {
        return classify(line, null);
    }

    /**
     * @param last the number of the last heading of each kind before this line, or null to read
     *             no number above {@value #ALWAYS_A_NUMBER}
     */
    private ClassifiedLine classify(SourceLine line, Map<LineKind, Integer> last) {
        String s = line.stripped();
        if (s.isEmpty()) {
            return new ClassifiedLine(line, LineKind.BLANK, null, null, "");
        }
        if (PageFurniture.is(s)) {
            // 1. [主题分类] 综合政务 / 打印 / 字号: the portal's page, not the plan — as good as a blank line.
            return new ClassifiedLine(line, LineKind.BLANK, null, null, "");
        }
        // Each pattern only where the line starts as it must: most lines are text and need no matcher.
        char first = s.charAt(0);
        boolean bracket = first == '（' || first == '(';
        Matcher m = CN_NUMERALS.indexOf(first) >= 0 ? PART.matcher(s) : null;
        if (m != null && m.matches() && !m.group(2).isEmpty() && numbered(LineKind.PART, m.group(1), last)) {
            return new ClassifiedLine(line, LineKind.PART, m.group(1), m.group(1), m.group(2).strip());
        }
        m = bracket ? SECTION.matcher(s) : null;
        if (m != null && m.matches() && !m.group(2).isEmpty() && numbered(LineKind.SECTION, m.group(1), last)) {
            return new ClassifiedLine(line, LineKind.SECTION, m.group(1), "（" + m.group(1) + "）", m.group(2).strip());
        }
        m = first >= '0' && first <= '9' || first >= '０' && first <= '９' ? ITEM.matcher(s) : null;
        if (m != null && m.matches() && !m.group(2).isEmpty() && numbered(LineKind.ITEM, m.group(1), last)) {
            String label = ChineseNumerals.normaliseDigits(m.group(1));
            return new ClassifiedLine(line, LineKind.ITEM, label, label, m.group(2).strip());
        }
        m = first >= '0' && first <= '9' || first >= '０' && first <= '９' ? DOTTED_NAME.matcher(s) : null;
        if (m != null && m.matches() && continues(LineKind.ITEM, m.group(1), last) && !measure(m.group(2))) {
            String label = ChineseNumerals.normaliseDigits(m.group(1));
            return new ClassifiedLine(line, LineKind.ITEM, label, label, m.group(2).strip());
        }
        m = bracket ? SUBITEM.matcher(s) : null;
        if (m != null && m.matches() && !m.group(2).isEmpty() && numbered(LineKind.SUBITEM, m.group(1), last)) {
            String label = ChineseNumerals.normaliseDigits(m.group(1));
            return new ClassifiedLine(line, LineKind.SUBITEM, label, "（" + label + "）", m.group(2).strip());
        }
        return new ClassifiedLine(line, LineKind.TEXT, null, null, s);
    }

    /**
     * An item whose text opens with a figure that names something (11.121人才梯队项目): read as item 11 only where it
     * continues the numbering (10 before it) and the figure is no amount (2.5亿元, 1.25倍, 3.5万人 stay text).
     */
    private static final Pattern DOTTED_NAME = Pattern.compile("^([0-9０-９]{1,3})[．.](([0-9０-９]+)(\\p{IsHan}.*))$");
    private static final Pattern AMOUNT = Pattern.compile(
            "^[0-9０-９]+(?:[亿万千百元角倍个年月日天时岁米里亩吨次家户座所项名位条只台辆件套张册本期批场届级层栋间根块份%％]|人(?!才))");

    private static boolean measure(String figureAndText) {
        return AMOUNT.matcher(figureAndText).find();
    }

    /** Whether {@code label} continues the numbering of {@code kind} (the last one before it is one less). */
    private static boolean continues(LineKind kind, String label, Map<LineKind, Integer> last) {
        Integer before = last == null ? null : last.get(kind);
        return before != null && ChineseNumerals.parse(label) == before + 1;
    }

    /** Whether {@code label} is read as the number of a heading of {@code kind} here. */
    private static boolean numbered(LineKind kind, String label, Map<LineKind, Integer> last) {
        int value = ChineseNumerals.parse(label);
        if (value >= 0 && value <= ALWAYS_A_NUMBER) {
            return true;
        }
        Integer before = last == null ? null : last.get(kind);
        return before != null && value == before + 1;
    }

    /** Classifies the lines of a document in order; numbers from 1000 on where they continue a numbering. */
    public List<ClassifiedLine> classifyAll(List<SourceLine> lines) {
        return classifyAll(lines, ParseRun.unwatched());
    }

    List<ClassifiedLine> classifyAll(List<SourceLine> lines, ParseRun run) {
        List<ClassifiedLine> out = new ArrayList<>(lines.size());
        Map<LineKind, Integer> last = new EnumMap<>(LineKind.class);
        for (SourceLine line : lines) {
            ClassifiedLine c = classify(line, last);
            if (c.isHeading()) {
                last.put(c.kind(), ChineseNumerals.parse(c.label()));
            }
            out.add(c);
            run.step();
            run.reached(line.number());
        }
        return out;
    }
}
