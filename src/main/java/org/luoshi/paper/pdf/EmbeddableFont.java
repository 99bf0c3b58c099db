package org.luoshi.paper.pdf;

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

/**
 * A TrueType font opened from a .ttf or .ttc file, ready to be embedded in PDFs as a subset: the
 * Chinese font every PDF is written in, with, where that font has no Latin letters and digits
 * (Droid Sans Fallback), a second font those characters are taken from, and the other installed
 * Chinese fonts for the Chinese characters it lacks (per character). PDFBox embeds TrueType
 * outlines only (glyf), so CFF fonts such as Noto Sans CJK are refused. A collection stays open as
 * long as this object: PDFBox reads glyphs from it until each document is saved, so close it only
 * after the last save.
 */
public final class EmbeddableFont implements Closeable {
    /** Characters a Chinese font must have (the words of task sheets and the timeline). */
    static final String CHINESE_PROBE = "中务牵头时限";
    /** Characters a font for Latin text must have; a Chinese font lacking one gets a second font. */
    static final String LATIN_PROBE = "AZaz09%()-./:";

    private static final System.Logger LOG = System.getLogger(EmbeddableFont.class.getName());
    /** Characters no font had, drawn as the placeholder (□ or ?), in this process: each reported once. */
    private static final java.util.Set<Integer> PLACEHOLDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Closeable source;
    private final TrueTypeFont font;
    private final String family;
    private final EmbeddableFont latin;
    private final FallbackFonts others;
    /** The font's own metrics, without the fonts standing in for it. */
    private final GlyphMetrics own;
    private final GlyphMetrics metrics;

    private EmbeddableFont(Path file, Closeable source, TrueTypeFont font, String family, GlyphMetrics own,
            EmbeddableFont latin, FallbackFonts others) {
        this.file = file;
        this.source = source;
        this.font = font;
        this.family = family;
        this.own = own;
        this.latin = latin;
        this.others = others;
        this.metrics = latin == null && others == null ? own : own.withFallback(cp -> {
            EmbeddableFont f = standInFor(cp);
            return f == null ? null : f.own;
        });
    }

    private static EmbeddableFont of(Path file, Closeable source, TrueTypeFont font) throws IOException {
        String fam = font.getNaming() == null ? null : font.getNaming().getFontFamily();
        return new EmbeddableFont(file, source, font, fam == null || fam.isBlank() ? font.getName() : fam,
                GlyphMetrics.read(font), null, null);
    }

    /**
     * Opens the Chinese font {@code file} (the first font of a collection that has Chinese TrueType outlines).
     *
     * @throws PdfFontException naming the file and saying why it cannot be used
     */
    public static EmbeddableFont open(Path file) {
        return open(file, CHINESE_PROBE, "paper.font.reason.noChinese");
    }

    /** Opens a font for Latin text, to stand in for the characters a Chinese font lacks. */
    static EmbeddableFont openLatin(Path file) {
        return open(file, LATIN_PROBE, "paper.font.reason.noLatin");
    }

