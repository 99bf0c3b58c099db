package org.luoshi.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test corpus in src/test/resources/corpus: plan documents and their hand-written expectations. */
public final class Corpus {
    private Corpus() {
    }

    /** The text of document {@code name} (without .txt). */
    public static String text(String name) throws IOException {
        return resource(name + ".txt");
    }

    public static String resource(String file) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IOException("no test resource /corpus/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static boolean exists(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            return in != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
