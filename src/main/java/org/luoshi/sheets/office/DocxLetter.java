package org.luoshi.sheets.office;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.luoshi.files.AtomicFiles;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;

/**
 * A notice set as Chinese official letters are (公文-like, after GB/T 9704): A4 portrait, a title in a
 * Song face, the body in 仿宋 三号 (16 pt) at 1.5 lines with a two-character first-line indent, the
 * signature and date on the right, a page footer. Shared by the 催报 notice of rounds and the
 * 督办 / 催办 notices. Text is made safe by {@link DocxText}.
 */
public final class DocxLetter {
    /** 三号: the body size of notices. */
    public static final double BODY = 16;
    /** 二号: the title size. */
    public static final double TITLE = 22;
    /** The fonts of official documents, each with the font every Chinese Windows has in its place. */
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";

    private final XWPFDocument doc;

    private DocxLetter(XWPFDocument doc) {
        this.doc = doc;
    }

    /** A new letter on A4 portrait with {@code footerPattern} ("第 {0} 页 共 {1} 页"). */
    public static DocxLetter create(XWPFDocument doc, String footerPattern) throws IOException {
        DocxPage.setUp(doc, PageSetup.a4(Orientation.PORTRAIT), footerPattern);
        DocxFontTable.declare(doc, java.util.Map.of(TITLE_FONT, OfficeFonts.SONG, BODY_FONT, OfficeFonts.FANGSONG,
                OfficeFonts.SONG, "SimSun", OfficeFonts.FANGSONG, "FangSong"));
        return new DocxLetter(doc);
    }

    public XWPFDocument document() {
        return doc;
    }

    /** The title, centred, bold. */
    public XWPFParagraph title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(400);
        DocxText.run(p, text, TITLE_FONT, TITLE, true);
        return p;
    }

    /** A line at {@code alignment}, no indent (the number, the addressees). */
    public XWPFParagraph line(String text, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(1.5);
        DocxText.run(p, text, BODY_FONT, BODY, false);
        return p;
    }

    /** A body paragraph, justified, first line indented by two characters. */
    public XWPFParagraph paragraph(String text) {
        XWPFParagraph p = line(text, ParagraphAlignment.BOTH);
        p.setIndentationFirstLine((int) DocxText.twips(BODY * 2));
        return p;
    }

    /** A body paragraph whose first words (小标题: "办理时限：") are bold. */
    public XWPFParagraph labelled(String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBetween(1.5);
        p.setIndentationFirstLine((int) DocxText.twips(BODY * 2));
        DocxText.run(p, label, BODY_FONT, BODY, true);
        DocxText.run(p, text, BODY_FONT, BODY, false);
        return p;
    }

    /** The signature or the date, on the right. */
    public XWPFParagraph signature(String text) {
        return line(text, ParagraphAlignment.RIGHT);
    }

    /** Sets the title and author of the file and writes it whole or not at all. */
    public void write(String title, Path target) throws IOException {
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("落实");
        AtomicFiles.stream(target, doc::write);
    }
}
