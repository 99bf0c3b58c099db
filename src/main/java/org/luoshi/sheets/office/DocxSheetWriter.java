package org.luoshi.sheets.office;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetHeading;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.sheets.output.SheetWriter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Sheets as Word documents (.docx) that stay editable: title, plan title and 文号 / 制表日期 line,
 * then a Word table with its header row repeated on every page, in 宋体 / 仿宋 so that Word and WPS
 * show it as intended. Word does its own page breaking; the column widths are the PDF's.
 */
public final class DocxSheetWriter implements SheetWriter {

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(Sheet sheet, PageSetup page, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxPage.setUp(doc, page);
            heading(doc, sheet.heading(), page.contentWidth());
            DocxTable.add(doc, sheet, SheetLayouter.columnWidths(sheet.columns(), page.contentWidth()));
            doc.getProperties().getCoreProperties().setTitle(SafeText.line(sheet.heading().title()));
            doc.getProperties().getCoreProperties().setCreator(DocumentTexts.get("app.title"));
            AtomicFiles.stream(target, doc::write);
        }
    }

    public static void heading(XWPFDocument doc, SheetHeading h, double width) {
        XWPFParagraph title = doc.createParagraph();
        DocxText.tight(title, ParagraphAlignment.CENTER);
        DocxText.run(title, h.title(), OfficeFonts.SONG, OfficeFonts.TITLE_SIZE, true);
        if (!h.subtitle().isBlank()) {
            XWPFParagraph sub = doc.createParagraph();
            DocxText.tight(sub, ParagraphAlignment.CENTER);
            sub.setSpacingBefore(60);
            DocxText.run(sub, h.subtitle(), OfficeFonts.FANGSONG, OfficeFonts.SUBTITLE_SIZE, false);
        }
        // 文号 on the left, 制表日期 against the right margin through a right tab stop.
        XWPFParagraph meta = doc.createParagraph();
        DocxText.tight(meta, ParagraphAlignment.LEFT);
        meta.setSpacingBefore(120);
        meta.setSpacingAfter(120);
        CTTabStop tab = meta.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(java.math.BigInteger.valueOf(DocxText.twips(width)));
        DocxText.run(meta, h.metaLeft(), OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false);
        if (!h.metaRight().isBlank()) {
            DocxText.run(meta, "", OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false).addTab();
            DocxText.run(meta, h.metaRight(), OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false);
        }
    }
}
