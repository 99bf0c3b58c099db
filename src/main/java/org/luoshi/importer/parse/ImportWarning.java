package org.luoshi.importer.parse;

import org.luoshi.i18n.Messages;

/**
 * Something the importer was unsure of, at a 1-based line of the source (0 for the whole document).
 * {@code aboutDocument} marks a warning about how the whole document was read (its script), which stays
 * true whatever tasks the review shows; the others speak of the text's tasks.
 */
public record ImportWarning(int line, String message, boolean aboutDocument) {
    public ImportWarning(int line, String message) {
        this(line, message, false);
    }

    /**
     * The document was written in traditional characters and is read, and will be saved, in simplified ones: the
     * person should check the names (a unit's name converted wrongly is a wrong unit).
     */
    public static ImportWarning traditionalScript() {
        return new ImportWarning(0, Messages.get("import.warning.traditionalScript"), true);
    }
}
