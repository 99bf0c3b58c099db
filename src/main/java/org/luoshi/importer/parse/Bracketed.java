package org.luoshi.importer.parse;

/** A bracketed span of a paragraph: [start, end) covers the brackets, {@code content} is inside. */
public record Bracketed(int start, int end, String content) {
}
