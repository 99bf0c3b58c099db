package org.luoshi.report.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.paper.PageSetup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The bulletin as a Word document in the layout of official documents (GB/T 9704): A4 with margins
 * 37/35/28/26 mm; the 版头 — 督查通报 in red 小标宋, 第N期, the issuing office on the left and the date on
 * the right above a red line; the title in 方正小标宋简体 2号 (22 pt); the body in 仿宋_GB2312 3号 (16 pt)
 * at 28.95-point lines with 黑体 一、 headings and 楷体 （一） headings; tables in 4号-ish 仿宋; each
 * attachment on a new page; page numbers "— 1 —" at the foot.
 *
 * <p>Fonts are named as offices name them (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体) in the runs' eastAsia
 * slot, and the document's font table gives each an alternate name (仿宋, 楷体, 宋体) with the GB2312
 * character set and family, which Word and WPS fall back to where the font is not installed.
 */
public final class BulletinDocx {
    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String FONT_TABLE_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String LATIN = "Times New Roman";
    private static final String RED = "E60012";
    static final String BODY = "LuoshiBody";
    static final String HEADING = "LuoshiHeading1";
    static final String SUBHEADING = "LuoshiHeading2";
    static final String TABLE = "LuoshiTable";
    static final String TABLE_CENTRED = "LuoshiTableCentred";
    static final String TABLE_HEAD = "LuoshiTableHead";

    private BulletinDocx() {
    }

