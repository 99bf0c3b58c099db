package org.luoshi.importer.layouts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One re-laid-out copy of a labelled plan: a transformation's name, and how to write the copy into a folder.
 *
 * @param unfair why the copy loses what the labels say (it is then printed in the matrix but not held to the
 *     original's figure), or null when it keeps everything
 */
record Variant(String document, String transformation, Writer writer, String unfair) {

    /** Writes the copy as a file in {@code folder} and gives its path. */
    @FunctionalInterface
    interface Writer {
        Path write(Path folder, String stem) throws IOException;
    }

    Path write(Path folder) throws IOException {
        String stem = document + "--" + transformation.replaceAll("[^\\p{L}\\p{N}]+", "_");
        return writer.write(folder, stem);
    }
}
