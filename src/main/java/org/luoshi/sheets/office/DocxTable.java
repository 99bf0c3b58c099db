package org.luoshi.sheets.office;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.sheets.layout.Align;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetColumn;
import org.luoshi.sheets.layout.SheetRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The sheet's table as a real Word table: fixed column widths, a header row that Word repeats on
 * every page, rows Word does not break across pages, headings merged across the row.
 */
public final class DocxTable {
    private static final String HEADER_FILL = "D9D9D9";
    private static final String GROUP_FILL = "F0F0F0";

    private DocxTable() {
    }

    public static XWPFTable add(XWPFDocument doc, Sheet sheet, double[] widths) {
        int n = widths.length;
        XWPFTable table = doc.createTable(1, n);
        layout(table, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        List<SheetColumn> columns = sheet.columns();
        for (int c = 0; c < n; c++) {
            XWPFTableCell cell = header.getCell(c);
            width(cell, widths[c]);
            cell.setColor(HEADER_FILL);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            text(cell, columns.get(c).header(), ParagraphAlignment.CENTER, true);
        }
        for (SheetRow row : sheet.rows()) {
            XWPFTableRow r = table.createRow();
            r.setCantSplitRow(true);
            if (row instanceof SheetRow.Entry e) {
                for (int c = 0; c < n; c++) {
                    XWPFTableCell cell = r.getCell(c);
                    width(cell, widths[c]);
                    cell.setColor("FFFFFF");
                    ParagraphAlignment a = columns.get(c).align() == Align.CENTER ? ParagraphAlignment.CENTER
                            : ParagraphAlignment.LEFT;
                    text(cell, e.cells().get(c), a, false);
                }
            } else if (row instanceof SheetRow.Group g) {
                for (int c = n - 1; c > 0; c--) {
                    r.removeCell(c);
                }
                XWPFTableCell cell = r.getCell(0);
                width(cell, sum(widths));
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                pr.addNewGridSpan().setVal(BigInteger.valueOf(n));
                cell.setColor(GROUP_FILL);
                text(cell, g.text(), ParagraphAlignment.LEFT, true);
            }
        }
        return table;
    }

    private static void layout(XWPFTable table, double[] widths) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(DocxText.twips(sum(widths))));
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblLayoutType type = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        type.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(DocxText.twips(w)));
        }
        table.setCellMargins(40, 80, 40, 80);
    }

    private static void width(XWPFTableCell cell, double points) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(DocxText.twips(points)));
    }

    /** The cell's text, one paragraph per line. */
    private static void text(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            DocxText.tight(p, alignment);
            DocxText.run(p, lines[i], OfficeFonts.SONG, OfficeFonts.TABLE_SIZE, bold);
        }
    }

    private static double sum(double[] widths) {
        double s = 0;
        for (double w : widths) {
            s += w;
        }
        return s;
    }
}
