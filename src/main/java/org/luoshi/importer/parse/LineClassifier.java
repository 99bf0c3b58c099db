package org.luoshi.importer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells headings from text by their numbering: 一、 (part), （一） (section), 1． (item),
 * （1） (sub-item). Only the start of a line is looked at; what a heading means (a task, a
 * part of the preamble) is decided later by {@link PlanParser}.
 */
public final class LineClassifier {
    private static final String CN = "[一二三四五六七八九十百零〇两]+";

    private static final Pattern PART = Pattern.compile("^(" + CN + ")\\s*[、．.]\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*[、．.]?\\s*(.*)$");
    // 1．, 1. or 1、 but not a decimal number (1.5倍) or a year (2023年).
    private static final Pattern ITEM = Pattern.compile("^([0-9０-９]{1,3})\\s*[．.、]\\s*(?![0-9０-９])(.*)$");
    private static final Pattern SUBITEM = Pattern.compile("^[（(]\\s*([0-9０-９]{1,3})\\s*[）)]\\s*(.*)$");

    public ClassifiedLine classify(SourceLine line) {
        String s = line.stripped();
        if (s.isEmpty()) {
            return new ClassifiedLine(line, LineKind.BLANK, null, null, "");
        }
        Matcher m = PART.matcher(s);
        if (m.matches() && !m.group(2).isEmpty()) {
            return new ClassifiedLine(line, LineKind.PART, m.group(1), m.group(1), m.group(2).strip());
        }
        m = SECTION.matcher(s);
        if (m.matches() && !m.group(2).isEmpty()) {
            return new ClassifiedLine(line, LineKind.SECTION, m.group(1), "（" + m.group(1) + "）", m.group(2).strip());
        }
        m = ITEM.matcher(s);
        if (m.matches() && !m.group(2).isEmpty()) {
            String label = ChineseNumerals.normaliseDigits(m.group(1));
            return new ClassifiedLine(line, LineKind.ITEM, label, label, m.group(2).strip());
        }
        m = SUBITEM.matcher(s);
        if (m.matches() && !m.group(2).isEmpty()) {
            String label = ChineseNumerals.normaliseDigits(m.group(1));
            return new ClassifiedLine(line, LineKind.SUBITEM, label, "（" + label + "）", m.group(2).strip());
        }
        return new ClassifiedLine(line, LineKind.TEXT, null, null, s);
    }

    public List<ClassifiedLine> classifyAll(List<SourceLine> lines) {
        return lines.stream().map(this::classify).toList();
    }
}
