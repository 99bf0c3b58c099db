package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;

/** Collects the spans of a parse: what each stretch of the source became. */
final class SpanRecorder {
    private final String source;
    private final int[] lineStarts;
    final List<SourceSpan> spans = new ArrayList<>();
    final List<SourceSpan> deadlines = new ArrayList<>();

    SpanRecorder(String source, int[] lineStarts) {
        this.source = source;
        this.lineStarts = lineStarts;
    }

    /** Records [start, end) of the source, unless it is empty or blank. */
    void add(SpanKind kind, int start, int end, int task) {
        if (start < 0 || end <= start) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (!Texts.isSpace(source.charAt(i))) {
                spans.add(new SourceSpan(kind, start, end, task));
                return;
            }
        }
    }

    /** Records characters [from, to) of a mapped text: one span per run contiguous in the source. */
    void runs(SpanKind kind, MappedText text, int from, int to, int task) {
        int runStart = -1;
        int runEnd = -1;
        for (int i = from; i < to; i++) {
            int o = text.sourceOffset(i);
            if (o < 0) {
                continue;
            }
            if (runStart >= 0 && o == runEnd) {
                runEnd = o + 1;
            } else {
                add(kind, runStart, runEnd, task);
                runStart = o;
                runEnd = o + 1;
            }
        }
        add(kind, runStart, runEnd, task);
    }

    /** Records a deadline phrase of task {@code task} at source range {@code range}. */
    void deadline(int[] range, int task) {
        if (range != null) {
            deadlines.add(new SourceSpan(SpanKind.TASK_TEXT, range[0], range[1], task));
        }
    }

    /** 1-based line of a source offset. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
