package org.luoshi.importer.read;

/**
 * One character PDFBox placed on a page, in points from the page's top left corner: {@code x} its
 * left edge, {@code y} its baseline (text goes downwards as y grows).
 */
record PdfGlyph(String text, float x, float y, float width, float height) {
    PdfGlyph {
        height = Math.max(height, 1f);
    }

    float right() {
        return x + width;
    }

    float centre() {
        return x + width / 2;
    }

    float top() {
        return y - height;
    }
}
