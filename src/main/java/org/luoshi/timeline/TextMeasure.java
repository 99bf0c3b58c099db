package org.luoshi.timeline;

/**
 * Widths of text for the layout: whether a label fits, where a long task name is cut. The screen
 * measures its font; paper measures the embedded font; tests use {@link #APPROXIMATE}.
 */
@FunctionalInterface
public interface TextMeasure {

    /** Width of {@code c} at {@code size}. */
    double charWidth(char c, double size, boolean bold);

    default double width(CharSequence text, double size, boolean bold) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += charWidth(text.charAt(i), size, bold);
        }
        return w;
    }

    /**
     * {@code text} cut to fit {@code max} with an ellipsis, or whole if it fits; "" if not even the
     * ellipsis fits.
     */
    default String fit(String text, double max, double size, boolean bold) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += charWidth(text.charAt(i), size, bold);
            if (w > max) {
                double ellipsis = charWidth('…', size, bold);
                double kept = w - charWidth(text.charAt(i), size, bold);
                int end = i;
                while (end > 0 && kept + ellipsis > max) {
                    end--;
                    kept -= charWidth(text.charAt(end), size, bold);
                }
                return ellipsis > max ? "" : text.substring(0, end) + "…";
            }
        }
        return text;
    }

    /** Chinese characters and full-width punctuation one em, Latin letters and digits about half. */
    TextMeasure APPROXIMATE = (c, size, bold) -> {
        double em;
        if (c >= 0x2E80 || c == '…') {
            em = 1.0;
        } else if (c == ' ') {
            em = 0.3;
        } else if (c >= 'A' && c <= 'Z') {
            em = 0.65;
        } else {
            em = 0.55;
        }
        return em * size * (bold ? 1.05 : 1.0);
    };
}
