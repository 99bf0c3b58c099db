package org.luoshi.importer.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.luoshi.importer.parse.Bracketed;
import org.luoshi.importer.parse.BracketScanner;
import org.luoshi.importer.parse.ClassifiedLine;
import org.luoshi.importer.parse.ClauseParser;
import org.luoshi.importer.parse.LineClassifier;
import org.luoshi.importer.parse.LineKind;
import org.luoshi.importer.parse.SourceLine;
import org.luoshi.importer.parse.SourceMap;
import org.luoshi.importer.parse.SourceSpan;
import org.luoshi.importer.parse.SpanKind;
import org.luoshi.importer.parse.Texts;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Task;

/**
 * Marks, in the source text, what the importer took from it: where each task starts, its
 * responsibility clauses with the units coloured by role, and its deadline phrases — so a person
 * can check the extraction against the document line by line.
 */
public final class SourceHighlighter {
    private final BracketScanner brackets = new BracketScanner();
    private final ClauseParser clauses = new ClauseParser();

    /**
     * Highlights from the parser's source map: exact spans for labels, task text and clauses (in
     * brackets or on labelled lines). {@code origins.get(i)} lists the parsed tasks the reviewed
     * task {@code i} came from (one, or several after a merge); units and deadline phrases are
     * those of the reviewed task, so edits show at once. Without a map, falls back to
     * {@link #highlight(String, List)}.
     */
    public List<Highlight> highlight(String source, SourceMap map, List<Task> tasks, List<List<Integer>> origins) {
        if (map.spans().isEmpty()) {
            return highlight(source, tasks);
        }
        int[] lineStarts = lineStarts(source);
        List<Highlight> out = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            for (int origin : origins.get(i)) {
                for (SourceSpan span : map.spansOf(origin)) {
                    HighlightKind kind = switch (span.kind()) {
                        case LABEL -> HighlightKind.TASK_LABEL;
                        case CLAUSE -> HighlightKind.CLAUSE;
                        default -> HighlightKind.TASK_TEXT;
                    };
                    addSpan(out, source, lineStarts, span.start(), span.end(), kind, task.seq());
                    String text = source.substring(span.start(), span.end());
                    if (span.kind() == SpanKind.CLAUSE) {
                        for (Assignment a : task.assignments()) {
                            markInSpan(out, source, lineStarts, span.start(), text, a.unit().name(), kindOf(a), task.seq());
                        }
                    }
                    for (Deadline d : task.deadlines()) {
                        markInSpan(out, source, lineStarts, span.start(), text, d.raw(), HighlightKind.DEADLINE, task.seq());
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Highlight::line).thenComparingInt(Highlight::start));
        return out;
    }

    /** Index of the reviewed task whose parsed origin covers {@code line}, or -1. */
    public static int taskAtLine(SourceMap map, List<List<Integer>> origins, int line) {
        for (SourceSpan span : map.spans()) {
            if (span.task() > 0 && map.lineOf(span.start()) <= line && line <= map.lineOf(Math.max(span.start(), span.end() - 1))) {
                for (int i = 0; i < origins.size(); i++) {
                    if (origins.get(i).contains(span.task())) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static void markInSpan(List<Highlight> out, String source, int[] lineStarts, int spanStart, String text,
            String needle, HighlightKind kind, int seq) {
        if (needle == null || needle.isEmpty()) {
            return;
        }
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            addSpan(out, source, lineStarts, spanStart + at, spanStart + at + needle.length(), kind, seq);
        }
    }

    /** Adds [start, end) of the source, cut at line ends into one highlight per line. */
    private static void addSpan(List<Highlight> out, String source, int[] lineStarts, int start, int end,
            HighlightKind kind, int seq) {
        int line = lineIndex(lineStarts, start);
        int from = start;
        while (from < end && line < lineStarts.length) {
            int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : source.length();
            int to = Math.min(end, lineEnd);
            int col0 = from - lineStarts[line];
            int col1 = to - lineStarts[line];
            if (col1 > col0) {
                out.add(new Highlight(line + 1, col0, col1, kind, seq));
            }
            from = to;
            line++;
        }
    }

    private static int lineIndex(int[] lineStarts, int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Offsets where each line starts, with \n, \r\n and \r endings as {@link Texts#lines} reads them. */
    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<Highlight> highlight(String source, List<Task> tasks) {
        List<SourceLine> lines = Texts.lines(source);
        List<Highlight> out = new ArrayList<>();
        List<TaskLines> ranges = TaskLines.of(tasks, lines);
        for (TaskLines range : ranges) {
            Task task = range.task();
            for (int n = range.first(); n <= range.last(); n++) {
                String text = lines.get(n - 1).text();
                if (n == range.first()) {
                    labelOf(text).ifPresent(end -> out.add(new Highlight(range.first(), end[0], end[1],
                            HighlightKind.TASK_LABEL, task.seq())));
                }
                List<int[]> clauseSpans = new ArrayList<>();
                for (Bracketed b : brackets.outermost(text)) {
                    if (clauses.parse(b.content(), true).isPresent()) {
                        clauseSpans.add(new int[] {b.start(), b.end()});
                        out.add(new Highlight(n, b.start(), b.end(), HighlightKind.CLAUSE, task.seq()));
                        for (Assignment a : task.assignments()) {
                            markAll(out, n, text, a.unit().name(), b.start(), b.end(), kindOf(a), task.seq());
                        }
                    }
                }
                for (Deadline d : task.deadlines()) {
                    markAll(out, n, text, d.raw(), 0, text.length(), HighlightKind.DEADLINE, task.seq());
                }
            }
        }
        out.sort(Comparator.comparingInt(Highlight::line).thenComparingInt(Highlight::start)
                .thenComparingInt(h -> h.kind() == HighlightKind.CLAUSE ? 0 : 1));
        return out;
    }

    /**
     * The lines of each task: its source line and the plain lines after it, up to the next heading
     * or the next task's line (a section heading between two tasks belongs to neither).
     */
    public record TaskLines(Task task, int first, int last) {
        static List<TaskLines> of(List<Task> tasks, List<SourceLine> lines) {
            LineClassifier classifier = new LineClassifier();
            List<Task> placed = tasks.stream().filter(t -> t.sourceLine() > 0 && t.sourceLine() <= lines.size())
                    .sorted(Comparator.comparingInt(Task::sourceLine)).toList();
            List<TaskLines> out = new ArrayList<>();
            for (int i = 0; i < placed.size(); i++) {
                int first = placed.get(i).sourceLine();
                int limit = i + 1 < placed.size() ? placed.get(i + 1).sourceLine() - 1 : lines.size();
                int last = first;
                for (int n = first + 1; n <= limit; n++) {
                    ClassifiedLine c = classifier.classify(lines.get(n - 1));
                    if (c.kind() != LineKind.TEXT && c.kind() != LineKind.BLANK && c.kind() != LineKind.SUBITEM) {
                        break;
                    }
                    if (c.kind() != LineKind.BLANK) {
                        last = n;
                    }
                }
                out.add(new TaskLines(placed.get(i), first, last));
            }
            return out;
        }
    }

    /** The task whose lines hold {@code line}, for clicks in the source; 0 if none. */
    public static int taskAtLine(List<Task> tasks, String source, int line) {
        for (TaskLines t : TaskLines.of(tasks, Texts.lines(source))) {
            if (line >= t.first() && line <= t.last()) {
                return t.task().seq();
            }
        }
        return 0;
    }

    private static java.util.Optional<int[]> labelOf(String text) {
        int i = 0;
        while (i < text.length() && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        int limit = Math.min(text.length(), start + 8);
        for (int j = start; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '．' || c == '.' || c == '、' || c == '）' || c == ')') {
                return java.util.Optional.of(new int[] {start, j + 1});
            }
        }
        return java.util.Optional.empty();
    }

    private static void markAll(List<Highlight> out, int line, String text, String needle, int from, int to,
            HighlightKind kind, int seq) {
        if (needle == null || needle.isEmpty()) {
            return;
        }
        int at = text.indexOf(needle, from);
        while (at >= 0 && at + needle.length() <= to) {
            out.add(new Highlight(line, at, at + needle.length(), kind, seq));
            at = text.indexOf(needle, at + needle.length());
        }
    }

    private static HighlightKind kindOf(Assignment a) {
        return switch (a.role()) {
            case LEAD -> HighlightKind.LEAD_UNIT;
            case RESPONSIBLE -> HighlightKind.RESPONSIBLE_UNIT;
            case COOPERATING -> HighlightKind.COOPERATING_UNIT;
        };
    }
}
