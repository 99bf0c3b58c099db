package org.luoshi.timeline.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.luoshi.timeline.TimelineExportException;

/**
 * A Chinese TrueType font opened from a .ttf or .ttc file, to embed as a subset. PDFBox embeds
 * TrueType outlines only (glyf), so CFF fonts such as Noto Sans CJK are refused. A collection stays
 * open as long as this object: PDFBox reads glyphs from it until the document is saved.
 */
public final class PdfFontFile implements Closeable {
    /** Characters a usable font must have. */
    private static final String PROBE = "中务时限";

    private final Path file;
    private final Closeable source;
    private final TrueTypeFont font;

    private PdfFontFile(Path file, Closeable source, TrueTypeFont font) {
        this.file = file;
        this.source = source;
        this.font = font;
    }

    /**
     * Opens {@code file}, the first font of a collection that has Chinese outlines.
     *
     * @throws TimelineExportException naming the file and saying why it cannot be used
     */
    public static PdfFontFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw bad(file, Messages.get("timeline.font.missing"));
        }
        String tag;
        try (InputStream in = Files.newInputStream(file)) {
            tag = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw bad(file, e.getMessage());
        }
        if ("OTTO".equals(tag)) {
            throw bad(file, Messages.get("timeline.font.cff"));
        }
        try {
            if ("ttcf".equals(tag)) {
                TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> usable = new ArrayList<>();
                try {
                    ttc.processAllFonts(f -> {
                        if (usable.isEmpty() && problem(f) == null) {
                            usable.add(f);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    ttc.close();
                    throw e;
                }
                if (usable.isEmpty()) {
                    ttc.close();
                    throw bad(file, Messages.get("timeline.font.noChinese"));
                }
                return new PdfFontFile(file, ttc, usable.get(0));
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            String problem = problem(ttf);
            if (problem != null) {
                ttf.close();
                throw bad(file, problem);
            }
            return new PdfFontFile(file, ttf, ttf);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TimelineExportException te) {
                throw te;
            }
            throw bad(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static String problem(TrueTypeFont f) throws IOException {
        if (f instanceof OpenTypeFont otf && otf.isPostScript() || !f.getTableMap().containsKey("glyf")) {
            return Messages.get("timeline.font.cff");
        }
        var cmap = f.getUnicodeCmapLookup(false);
        for (int i = 0; i < PROBE.length(); i++) {
            if (cmap == null || cmap.getGlyphId(PROBE.charAt(i)) == 0) {
                return Messages.get("timeline.font.noChinese");
            }
        }
        return null;
    }

    private static TimelineExportException bad(Path file, String reason) {
        return new TimelineExportException(Messages.get("timeline.font.bad", file, reason));
    }

    /** Embeds the font in {@code document} as a subset of the glyphs it uses. */
    public PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
