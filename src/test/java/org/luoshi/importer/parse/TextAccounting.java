package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.Part;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;

/**
 * What "the parser never loses text" means, checked on one parse:
 * <ol>
 * <li>every character of the source that is not whitespace lies in exactly one span of the
 *     source map (front matter, signature, heading, task label, task text, clause, body text,
 *     or a separator of punctuation only), and spans lie inside the source, in order, without
 *     overlapping;</li>
 * <li>the task-text spans of each task, read in order, give the task's text (whitespace aside),
 *     and its clause spans are bracketed or labelled fields;</li>
 * <li>a separator holds no letter or digit, so no word is lost as punctuation;</li>
 * <li>every task's part and section are listed in the plan, so saving keeps the outline.</li>
 * </ol>
 * Returns the problems found, empty when the parse accounts for everything.
 */
final class TextAccounting {
    private TextAccounting() {
    }

    static List<String> problems(String source, ParsedPlan parsed) {
        List<String> problems = new ArrayList<>();
        String text = source == null ? "" : source;
        List<SourceSpan> spans = parsed.sourceMap().spans();
        int[] owner = new int[text.length()];
        int last = -1;
        for (SourceSpan s : spans) {
            if (s.end() > text.length()) {
                problems.add("span past the end: " + s);
                continue;
            }
            if (s.start() < last) {
                problems.add("spans overlap or are out of order at " + s);
            }
            last = s.end();
            for (int i = s.start(); i < s.end(); i++) {
                owner[i]++;
            }
            if (s.kind() == SpanKind.SEPARATOR) {
                for (int i = s.start(); i < s.end(); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        problems.add("separator holds text: " + s + " " + text.substring(s.start(), s.end()));
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Texts.isSpace(text.charAt(i)) && owner[i] != 1) {
                problems.add("character " + i + " '" + text.charAt(i) + "' lies in " + owner[i] + " spans");
                if (problems.size() > 20) {
                    return problems;
                }
            }
        }
        for (Task t : parsed.plan().tasks()) {
            StringBuilder fromSpans = new StringBuilder();
            for (SourceSpan s : parsed.sourceMap().spansOf(t.seq())) {
                if (s.kind() == SpanKind.TASK_TEXT && s.end() <= text.length()) {
                    fromSpans.append(text, s.start(), s.end());
                }
            }
            if (!noSpace(fromSpans.toString()).equals(noSpace(t.text()))) {
                problems.add("task " + t.seq() + " text differs from its spans: " + t.text() + " vs " + fromSpans);
            }
            if (t.part() != null && parsed.plan().parts().stream().map(Part::number).noneMatch(t.part()::equals)) {
                problems.add("task " + t.seq() + " is in part " + t.part() + ", which is not listed");
            }
            if (t.section() != null && parsed.plan().sections().stream()
                    .noneMatch(s -> t.section().equals(s.number()) && java.util.Objects.equals(t.part(), s.part()))) {
                problems.add("task " + t.seq() + " is in section " + t.section() + ", which is not listed");
            }
        }
        for (Section s : parsed.plan().sections()) {
            if (s.part() != null && parsed.plan().parts().stream().map(Part::number).noneMatch(s.part()::equals)) {
                problems.add("section " + s.number() + " is in part " + s.part() + ", which is not listed");
            }
        }
        return problems;
    }

    private static String noSpace(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (!Texts.isSpace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
