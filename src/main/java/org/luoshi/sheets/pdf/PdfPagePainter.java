package org.luoshi.sheets.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.Rule;
import org.luoshi.sheets.layout.Shade;
import org.luoshi.sheets.layout.TextRun;

/**
 * Paints one laid-out page into a PDF content stream as vector graphics and real text. The layout
 * counts y downwards from the top; PDF counts upwards from the bottom, hence {@code height - y}.
 */
final class PdfPagePainter {
    /** Outline drawn around the glyphs of bold text: the CJK fonts that embed have no bold face. */
    static final float BOLD_STROKE = 0.35f;

    private PdfPagePainter() {
    }

    static void paint(PDPageContentStream cs, LaidOutPage page, PDFont font) throws IOException {
        float h = (float) page.height();
        for (Shade s : page.shades()) {
            cs.setNonStrokingColor((float) s.gray());
            cs.addRect((float) s.x(), (float) (h - s.y() - s.height()), (float) s.width(), (float) s.height());
            cs.fill();
        }
        cs.setNonStrokingColor(0f);
        cs.setStrokingColor(0f);
        double width = -1;
        boolean open = false;
        for (Rule r : page.rules()) {
            if (r.width() != width) {
                if (open) {
                    cs.stroke();
                }
                width = r.width();
                cs.setLineWidth((float) width);
            }
            cs.moveTo((float) r.x1(), (float) (h - r.y1()));
            cs.lineTo((float) r.x2(), (float) (h - r.y2()));
            open = true;
        }
        if (open) {
            cs.stroke();
        }
        cs.setLineWidth(BOLD_STROKE);
        cs.beginText();
        double size = -1;
        Boolean bold = null;
        for (TextRun t : page.texts()) {
            if (t.size() != size) {
                size = t.size();
                cs.setFont(font, (float) size);
            }
            if (bold == null || bold != t.bold()) {
                bold = t.bold();
                cs.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            }
            cs.setTextMatrix(Matrix.getTranslateInstance((float) t.x(), (float) (h - t.baseline())));
            cs.showText(t.text());
        }
        cs.endText();
    }
}
