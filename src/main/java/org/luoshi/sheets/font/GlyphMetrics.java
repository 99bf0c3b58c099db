package org.luoshi.sheets.font;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.luoshi.sheets.layout.TextMeasurer;

/**
 * The advance widths of a TrueType font for the Basic Multilingual Plane and the CJK extension
 * planes, read once into memory: lines measure fast, from any thread, after the font file is closed.
 */
public final class GlyphMetrics implements TextMeasurer {
    /** Code points up to U+2FFFF: BMP plus CJK Extensions B–F on plane 2. */
    private static final int LIMIT = 0x30000;

    /** Advance in em per code point; negative where the font has no glyph. */
    private final float[] advance;

    private GlyphMetrics(float[] advance) {
        this.advance = advance;
    }

    static GlyphMetrics read(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        HorizontalMetricsTable hmtx = font.getHorizontalMetrics();
        float unitsPerEm = font.getUnitsPerEm();
        float[] advance = new float[LIMIT];
        for (int cp = 0; cp < LIMIT; cp++) {
            int gid = cp >= 0xD800 && cp <= 0xDFFF ? 0 : cmap.getGlyphId(cp);
            advance[cp] = gid == 0 ? -1 : hmtx.getAdvanceWidth(gid) / unitsPerEm;
        }
        return new GlyphMetrics(advance);
    }

    @Override
    public double advance(int codePoint) {
        if (codePoint >= 0 && codePoint < LIMIT && advance[codePoint] >= 0) {
            return advance[codePoint];
        }
        return 1.0;
    }

    @Override
    public boolean canShow(int codePoint) {
        return codePoint >= 0 && codePoint < LIMIT && advance[codePoint] >= 0;
    }
}
