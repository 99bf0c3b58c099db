package org.luoshi.paper.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The other Chinese fonts installed beside the chosen one, for the characters it lacks (per
 * character: 䶮 missing from WenQuanYi Micro Hei is drawn from Droid Sans Fallback). The files are
 * listed and opened only when a character is missing, in the order given, each at most once; a file
 * that cannot be used is passed over. Closing closes every font opened; after that no more are opened.
 */
final class FallbackFonts implements Closeable {
    private final Supplier<List<Path>> files;
    private List<Path> listed;
    private int next;
    private final List<EmbeddableFont> opened = new ArrayList<>();
    private boolean closed;

    /** @param files the font files to try, best first, listed when first needed (it may walk font folders) */
    FallbackFonts(Supplier<List<Path>> files) {
        this.files = files;
    }

    /** The first of these fonts that has {@code codePoint}, opening more as needed; null if none has it. */
    synchronized EmbeddableFont fontFor(int codePoint) {
        for (EmbeddableFont f : opened) {
            if (f.metrics().canShowItself(codePoint)) {
                return f;
            }
        }
        if (closed) {
            return null;
        }
        if (listed == null) {
            listed = List.copyOf(files.get());
        }
        while (next < listed.size()) {
            Path p = listed.get(next++);
            EmbeddableFont f;
            try {
                f = EmbeddableFont.open(p);
            } catch (PdfFontException e) {
                continue; // not a usable Chinese TrueType font: the next one
            }
            opened.add(f);
            if (f.metrics().canShowItself(codePoint)) {
                return f;
            }
        }
        return null;
    }

    /** The font files opened so far (to name them in a report). */
    synchronized List<Path> openedFiles() {
        return opened.stream().map(EmbeddableFont::file).toList();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        IOException first = null;
        for (EmbeddableFont f : opened) {
            try {
                f.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