    private static EmbeddableFont open(Path file, String probe, String lacking) {
        if (!Files.isRegularFile(file)) {
            throw bad(file, Messages.get("paper.font.reason.missing"));
        }
        String tag;
        try (InputStream in = Files.newInputStream(file)) {
            tag = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw bad(file, Messages.get("paper.font.reason.unreadable", e.getMessage()));
        }
        if ("OTTO".equals(tag)) {
            throw bad(file, Messages.get("paper.font.reason.cff"));
        }
        try {
            return "ttcf".equals(tag) ? fromCollection(file, probe, lacking) : fromSingle(file, probe, lacking);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PdfFontException pfe) {
                throw pfe;
            }
            throw bad(file, Messages.get("paper.font.reason.unreadable",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static EmbeddableFont fromSingle(Path file, String probe, String lacking) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        try {
            String problem = problem(ttf, probe, lacking);
            if (problem != null) {
                throw bad(file, problem);
            }
            return of(file, ttf, ttf);
        } catch (IOException | RuntimeException e) {
            ttf.close();
            throw e;
        }
    }

    private static EmbeddableFont fromCollection(Path file, String probe, String lacking) throws IOException {
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
            String problem = Messages.get("paper.font.reason.cff");
            for (String name : names) {
                TrueTypeFont f = ttc.getFontByName(name);
                problem = f == null ? problem : problem(f, probe, lacking);
                if (problem == null) {
                    return of(file, ttc, f);
                }
            }
            throw bad(file, problem);
        } catch (IOException | RuntimeException e) {
            ttc.close();
            throw e;
        }
    }

    /** Why the font cannot be embedded, or null if it can. */
    private static String problem(TrueTypeFont f, String probe, String lacking) throws IOException {
        boolean cff = f instanceof OpenTypeFont otf && otf.isPostScript();
        if (cff || !f.getTableMap().containsKey("glyf")) {
            return Messages.get("paper.font.reason.cff");
        }
        var cmap = f.getUnicodeCmapLookup(false);
        for (int i = 0; i < probe.length(); i++) {
            if (cmap == null || cmap.getGlyphId(probe.charAt(i)) == 0) {
                return Messages.get(lacking);
            }
        }
        return null;
    }

    private static PdfFontException bad(Path file, String reason) {
        return new PdfFontException(Messages.get("paper.font.bad", file, reason));
    }

    /**
     * Notes that {@code codePoint} is drawn as the placeholder because no font has it; the first time
     * in this process it is logged (a warning naming the character and the fonts).
     */
    void drewPlaceholderFor(int codePoint) {
        notePlaceholder(codePoint, this);
    }

    /** Notes {@code codePoint} drawn as the placeholder; logged the first time, naming {@code font}'s files if given. */
    static void notePlaceholder(int codePoint, EmbeddableFont font) {
        if (font == null) {
            if (PLACEHOLDERS.add(codePoint)) {
                LOG.log(System.Logger.Level.WARNING, () -> String.format("No installed font has U+%04X (%s); drawn as"
                        + " a placeholder", codePoint, new String(Character.toChars(codePoint))));
            }
            return;
        }
        font.logPlaceholder(codePoint);
    }

    private void logPlaceholder(int codePoint) {
        if (PLACEHOLDERS.add(codePoint)) {
            LOG.log(System.Logger.Level.WARNING, () -> String.format("No glyph for U+%04X (%s) in %s%s%s; drawn as a"
                    + " placeholder", codePoint, new String(Character.toChars(codePoint)), file,
                    latin == null ? "" : " or " + latin.file,
                    others == null || others.openedFiles().isEmpty() ? "" : " or " + others.openedFiles()));
        }
    }

    /**
     * The characters drawn as a placeholder so far in this process because no font had them, in
     * code-point order: a command reports them once after writing its PDFs.
     */
    public static java.util.SortedSet<Integer> placeholdersDrawn() {
        return new java.util.TreeSet<>(PLACEHOLDERS);
    }

    /** Whether this font lacks some of the Latin letters, digits and signs plans are written with. */
    public boolean lacksLatin() {
        for (int i = 0; i < LATIN_PROBE.length(); i++) {
            if (!own.canShowItself(LATIN_PROBE.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * This font with {@code latinFont} for the characters it lacks; the result owns both and closes
     * both (this object is not to be used or closed any more).
     */
    public EmbeddableFont withLatin(EmbeddableFont latinFont) {
        if (latin != null) {
            throw new IllegalStateException("already has a font for Latin text: " + latin.file);
        }
        return new EmbeddableFont(file, source, font, family, own, latinFont, others);
    }

    /**
     * This font with the Chinese fonts in {@code files} (listed and opened only when a character is
     * missing) for the characters neither it nor its Latin font has; the result owns them all.
     */
    public EmbeddableFont withOtherChineseFonts(java.util.function.Supplier<List<Path>> files) {
        if (others != null) {
            throw new IllegalStateException("already has other Chinese fonts: " + file);
        }
        return new EmbeddableFont(file, source, font, family, own, latin, new FallbackFonts(files));
    }

    /**
     * The font {@code codePoint} is drawn in: this one if it has it, else its Latin font, else the
     * first other Chinese font that has it; null if none has it.
     */
    EmbeddableFont fontFor(int codePoint) {
        return own.canShowItself(codePoint) ? this : standInFor(codePoint);
    }

    private EmbeddableFont standInFor(int codePoint) {
        if (latin != null && latin.own.canShowItself(codePoint)) {
            return latin;
        }
        return others == null ? null : others.fontFor(codePoint);
    }

    /** The other Chinese fonts opened so far for characters this one lacks. */
    public List<Path> otherFontsOpened() {
        return others == null ? List.of() : others.openedFiles();
    }

    /** Embeds the font (and the Latin one, when a character needs it) in {@code document} as subsets. */
    public EmbeddedFont embedIn(PDDocument document) throws IOException {
        return new EmbeddedFont(document, this);
    }

    PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    /** The second font, or null. */
    EmbeddableFont latin() {
        return latin;
    }

    /** Widths for laying out lines (of both fonts); usable after this font is closed. */
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
        try {
            source.close();
        } finally {
            try {
                if (latin != null) {
                    latin.close();
                }
            } finally {
                if (others != null) {
                    others.close();
                }
            }
        }
    }
}
