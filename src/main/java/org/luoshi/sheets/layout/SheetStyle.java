package org.luoshi.sheets.layout;

/**
 * Type sizes and spacing of a printed sheet, in points. One style serves every output so that a
 * printed page and a PDF page look the same.
 *
 * @param lineSpacing line height as a multiple of the type size
 * @param padX        space between a cell's border and its text, left and right
 * @param padY        the same, above and below
 */
public record SheetStyle(
        double titleSize,
        double subtitleSize,
        double metaSize,
        double headerSize,
        double bodySize,
        double footerSize,
        double lineSpacing,
        double padX,
        double padY,
        double ruleWidth,
        double frameWidth) {

    public static final SheetStyle STANDARD = new SheetStyle(16, 10.5, 9.5, 9.5, 9, 8.5, 1.45, 3, 3, 0.5, 0.9);

    public double lineHeight(double size) {
        return size * lineSpacing;
    }

    /** Distance from the top of a line box to the text's baseline. */
    public double baselineOffset(double size) {
        return (lineHeight(size) - size) / 2 + size * 0.86;
    }
}
