package org.luoshi.importer;

/**
 * A document of the layout corpus (issue 14): a real plan in one container and layout, with its
 * hand-written expected JSON beside it in src/test/resources/corpus. {@code heldOut} documents were
 * labelled and committed before the importer ever ran on them and nobody tunes the importer on
 * them; the others may be used while improving it. {@code table} marks a 分工表 file, whose
 * unit-role floor in the goal is 0.85 instead of 0.80.
 */
public record LayoutDocument(String name, String extension, String office, String layout, boolean table,
        boolean heldOut) {

    /** The file name in the corpus folder. */
    public String file() {
        return name + "." + extension;
    }
}
