package org.luoshi.importer.parse;

/** One line of a source document, with its 1-based line number for warnings and review. */
public record SourceLine(int number, String text) {
    public SourceLine {
        text = text == null ? "" : text;
    }

    /** The text without surrounding spaces, including the ideographic space U+3000 and BOMs. */
    public String stripped() {
        return Texts.strip(text);
    }

    public boolean isBlank() {
        return stripped().isEmpty();
    }
}
