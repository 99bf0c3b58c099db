package org.luoshi.timeline.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Text;
import org.luoshi.paper.ui.FxPainter;
import org.luoshi.timeline.TextMeasure;

/**
 * Widths of characters in the canvas font, measured once each and kept: the layout asks for
 * thousands per frame. Chinese characters all have one width in a CJK font, so one measure serves them.
 */
final class FxTextMeasure implements TextMeasure {
    private final FxPainter painter;
    private final Text probe = new Text();
    private final Map<Long, Double> widths = new HashMap<>();

    FxTextMeasure(FxPainter painter) {
        this.painter = painter;
    }

    /** Forget what was measured (the font changed). */
    void clear() {
        widths.clear();
    }

    @Override
    public double charWidth(char c, double size, boolean bold) {
        char key = c >= 0x4E00 && c <= 0x9FFF ? '中' : c;
        long k = (long) key << 33 | (Float.floatToIntBits((float) size) & 0xFFFFFFFFL) << 1 | (bold ? 1 : 0);
        Double w = widths.get(k);
        if (w == null) {
            probe.setFont(painter.font(size, bold));
            probe.setText(String.valueOf(key));
            w = probe.getLayoutBounds().getWidth();
            widths.put(k, w);
        }
        return w;
    }
}
