package org.luoshi.rounds;

import java.nio.file.Path;
import java.util.Locale;

/** Reads a returned form of either kind: .docx as Word, anything else as an Excel workbook. */
public final class FormReader {
    private FormReader() {
    }

    public static ReturnedForm read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") ? DocxFormReader.read(file) : XlsxFormReader.read(file);
    }
}
