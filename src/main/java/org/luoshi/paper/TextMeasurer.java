package org.luoshi.paper;

/**
 * Widths of text in one typeface, so that lines can be broken before anything is painted. The
 * layout uses the metrics of the font the PDF embeds and the printer draws with, so both look alike.
 */
public interface TextMeasurer {

    /** Advance width of {@code codePoint} as a fraction of the font size (1.0 = one em). */
    double advance(int codePoint);

    /** Whether the typeface has a glyph for {@code codePoint}. */
    default boolean canShow(int codePoint) {
        return true;
    }

    /** Width of {@code text} at {@code size} points. */
    default double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += advance(cp);
            i += Character.charCount(cp);
        }
        return em * size;
    }

    /**
     * {@code text} with every character the typeface cannot show replaced (by □ where it can show
     * that, else ?), tabs made spaces and other control characters dropped; line breaks stay.
     */
    default String showable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (cp == '\t') {
                replacement = " ";
            } else if (cp == '\r') {
                replacement = "";
            } else if (cp != '\n' && (Character.isISOControl(cp) || !canShow(cp))) {
                replacement = Character.isISOControl(cp) ? "" : canShow('□') ? "□" : "?";
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }
}
