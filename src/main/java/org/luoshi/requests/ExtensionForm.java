package org.luoshi.requests;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.plan.Task;
import org.luoshi.sheets.office.DocxPage;
import org.luoshi.sheets.office.DocxText;
import org.luoshi.sheets.office.OfficeFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The 延期审批单 of one extension request as a Word document (A4 portrait): a two-column table of 申请单位,
 * 任务, 原定时限, 申请延期至, 申请日期, 理由, 目前进展 and 审批意见, with lines to sign (签字) and date (日期) for the
 * unit and for the approving leader. A decided request prints its decision and opinion; a pending one leaves
 * them blank for the leader to write in.
 */
public final class ExtensionForm {
    /** The form's title. */
    public static final String TITLE = "延期审批单";

    private ExtensionForm() {
    }

    /** The rows of the form: label, value (pure, so that tests and other painters read the same). */
    public static String[][] rows(TaskRequest r, Task task, String planTitle) {
        String what = r.milestoneId() == 0 ? "" : "（节点：" + (r.milestoneLabel().isEmpty() ? FormDates.of(r.originalDate())
                : r.milestoneLabel()) + "）";
        String decision = r.pending() ? "" : r.stateWord() + (r.opinion().isEmpty() ? "" : "。" + r.opinion());
        return new String[][] {
            {"申请单位", r.unit()},
            {"所属方案", planTitle == null ? "" : planTitle},
            {"任务", task.label() + "．" + task.text() + what},
            {"原定时限", FormDates.of(r.originalDate())},
            {"申请延期至", FormDates.of(r.requestedDate())},
            {"申请日期", FormDates.of(r.requestedOn()) + (r.late() ? "（逾期后申请）" : "")},
            {"理由", r.reason()},
            {"目前进展", r.progress()},
            {"审批意见", decision},
        };
    }

    /**
     * The form as a sheet of the paper stack (the same fields, then the signature lines as rows), for PDF through
     * the task sheets' PDF writer: A4 portrait, the header row 项目 | 内容.
     */
    public static org.luoshi.sheets.layout.Sheet sheet(TaskRequest r, Task task, String planTitle) {
        java.util.List<org.luoshi.sheets.layout.SheetRow> rows = new java.util.ArrayList<>();
        for (String[] row : rows(r, task, planTitle)) {
            rows.add(new org.luoshi.sheets.layout.SheetRow.Entry(java.util.List.of(row[0], row[1])));
        }
        rows.add(new org.luoshi.sheets.layout.SheetRow.Entry(java.util.List.of("申请单位负责人（签字）",
                "　　　　　　　　　　　　日期：　　　　年　　月　　日")));
        rows.add(new org.luoshi.sheets.layout.SheetRow.Entry(java.util.List.of("审批领导（签字）",
                "　　　　　　　　　　　　日期：　　　　年　　月　　日")));
        return new org.luoshi.sheets.layout.Sheet(new org.luoshi.sheets.layout.SheetHeading(TITLE,
                "编号：延〔" + r.requestedOn().getYear() + "〕" + r.id() + "号", "申请单位：" + r.unit(),
                "申请日期：" + FormDates.of(r.requestedOn())),
                java.util.List.of(org.luoshi.sheets.layout.SheetColumn.weighted("项目", 22),
                        org.luoshi.sheets.layout.SheetColumn.weighted("内容", 78)),
                rows, Orientation.PORTRAIT);
    }

    public static void write(TaskRequest r, Task task, String planTitle, Path target) throws IOException {
        PageSetup page = PageSetup.a4(Orientation.PORTRAIT);
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxPage.setUp(doc, page, "第 {0} 页 共 {1} 页");
            XWPFParagraph title = doc.createParagraph();
            DocxText.tight(title, ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            DocxText.run(title, TITLE, OfficeFonts.SONG, OfficeFonts.TITLE_SIZE, true);
            XWPFParagraph number = doc.createParagraph();
            DocxText.tight(number, ParagraphAlignment.RIGHT);
            number.setSpacingAfter(120);
            DocxText.run(number, "编号：延〔" + r.requestedOn().getYear() + "〕" + r.id() + "号", OfficeFonts.FANGSONG,
                    OfficeFonts.META_SIZE, false);

            String[][] rows = rows(r, task, planTitle);
            XWPFTable table = doc.createTable(rows.length, 2);
            CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                    : table.getCTTbl().getTblPr().addNewTblW();
            width.setType(STTblWidth.DXA);
            long total = DocxText.twips(page.contentWidth());
            width.setW(BigInteger.valueOf(total));
            for (int i = 0; i < rows.length; i++) {
                XWPFTableRow row = table.getRow(i);
                boolean tall = rows[i][0].equals("理由") || rows[i][0].equals("目前进展") || rows[i][0].equals("审批意见");
                row.setHeight((int) (tall ? 1700 : 560));
                row.getCtRow().getTrPr().getTrHeightArray(0).setHRule(
                        org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule.AT_LEAST);
                cell(row.getCell(0), rows[i][0], true, total * 22 / 100, ParagraphAlignment.CENTER);
                cell(row.getCell(1), rows[i][1], false, total * 78 / 100, ParagraphAlignment.LEFT);
            }
            signature(doc, "申请单位负责人（签字）：");
            signature(doc, "审批领导（签字）：");
            doc.getProperties().getCoreProperties().setTitle(SafeText.line(TITLE + "（" + r.unit() + "）"));
            doc.getProperties().getCoreProperties().setCreator("落实");
            AtomicFiles.stream(target, doc::write);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean label, long widthTwips, ParagraphAlignment align) {
        cell.setWidth(String.valueOf(widthTwips));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        DocxText.tight(p, align);
        String[] lines = SafeText.line(text).isEmpty() ? new String[] {""} : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p = cell.addParagraph();
                DocxText.tight(p, align);
            }
            DocxText.run(p, SafeText.line(lines[i]), label ? OfficeFonts.SONG : OfficeFonts.FANGSONG,
                    OfficeFonts.META_SIZE, label);
        }
    }

    private static void signature(XWPFDocument doc, String who) {
        XWPFParagraph p = doc.createParagraph();
        DocxText.tight(p, ParagraphAlignment.LEFT);
        p.setSpacingBefore(480);
        DocxText.run(p, who + "＿＿＿＿＿＿＿＿　　　日期：　　　　年　　月　　日", OfficeFonts.FANGSONG,
                OfficeFonts.META_SIZE, false);
    }
}