    public static void write(Bulletin b, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            fontTable(doc);
            styles(doc);
            masthead(doc, b.masthead());
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(twips(BulletinWords.LINE));
            title.setSpacingAfter(twips(BulletinWords.LINE));
            exact(title, BulletinWords.TITLE_SIZE * 1.5);
            run(title, b.title(), BulletinWords.TITLE_FONT, BulletinWords.TITLE_SIZE, false, null);
            for (Bulletin.Block block : b.blocks()) {
                block(doc, block);
            }
            for (Bulletin.Annex a : b.annexes()) {
                XWPFParagraph label = doc.createParagraph();
                label.setStyle(HEADING);
                label.setPageBreak(true);
                label.setIndentationFirstLine(0);
                label.createRun().setText(SafeText.text(a.label()));
                XWPFParagraph t = doc.createParagraph();
                t.setAlignment(ParagraphAlignment.CENTER);
                t.setSpacingAfter(twips(BulletinWords.LINE / 2));
                exact(t, BulletinWords.TITLE_SIZE * 1.5);
                run(t, a.title(), BulletinWords.TITLE_FONT, BulletinWords.TITLE_SIZE, false, null);
                table(doc, a.table());
            }
            footer(doc);
            doc.getProperties().getCoreProperties().setTitle(SafeText.line(b.title()));
            doc.getProperties().getCoreProperties().setCreator("落实");
            AtomicFiles.stream(target, doc::write);
        }
    }

    private static void block(XWPFDocument doc, Bulletin.Block block) {
        if (block instanceof Bulletin.Table t) {
            table(doc, t);
            return;
        }
        String text;
        String font;
        if (block instanceof Bulletin.Heading h) {
            text = h.text();
            font = BulletinWords.HEADING_FONT;
        } else if (block instanceof Bulletin.Subheading h) {
            text = h.text();
            font = BulletinWords.SUBHEADING_FONT;
        } else {
            text = ((Bulletin.Paragraph) block).text();
            font = BulletinWords.BODY_FONT;
        }
        // A line break in the text starts a new paragraph (a break inside a justified one would spread its line).
        String style = font.equals(BulletinWords.HEADING_FONT) ? HEADING
                : font.equals(BulletinWords.SUBHEADING_FONT) ? SUBHEADING : BODY;
        for (String line : text.split("\n", -1)) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            p.createRun().setText(SafeText.text(line.strip()));
        }
    }

    private static void exact(XWPFParagraph p, double points) {
        p.setSpacingBetween(points, LineSpacingRule.EXACT);
    }

    private static void masthead(XWPFDocument doc, Bulletin.Masthead m) {
        XWPFParagraph name = doc.createParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        name.setSpacingBefore(twips(BulletinWords.LINE));
        name.setSpacingAfter(twips(BulletinWords.LINE / 2));
        exact(name, BulletinWords.MASTHEAD_SIZE * 1.3);
        XWPFRun r = run(name, m.name(), BulletinWords.TITLE_FONT, BulletinWords.MASTHEAD_SIZE, false, RED);
        r.setCharacterSpacing(twips(6));
        XWPFParagraph issue = doc.createParagraph();
        issue.setAlignment(ParagraphAlignment.CENTER);
        exact(issue, BulletinWords.LINE);
        run(issue, m.issue(), BulletinWords.BODY_FONT, BulletinWords.BODY_SIZE, false, null);
        // Office on the left, date against the right margin (a right tab stop), above the red line.
        XWPFParagraph line = doc.createParagraph();
        line.setAlignment(ParagraphAlignment.LEFT);
        exact(line, BulletinWords.LINE);
        line.setSpacingAfter(twips(4));
        CTTabStop tab = line.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(twips(contentWidth())));
        run(line, m.office(), BulletinWords.BODY_FONT, BulletinWords.BODY_SIZE, false, null);
        line.createRun().addTab();
        run(line, BulletinWords.date(m.date()), BulletinWords.BODY_FONT, BulletinWords.BODY_SIZE, false, null);
        CTBorder bottom = line.getCTP().getPPr().addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(18)); // eighths of a point: 2.25 pt
        bottom.setSpace(BigInteger.valueOf(4));
        bottom.setColor(RED);
    }

    private static void table(XWPFDocument doc, Bulletin.Table t) {
        int cols = t.headers().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips(contentWidth())));
        double total = t.widths().stream().mapToDouble(Double::doubleValue).sum();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(contentWidth() * t.widths().get(c) / total)));
        }
        boolean[] centred = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            centred[c] = t.widths().get(c) / total < 0.12;
        }
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                if (r == 0) {
                    cell.setWidth(String.valueOf(twips(contentWidth() * t.widths().get(c) / total)));
                    cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(r == 0 ? TABLE_HEAD : centred[c] ? TABLE_CENTRED : TABLE);
                String text = r == 0 ? t.headers().get(c) : t.rows().get(r - 1).get(c);
                p.createRun().setText(SafeText.text(text));
            }
        }
    }

    /** A run in {@code chinese} (eastAsia; hinted so that Word uses it for Chinese punctuation too). */
    static XWPFRun run(XWPFParagraph p, String text, String chinese, double size, boolean bold, String colour) {
        XWPFRun r = p.createRun();
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(chinese, XWPFRun.FontCharRange.eastAsia);
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        (pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts()).setHint(STHint.EAST_ASIA);
        r.setFontSize(size);
        r.setBold(bold);
        if (colour != null) {
            r.setColor(colour);
        }
        String[] lines = SafeText.text(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    /**
     * The paragraph styles the body and the tables use (so that a run carries only its text, and the
     * office can restyle the document in Word): 通报正文 (仿宋_GB2312 3号, 28.95-point lines, first line
     * indented two characters, justified), 通报一级标题 (黑体), 通报二级标题 (楷体_GB2312), 通报表格 and
     * 通报表头 (仿宋 / 黑体 at 12 points).
     */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style(BODY, "通报正文", BulletinWords.BODY_FONT, BulletinWords.BODY_SIZE, true,
                BulletinWords.LINE, STJc.BOTH));
        styles.addStyle(style(HEADING, "通报一级标题", BulletinWords.HEADING_FONT, BulletinWords.BODY_SIZE, true,
                BulletinWords.LINE, STJc.BOTH));
        styles.addStyle(style(SUBHEADING, "通报二级标题", BulletinWords.SUBHEADING_FONT, BulletinWords.BODY_SIZE, true,
                BulletinWords.LINE, STJc.BOTH));
        styles.addStyle(style(TABLE, "通报表格", BulletinWords.BODY_FONT, BulletinWords.TABLE_SIZE, false, 0,
                STJc.LEFT));
        styles.addStyle(style(TABLE_CENTRED, "通报表格居中", BulletinWords.BODY_FONT, BulletinWords.TABLE_SIZE, false,
                0, STJc.CENTER));
        styles.addStyle(style(TABLE_HEAD, "通报表头", BulletinWords.HEADING_FONT, BulletinWords.TABLE_SIZE, false, 0,
                STJc.CENTER));
    }

    private static XWPFStyle style(String id, String name, String font, double size, boolean indent, double line,
            STJc.Enum jc) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        if (line > 0) {
            spacing.setLine(BigInteger.valueOf(twips(line)));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        }
        if (indent) {
            p.addNewInd().setFirstLine(BigInteger.valueOf(twips(size * 2)));
        }
        p.addNewJc().setVal(jc);
        CTRPr r = s.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setEastAsia(font);
        f.setHint(STHint.EAST_ASIA);
        r.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        r.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        return new XWPFStyle(s);
    }

    private static void page(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(PageSetup.A4_WIDTH)));
        size.setH(BigInteger.valueOf(twips(PageSetup.A4_HEIGHT)));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(twips(PageSetup.mm(BulletinWords.TOP_MM))));
        mar.setBottom(BigInteger.valueOf(twips(PageSetup.mm(BulletinWords.BOTTOM_MM))));
        mar.setLeft(BigInteger.valueOf(twips(PageSetup.mm(BulletinWords.LEFT_MM))));
        mar.setRight(BigInteger.valueOf(twips(PageSetup.mm(BulletinWords.RIGHT_MM))));
        mar.setHeader(BigInteger.valueOf(twips(PageSetup.mm(15))));
        mar.setFooter(BigInteger.valueOf(twips(PageSetup.mm(20))));
    }

    static double contentWidth() {
        return PageSetup.A4_WIDTH - PageSetup.mm(BulletinWords.LEFT_MM) - PageSetup.mm(BulletinWords.RIGHT_MM);
    }

    /** "— 1 —" in 宋体 4号, centred (GB/T 9704 puts it outside; centred reads the same on both sides). */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", BulletinWords.PAGE_NUMBER_SIZE, false, null);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", "宋体", BulletinWords.PAGE_NUMBER_SIZE, false, null);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", "宋体", BulletinWords.PAGE_NUMBER_SIZE, false, null);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", "宋体", BulletinWords.PAGE_NUMBER_SIZE, false, null);
    }

    /**
     * The font table: the fonts the runs name, each with the alternate name, character set (86:
     * GB2312) and family that Word and WPS use to substitute a font that is not installed.
     */
    private static void fontTable(XWPFDocument doc) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                %s</w:fonts>
                """.formatted(
                font(BulletinWords.BODY_FONT, BulletinWords.BODY_FALLBACK, "02010609030101010101", "modern", "fixed")
                + font(BulletinWords.SUBHEADING_FONT, BulletinWords.SUBHEADING_FALLBACK, "02010609030101010101",
                        "modern", "fixed")
                + font(BulletinWords.TITLE_FONT, BulletinWords.TITLE_FALLBACK, "02000000000000000000", "auto",
                        "variable")
                + font(BulletinWords.HEADING_FONT, "SimHei", "02010609060101010101", "modern", "fixed")
                + font("宋体", "SimSun", "02010600030101010101", "auto", "variable")
                + font(BulletinWords.BODY_FALLBACK, "FangSong", "02010609060101010101", "modern", "fixed")
                + font(BulletinWords.SUBHEADING_FALLBACK, "KaiTi", "02010609060101010101", "modern", "fixed")
                + font(LATIN, null, "02020603050405020304", "roman", "variable"));
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, FONT_TABLE_TYPE);
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_REL);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static String font(String name, String alt, String panose, String family, String pitch) {
        boolean chinese = name.codePoints().anyMatch(c -> c > 0x2E80);
        return "<w:font w:name=\"" + name + "\">"
                + (alt == null ? "" : "<w:altName w:val=\"" + alt + "\"/>")
                + "<w:panose1 w:val=\"" + panose + "\"/>"
                + "<w:charset w:val=\"" + (chinese ? "86" : "00") + "\"/>"
                + "<w:family w:val=\"" + family + "\"/>"
                + "<w:pitch w:val=\"" + pitch + "\"/>"
                + "</w:font>\n";
    }

    static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    /** For tests: the table of fonts this writer names. */
    static List<String> fontsNamed() {
        return List.of(BulletinWords.BODY_FONT, BulletinWords.SUBHEADING_FONT, BulletinWords.TITLE_FONT,
                BulletinWords.HEADING_FONT);
    }
}
