package org.luoshi.paper.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.luoshi.paper.TextMeasurer;

/**
 * The advance widths of a TrueType font, looked up once per character from the font's cmap and
 * hmtx tables, which fontbox holds in memory once read: lines measure fast, from any thread, also
 * after the font file is closed. A character the font lacks is measured in the font it is drawn in
 * instead, if there is one ({@link Fallback}: the Latin font beside a Chinese font without Latin
 * letters, then any other installed Chinese font that has it).
 */
public final class GlyphMetrics implements TextMeasurer {
    private static final int BMP = 0x10000;
    private static final float MISSING = -1;

    private final CmapLookup cmap;
    private final HorizontalMetricsTable hmtx;
    private final float unitsPerEm;
    private final Fallback fallback;
    /** Advance in em per BMP code point; NaN until looked up, MISSING where the font has no glyph. */
    private final float[] bmp;
    /** The same for the few characters beyond the BMP (CJK extensions) a plan may use. */
    private final Map<Integer, Float> beyond;

    /** For a character a font lacks: the metrics of the font it is drawn in instead, or null if none has it. */
    @FunctionalInterface
    interface Fallback {
        GlyphMetrics metricsFor(int codePoint);
    }

    private GlyphMetrics(CmapLookup cmap, HorizontalMetricsTable hmtx, float unitsPerEm, Fallback fallback,
            float[] bmp, Map<Integer, Float> beyond) {
        this.cmap = cmap;
        this.hmtx = hmtx;
        this.unitsPerEm = unitsPerEm;
        this.fallback = fallback;
        this.bmp = bmp;
        this.beyond = beyond;
    }

    static GlyphMetrics read(TrueTypeFont font) throws IOException {
        float[] bmp = new float[BMP];
        Arrays.fill(bmp, Float.NaN);
        return new GlyphMetrics(font.getUnicodeCmapLookup(false), font.getHorizontalMetrics(), font.getUnitsPerEm(),
                null, bmp, new ConcurrentHashMap<>());
    }

    /** These metrics, with {@code other} finding the font of each character this font lacks. */
    GlyphMetrics withFallback(Fallback other) {
        return new GlyphMetrics(cmap, hmtx, unitsPerEm, other, bmp, beyond);
    }

    private float lookup(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return MISSING;
        }
        if (cp >= BMP) {
            return beyond.computeIfAbsent(cp, this::read);
        }
        float a = bmp[cp];
        if (Float.isNaN(a)) {
            // Two threads may look the same character up; both write the same value.
            a = read(cp);
            bmp[cp] = a;
        }
        return a;
    }

    private float read(int cp) {
        int gid = cmap.getGlyphId(cp);
        return gid == 0 ? MISSING : hmtx.getAdvanceWidth(gid) / unitsPerEm;
    }

    /** Whether the font itself, not its fallback, has {@code codePoint}. */
    boolean canShowItself(int codePoint) {
        return lookup(codePoint) != MISSING;
    }

    /** The metrics of the font {@code codePoint} is drawn in when this font lacks it, or null. */
    private GlyphMetrics standIn(int codePoint) {
        return fallback == null ? null : fallback.metricsFor(codePoint);
    }

    /** Whether {@code codePoint} is drawn in a fallback font. */
    boolean fromFallback(int codePoint) {
        return !canShowItself(codePoint) && standIn(codePoint) != null;
    }

    @Override
    public double advance(int codePoint) {
        float a = lookup(codePoint);
        if (a != MISSING) {
            return a;
        }
        GlyphMetrics other = standIn(codePoint);
        return other != null ? other.advance(codePoint) : 1.0;
    }

    /**
     * {@inheritDoc} Each character no font has is noted ({@link EmbeddableFont#placeholdersDrawn}):
     * layouts replace them here, before the PDF is written, so a command can report them once.
     */
    @Override
    public String showable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isISOControl(cp) && !canShow(cp)) {
                EmbeddableFont.notePlaceholder(cp, null);
            }
        }
        return TextMeasurer.super.showable(text);
    }

    @Override
    public boolean canShow(int codePoint) {
        return canShowItself(codePoint) || fromFallback(codePoint);
    }
}
