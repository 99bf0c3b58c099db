package org.luoshi.importer.review;

/** A stretch [start, end) of one source line, 1-based {@code line}, belonging to task {@code taskSeq}. */
public record Highlight(int line, int start, int end, HighlightKind kind, int taskSeq) {
}
