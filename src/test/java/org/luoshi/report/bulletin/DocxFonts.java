package org.luoshi.report.bulletin;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/** The Chinese font and size a paragraph's text is set in, as Word resolves them: the run's own, else its style's. */
final class DocxFonts {
    private DocxFonts() {
    }

    static String eastAsia(XWPFDocument doc, XWPFParagraph p) {
        XWPFRun r = p.getRuns().stream().filter(x -> !x.text().isEmpty()).findFirst().orElseThrow();
        String own = r.getFontFamily(XWPFRun.FontCharRange.eastAsia);
        if (own != null) {
            return own;
        }
        XWPFStyle s = doc.getStyles().getStyle(p.getStyleID());
        return s == null ? null : s.getCTStyle().getRPr().getRFontsArray(0).getEastAsia();
    }

    static Double size(XWPFDocument doc, XWPFParagraph p) {
        XWPFRun r = p.getRuns().stream().filter(x -> !x.text().isEmpty()).findFirst().orElseThrow();
        Double own = r.getFontSizeAsDouble();
        if (own != null) {
            return own;
        }
        XWPFStyle s = doc.getStyles().getStyle(p.getStyleID());
        return s == null ? null : ((java.math.BigInteger) s.getCTStyle().getRPr().getSzArray(0).getVal()).intValue() / 2.0;
    }

    static String ascii(XWPFDocument doc, XWPFParagraph p) {
        XWPFRun r = p.getRuns().stream().filter(x -> !x.text().isEmpty()).findFirst().orElseThrow();
        String own = r.getFontFamily(XWPFRun.FontCharRange.ascii);
        if (own != null) {
            return own;
        }
        return doc.getStyles().getStyle(p.getStyleID()).getCTStyle().getRPr().getRFontsArray(0).getAscii();
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + start));
    }
}
