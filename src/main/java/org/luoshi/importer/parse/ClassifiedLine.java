package org.luoshi.importer.parse;

/**
 * A source line with its kind. For headings, {@code label} is the number as printed without
 * brackets or trailing 、． ("一", "29"), {@code printedLabel} keeps the brackets ("（一）"), and
 * {@code body} is the text after the label.
 */
public record ClassifiedLine(SourceLine line, LineKind kind, String label, String printedLabel, String body) {

    public int number() {
        return line.number();
    }

    public boolean isHeading() {
        return kind.isHeading();
    }
}
