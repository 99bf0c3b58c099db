package org.luoshi.notices;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.luoshi.sheets.office.DocxLetter;
import org.luoshi.sheets.office.DocxText;
import org.luoshi.sheets.office.OfficeFonts;

/**
 * A notice as a document: its words (pure, for the command line and the tests) and its .docx. In
 * Chinese whatever the interface language: title, number, addressees, basis, the tasks as a table
 * (序号, 任务内容, 责任单位, 完成时限, 最新进展), the time limit, what to report, the contact, the
 * signature and the day.
 */
public final class NoticeDocument {
    private static final String FOOTER = "第 {0} 页 共 {1} 页";

    /** One task as the notice lists it. */
    public record Item(String number, String text, String units, String deadline, String progress) {
    }

    private NoticeDocument() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 省审批服务管理局、省市场监管局： */
    public static String addressees(Notice n) {
        return String.join("、", n.recipients()) + "：";
    }

    /** The body's paragraphs before the table. */
    public static String opening(Notice n) {
        String basis = n.basis();
        String what = n.kind() == NoticeKind.SUPERVISE
                ? "下列任务未按期完成或进度滞后，现予以督办。请高度重视，认真研究，采取有力措施，确保按时完成。"
                : "下列任务尚未按要求办结或报送进展，现予以催办。请抓紧办理。";
        return (basis.isEmpty() ? "" : basis + (basis.endsWith("。") ? "" : "。")) + what;
    }

    public static String timeLimit(Notice n) {
        return n.timeLimit() == null ? "" : date(n.timeLimit()) + "前";
    }

    /** The text of the notice, as the command line prints it and a test reads it. */
    public static String text(Notice n, List<Item> items, String office) {
        List<String> lines = new ArrayList<>();
        lines.add(n.kind().title());
        lines.add(n.number());
        lines.add(addressees(n));
        lines.add(opening(n));
        int i = 1;
        for (Item item : items) {
            lines.add(i++ + ". " + (item.number().isEmpty() ? "" : "（第" + item.number() + "项）") + item.text()
                    + "（" + item.units() + "；" + item.deadline() + "）");
        }
        lines.add("办理时限：" + timeLimit(n));
        lines.add("报送要求：" + n.requirement());
        if (!n.contact().isEmpty()) {
            lines.add("联系人及电话：" + n.contact());
        }
        lines.add(office);
        lines.add(date(n.issuedOn()));
        return String.join("\n", lines) + "\n";
    }

    public static void writeDocx(Notice n, List<Item> items, String office, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxLetter letter = DocxLetter.create(doc, FOOTER);
            letter.title(n.kind().title());
            letter.line(n.number(), ParagraphAlignment.CENTER).setSpacingAfter(300);
            letter.line(addressees(n), ParagraphAlignment.LEFT);
            letter.paragraph(opening(n));
            table(doc, items);
            letter.labelled("办理时限：", timeLimit(n)).setSpacingBefore(240);
            letter.labelled("报送要求：", n.requirement());
            if (!n.contact().isEmpty()) {
                letter.labelled("联系人及电话：", n.contact());
            }
            doc.createParagraph();
            letter.signature(office);
            letter.signature(date(n.issuedOn()));
            letter.write(n.kind().title() + " " + n.number(), target);
        }
    }

    private static final String[] HEADERS = {"序号", "任务内容", "责任单位", "完成时限", "最新进展"};
    private static final int[] WIDTHS = {720, 3480, 1800, 1300, 1800}; // twentieths of a point, ~ A4 text width

    private static void table(XWPFDocument doc, List<Item> items) {
        XWPFTable t = doc.createTable(items.size() + 1, HEADERS.length);
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(String.valueOf(java.util.Arrays.stream(WIDTHS).sum()));
        for (int c = 0; c < HEADERS.length; c++) {
            cell(t.getRow(0).getCell(c), HEADERS[c], true, c);
        }
        for (int r = 0; r < items.size(); r++) {
            Item item = items.get(r);
            String[] values = {item.number().isEmpty() ? String.valueOf(r + 1) : item.number(), item.text(),
                    item.units(), item.deadline(), item.progress()};
            for (int c = 0; c < values.length; c++) {
                cell(t.getRow(r + 1).getCell(c), values[c], false, c);
            }
        }
        t.getRow(0).setRepeatHeader(true);
    }

    private static void cell(XWPFTableCell cell, String text, boolean header, int column) {
        cell.setWidth(String.valueOf(WIDTHS[column]));
        XWPFParagraph p = cell.getParagraphs().get(0);
        DocxText.tight(p, header || column == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        DocxText.run(p, text, header ? OfficeFonts.SONG : OfficeFonts.FANGSONG, 12, header);
    }
}
