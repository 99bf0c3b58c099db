package org.luoshi.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.ClauseParser;

/**
 * A plan that numbers an item's fields as sub-items — {@code 三、实施…工程} then {@code (一)责任领导:高勤},
 * {@code (二)责任单位:市教育局}, {@code (三)协办单位:…}, {@code (四)项目内容及任务分解:…}, {@code (六)完成时限:2008年内}
 * (set L 十堰 2008 十件实事) — prints the item's clause, not sections of its own. Where a run of such numbered lines holds
 * at least two field labels the parser knows (units, people, time limits), the document is read so: every numbered line
 * with a known label loses its number, becoming a labelled line of the item's clause; the other labels' contents
 * (项目内容及任务分解, 资金筹措) are the item's text, joined onto the item's line. Every other line stays as it is.
 */
final class NumberedFieldLines {
    /** (一)责任单位:… — a bracketed Chinese number, a label, a colon. */
    private static final Pattern FIELD =
            Pattern.compile("^\\s*[（(][一二三四五六七八九十]{1,3}[）)]\\s*([\\u4e00-\\u9fa5]{2,12})\\s*[:：]\\s*(.*)$");
    /** The item the fields belong to: 三、… or 3.… */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,3}[.、．](?![0-9])).*");
    /** The fewest known labels a run of numbered fields holds before it is read as an item's fields. */
    private static final int MIN_KNOWN = 2;

    private NumberedFieldLines() {
    }

    /** The text with numbered fields read as an item's fields; the same string when it has no such run. */
    static String unnumbered(String text) {
        if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        if (!hasRun(lines)) {
            return text;
        }
        List<String> out = new ArrayList<>(lines.length);
        int item = -1; // where in out the line the current run of fields belongs to stands
        boolean inRun = false;
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                if (!line.isBlank()) {
                    inRun = false;
                    item = out.size();
                }
                out.add(line);
                continue;
            }
            if (!inRun) {
                inRun = true;
                item = lastNonBlank(out);
            }
            String label = m.group(1);
            if (ClauseParser.belongsToClause(label)) {
                out.add(label + ":" + m.group(2));
            } else if (item >= 0 && ITEM.matcher(out.get(item)).matches() && !m.group(2).isBlank()) {
                // the item's own text under a label of the form (项目内容及任务分解): read as the item's text
                out.set(item, out.get(item).stripTrailing() + m.group(2).strip());
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    /** Whether some run of consecutive numbered fields holds at least two known labels. */
    private static boolean hasRun(String[] lines) {
        int known = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                known = 0;
                continue;
            }
            if (ClauseParser.belongsToClause(m.group(1)) && ++known >= MIN_KNOWN) {
                return true;
            }
        }
        return false;
    }

    private static int lastNonBlank(List<String> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (!out.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
