package org.luoshi.importer.parse;

/** Something the importer was unsure of, at a 1-based line of the source (0 for the whole document). */
public record ImportWarning(int line, String message) {
}
