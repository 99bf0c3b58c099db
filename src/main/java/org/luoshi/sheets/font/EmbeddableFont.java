package org.luoshi.sheets.font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.luoshi.i18n.Messages;

/**
 * A Chinese TrueType font opened from a .ttf or .ttc file, ready to be embedded in PDFs as a subset.
 * A collection stays open as long as this object: PDFBox reads glyphs from it until each document
 * is saved, so close it only after the last save.
 */
public final class EmbeddableFont implements Closeable {
    /** Characters every usable font must have. */
    private static final String PROBE = "中务牵头";

    private final Path file;
    private final Closeable source;
    private final TrueTypeFont font;
    private final String family;
    private final GlyphMetrics metrics;

    private EmbeddableFont(Path file, Closeable source, TrueTypeFont font) throws IOException {
        this.file = file;
        this.source = source;
        this.font = font;
        String fam = font.getNaming() == null ? null : font.getNaming().getFontFamily();
        this.family = fam == null || fam.isBlank() ? font.getName() : fam;
        this.metrics = GlyphMetrics.read(font);
    }

    /**
     * Opens {@code file} (the first usable font of a collection).
     *
     * @throws SheetFontException naming the file and saying why it cannot be used
     */
    public static EmbeddableFont open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw bad(file, Messages.get("sheets.font.reason.missing"));
        }
        String tag;
        try (InputStream in = Files.newInputStream(file)) {
            tag = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw bad(file, Messages.get("sheets.font.reason.unreadable", e.getMessage()));
        }
        if ("OTTO".equals(tag)) {
            throw bad(file, Messages.get("sheets.font.reason.cff"));
        }
        try {
            return "ttcf".equals(tag) ? fromCollection(file) : fromSingle(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetFontException sfe) {
                throw sfe;
            }
            throw bad(file, Messages.get("sheets.font.reason.unreadable",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static EmbeddableFont fromSingle(Path file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        try {
            String problem = problem(ttf);
            if (problem != null) {
                throw bad(file, problem);
            }
            return new EmbeddableFont(file, ttf, ttf);
        } catch (IOException | RuntimeException e) {
            ttf.close();
            throw e;
        }
    }

    private static EmbeddableFont fromCollection(Path file) throws IOException {
        // Read the names from the headers first, then parse only the fonts tried: the first usable
        // one is usually the first of the collection (SimSun before NSimSun).
        List<String> names = new ArrayList<>();
        TrueTypeCollection.processAllFontHeaders(file.toFile(), h -> {
            if (h.getError() == null && h.getName() != null && !h.isOpenTypePostScript()) {
                names.add(h.getName());
            }
        });
        TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
        try {
            String problem = Messages.get("sheets.font.reason.cff");
            for (String name : names) {
                TrueTypeFont f = ttc.getFontByName(name);
                problem = f == null ? problem : problem(f);
                if (problem == null) {
                    return new EmbeddableFont(file, ttc, f);
                }
            }
            throw bad(file, problem);
        } catch (IOException | RuntimeException e) {
            ttc.close();
            throw e;
        }
    }

    /** Why the font cannot be embedded, or null if it can. */
    private static String problem(TrueTypeFont f) throws IOException {
        boolean cff = f instanceof OpenTypeFont otf && otf.isPostScript();
        if (cff || !f.getTableMap().containsKey("glyf")) {
            return Messages.get("sheets.font.reason.cff");
        }
        var cmap = f.getUnicodeCmapLookup(false);
        for (int i = 0; i < PROBE.length(); i++) {
            if (cmap == null || cmap.getGlyphId(PROBE.charAt(i)) == 0) {
                return Messages.get("sheets.font.reason.noChinese");
            }
        }
        return null;
    }

    private static SheetFontException bad(Path file, String reason) {
        return new SheetFontException(Messages.get("sheets.font.bad", file, reason));
    }

    /** Embeds the font in {@code document} as a subset of the glyphs the document uses. */
    public PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    /** Widths for laying out lines; usable after this font is closed. */
    public GlyphMetrics metrics() {
        return metrics;
    }

    /** The font's family name (WenQuanYi Micro Hei), for drawing the same font on screen and paper. */
    public String family() {
        return family;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
