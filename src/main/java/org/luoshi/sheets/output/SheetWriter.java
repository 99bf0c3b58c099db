package org.luoshi.sheets.output;

import java.io.IOException;
import java.nio.file.Path;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.Sheet;

/**
 * Writes sheets to files of one format. A writer may hold resources (the PDF font) for a whole
 * batch of files: close it after the last one.
 */
public interface SheetWriter extends AutoCloseable {

    /** File name extension without the dot: pdf, docx, xlsx. */
    String extension();

    /**
     * Writes {@code sheet} on pages of {@code page} to {@code target}, replacing it. The file appears
     * complete or not at all: a failed write leaves an existing file as it was.
     */
    void write(Sheet sheet, PageSetup page, Path target) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
