package org.luoshi.sheets.office;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.luoshi.files.SafeText;

/**
 * Runs with their Chinese and Latin fonts named, and paragraphs without extra spacing. Every run's
 * text is {@link SafeText safe}: a control character would make the document's XML ill-formed.
 */
public final class DocxText {
    private DocxText() {
    }

    public static XWPFRun run(XWPFParagraph p, String text, String chineseFont, double size, boolean bold) {
        XWPFRun r = p.createRun();
        fonts(r, chineseFont, size, bold);
        r.setText(SafeText.text(text));
        return r;
    }

    static void fonts(XWPFRun r, String chineseFont, double size, boolean bold) {
        r.setFontFamily(OfficeFonts.LATIN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(OfficeFonts.LATIN, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(chineseFont, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }

    public static void tight(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
    }

    public static long twips(double points) {
        return Math.round(points * 20);
    }
}
