package org.luoshi.importer.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web copy that lost its line breaks can run a whole plan body together on one line, each item closed by a
 * bracketed unit list and set apart from the next by a space: {@code 一、主要工作目标 1、地区生产总值增长11%(市发改委,…)。
 * 2、固定资产投资增长25%(…)。} (荆州 2009). Such a line gets its breaks back before each item number and heading a
 * space sets apart. Only a line with at least {@link #MIN_CLOSED_ITEMS} items that follow a closed bracket is touched.
 */
final class RunOnItemLines {
    /** An item number right after a closed bracket (and its full stop), a space between: {@code )。 2、}. */
    private static final Pattern CLOSED_ITEM =
            Pattern.compile("[)）][。；;]?[ \\u3000\\u00a0]+[0-9０-９]{1,3}[.．、](?![0-9０-９])");
    /** An item number or a part heading set apart by a space (not 1.5, not 3. 3% inside a figure: no space before). */
    private static final Pattern SPACED_START = Pattern.compile(
            "[ \\u3000\\u00a0]+(?=[0-9０-９]{1,3}[.．、](?![0-9０-９])|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");
    /** Fewer closed items than this on a line are a sentence's own brackets, not a run-on list. */
    private static final int MIN_CLOSED_ITEMS = 3;

    private RunOnItemLines() {
    }

    /** The text with its run-on item lines broken; the same string when no line is one. */
    static String reflow(String text) {
        if (text.indexOf(')') < 0 && text.indexOf('）') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (count(CLOSED_ITEM, lines[i]) >= MIN_CLOSED_ITEMS) {
                lines[i] = SPACED_START.matcher(lines[i]).replaceAll("\n");
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    private static int count(Pattern p, String line) {
        Matcher m = p.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
