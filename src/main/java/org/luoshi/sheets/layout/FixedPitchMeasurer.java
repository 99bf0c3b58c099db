package org.luoshi.sheets.layout;

import org.luoshi.paper.TextMeasurer;

/**
 * Metrics without a font: Chinese and other wide characters one em, the rest half an em. Good
 * enough to size spreadsheet rows, and predictable for layout tests.
 */
public final class FixedPitchMeasurer implements TextMeasurer {
    public static final FixedPitchMeasurer INSTANCE = new FixedPitchMeasurer();

    @Override
    public double advance(int codePoint) {
        return isWide(codePoint) ? 1.0 : 0.5;
    }

    /** CJK ideographs, full-width forms and CJK punctuation. */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD)
                || cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D || cp == 0x25A1;
    }
}
