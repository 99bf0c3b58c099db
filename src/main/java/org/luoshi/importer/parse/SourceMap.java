package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part of the parsed plan stands in the source text: a list of spans in source order
 * that never overlap, and the deadline phrases found in task texts. Every character of the
 * source that is not whitespace lies in exactly one span, so nothing the document says is lost
 * between the source and the plan; the review dialog uses the same spans to highlight task
 * boundaries, clauses and deadlines.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(List.of(), List.of(), new int[] {0});

    private final List<SourceSpan> spans;
    private final List<SourceSpan> deadlines;
    private final int[] lineStarts;
    /** The spans of each task, in source order; made when first asked for. */
    private volatile Map<Integer, List<SourceSpan>> byTask;

    SourceMap(List<SourceSpan> spans, List<SourceSpan> deadlines, int[] lineStarts) {
        this.spans = spans.stream().sorted(Comparator.comparingInt(SourceSpan::start)).toList();
        this.deadlines = deadlines.stream().sorted(Comparator.comparingInt(SourceSpan::start)).toList();
        this.lineStarts = lineStarts.clone();
    }

    /** A map with no spans, for plans that were not parsed from text. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /** All spans in source order. */
    public List<SourceSpan> spans() {
        return spans;
    }

    /** Deadline phrases of task texts (kind TASK_TEXT, task = the task's seq), in source order. */
    public List<SourceSpan> deadlinePhrases() {
        return deadlines;
    }

    /** The spans of task {@code seq}: its label, text and clauses. */
    public List<SourceSpan> spansOf(int seq) {
        Map<Integer, List<SourceSpan>> index = byTask;
        if (index == null) {
            // Looked up, not filtered: the review asks for every task's spans, which filtering made quadratic.
            index = new HashMap<>();
            for (SourceSpan s : spans) {
                index.computeIfAbsent(s.task(), k -> new ArrayList<>()).add(s);
            }
            index.replaceAll((k, v) -> List.copyOf(v));
            byTask = index;
        }
        return index.getOrDefault(seq, List.of());
    }

    /** 1-based line where task {@code seq} starts, 0 if the map does not know the task. */
    public int firstLine(int seq) {
        return spansOf(seq).stream().mapToInt(s -> lineOf(s.start())).min().orElse(0);
    }

    /** 1-based line where task {@code seq} ends, 0 if the map does not know the task. */
    public int lastLine(int seq) {
        return spansOf(seq).stream().mapToInt(s -> lineOf(Math.max(s.start(), s.end() - 1))).max().orElse(0);
    }

    /** 1-based line of a source offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
