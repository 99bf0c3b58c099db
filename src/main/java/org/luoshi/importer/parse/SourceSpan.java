package org.luoshi.importer.parse;

/**
 * A stretch [start, end) of the source text (character offsets into {@code Plan.sourceText()}),
 * what it became, and the task it belongs to ({@code task} = the task's seq, 0 for none).
 */
public record SourceSpan(SpanKind kind, int start, int end, int task) {
    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
