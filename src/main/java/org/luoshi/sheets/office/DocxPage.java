package org.luoshi.sheets.office;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Paper, margins and the "第 1 页 共 3 页" footer of a Word sheet. */
public final class DocxPage {
    private static final char PAGE = '\u0001';
    private static final char PAGES = '\u0002';

    private DocxPage() {
    }

    public static void setUp(XWPFDocument doc, PageSetup page) {
        setUp(doc, page, DocumentTexts.get("sheets.page.footer", String.valueOf(PAGE), String.valueOf(PAGES)));
    }

    /**
     * As {@link #setUp(XWPFDocument, PageSetup)}, with the footer's words given in the document's
     * language rather than the interface's: {@code {0}} the page, {@code {1}} the number of pages
     * ("第 {0} 页 共 {1} 页").
     */
    public static void setUp(XWPFDocument doc, PageSetup page, String footerPattern) {
        setUpPage(doc, page);
        footer(doc, footerPattern.replace("{0}", String.valueOf(PAGE)).replace("{1}", String.valueOf(PAGES)));
    }

    private static void setUpPage(XWPFDocument doc, PageSetup page) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(DocxText.twips(page.width())));
        size.setH(BigInteger.valueOf(DocxText.twips(page.height())));
        size.setOrient(page.orientation() == Orientation.LANDSCAPE ? STPageOrientation.LANDSCAPE
                : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(DocxText.twips(page.margins().top())));
        mar.setBottom(BigInteger.valueOf(DocxText.twips(page.margins().bottom())));
        mar.setLeft(BigInteger.valueOf(DocxText.twips(page.margins().left())));
        mar.setRight(BigInteger.valueOf(DocxText.twips(page.margins().right())));
        mar.setHeader(BigInteger.valueOf(DocxText.twips(page.margins().top() / 2)));
        mar.setFooter(BigInteger.valueOf(DocxText.twips(page.margins().bottom() / 2)));
    }

    /** The footer's words with Word's PAGE and NUMPAGES fields where the numbers go. */
    private static void footer(XWPFDocument doc, String pattern) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        DocxText.tight(p, ParagraphAlignment.CENTER);
        StringBuilder text = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == PAGE || c == PAGES) {
                if (text.length() > 0) {
                    DocxText.run(p, text.toString(), OfficeFonts.SONG, OfficeFonts.FOOTER_SIZE, false);
                    text.setLength(0);
                }
                field(p, c == PAGE ? "PAGE" : "NUMPAGES");
            } else {
                text.append(c);
            }
        }
        if (text.length() > 0) {
            DocxText.run(p, text.toString(), OfficeFonts.SONG, OfficeFonts.FOOTER_SIZE, false);
        }
    }

    private static void field(XWPFParagraph p, String instruction) {
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        DocxText.fonts(instr, OfficeFonts.SONG, OfficeFonts.FOOTER_SIZE, false);
        instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        XWPFRun separate = p.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        // Shown until Word or WPS updates the field.
        DocxText.run(p, "1", OfficeFonts.SONG, OfficeFonts.FOOTER_SIZE, false);
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
