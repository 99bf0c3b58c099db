package org.luoshi.sheets.font;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.luoshi.sheets.layout.TextMeasurer;

/**
 * The advance widths of a TrueType font, looked up once per character from the font's cmap and
 * hmtx tables, which fontbox holds in memory once read: lines measure fast, from any thread, also
 * after the font file is closed.
 */
public final class GlyphMetrics implements TextMeasurer {
    private static final int BMP = 0x10000;
    private static final float MISSING = -1;

    private final CmapLookup cmap;
    private final HorizontalMetricsTable hmtx;
    private final float unitsPerEm;
    /** Advance in em per BMP code point; NaN until looked up, MISSING where the font has no glyph. */
    private final float[] bmp = new float[BMP];
    /** The same for the few characters beyond the BMP (CJK extensions) a plan may use. */
    private final Map<Integer, Float> beyond = new ConcurrentHashMap<>();

    private GlyphMetrics(CmapLookup cmap, HorizontalMetricsTable hmtx, float unitsPerEm) {
        this.cmap = cmap;
        this.hmtx = hmtx;
        this.unitsPerEm = unitsPerEm;
        Arrays.fill(bmp, Float.NaN);
    }

    static GlyphMetrics read(TrueTypeFont font) throws IOException {
        return new GlyphMetrics(font.getUnicodeCmapLookup(false), font.getHorizontalMetrics(), font.getUnitsPerEm());
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

    @Override
    public double advance(int codePoint) {
        float a = lookup(codePoint);
        return a == MISSING ? 1.0 : a;
    }

    @Override
    public boolean canShow(int codePoint) {
        return lookup(codePoint) != MISSING;
    }
}
