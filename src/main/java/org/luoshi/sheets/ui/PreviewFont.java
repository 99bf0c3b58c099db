package org.luoshi.sheets.ui;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.luoshi.ui.CjkFonts;
import org.luoshi.paper.TextMeasurer;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.paper.pdf.EmbeddableFont;
import org.luoshi.paper.pdf.PdfFontException;

/**
 * The typeface the preview and the printer draw with, and its widths for the layout. Normally the
 * very font the PDF embeds, so that paper and PDF look the same; without one, the UI's CJK font
 * measured by JavaFX, and the reason PDF cannot be made is kept to tell the user.
 *
 * @param pdfProblem why PDF sheets cannot be made, or null if they can
 */
public record PreviewFont(String family, TextMeasurer measurer, String pdfProblem) {

    /** Finds the PDF font (file I/O: call off the FX thread), else falls back to JavaFX's fonts. */
    public static PreviewFont find() {
        try (EmbeddableFont font = CjkFontLocator.forThisSystem().open(CjkFontLocator.configured(null))) {
            // JavaFX knows system fonts by family; a font file chosen by the user is registered here.
            Font.loadFonts(font.file().toUri().toString(), 10);
            if (Font.getFamilies().contains(font.family())) {
                return new PreviewFont(font.family(), font.metrics(), null);
            }
            return fallback(null);
        } catch (PdfFontException e) {
            return fallback(e.getMessage());
        } catch (IOException e) {
            return fallback(e.getMessage());
        }
    }

    /** JavaFX's own measurements of the UI's Chinese font. */
    public static PreviewFont fallback(String pdfProblem) {
        String family = CjkFonts.pick(Font.getFamilies()).orElse(Font.getDefault().getFamily());
        return new PreviewFont(family, new FxTextMeasurer(family), pdfProblem);
    }

    /** Widths measured by JavaFX, one code point at a time, remembered. */
    static final class FxTextMeasurer implements TextMeasurer {
        private static final double SIZE = 100;
        private final Font font;
        private final Map<Integer, Double> advances = new HashMap<>();

        FxTextMeasurer(String family) {
            this.font = Font.font(family, SIZE);
        }

        @Override
        public synchronized double advance(int codePoint) {
            return advances.computeIfAbsent(codePoint, cp -> {
                Text t = new Text(new String(Character.toChars(cp)));
                t.setFont(font);
                return t.getLayoutBounds().getWidth() / SIZE;
            });
        }
    }
}
