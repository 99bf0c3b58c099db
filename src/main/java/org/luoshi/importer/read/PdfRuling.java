package org.luoshi.importer.read;

/**
 * A ruling line of a page (a table border), horizontal or vertical, in the coordinates of
 * {@link PdfGlyph}: from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}), x0 ≤ x1 and y0 ≤ y1.
 */
record PdfRuling(float x0, float y0, float x1, float y1) {
    /** Thicker than this is a shaded area, not a line. */
    static final float THIN = 2.5f;

    static PdfRuling of(float xa, float ya, float xb, float yb) {
        return new PdfRuling(Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb));
    }

    boolean horizontal() {
        return y1 - y0 <= THIN && x1 - x0 > 3 * THIN;
    }

    boolean vertical() {
        return x1 - x0 <= THIN && y1 - y0 > 3 * THIN;
    }

    float y() {
        return (y0 + y1) / 2;
    }

    float x() {
        return (x0 + x1) / 2;
    }
}
