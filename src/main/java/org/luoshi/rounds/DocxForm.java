package org.luoshi.rounds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.Align;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetColumn;
import org.luoshi.sheets.layout.SheetHeading;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.sheets.layout.SheetRow;
import org.luoshi.sheets.office.DocxPage;
import org.luoshi.sheets.office.DocxSheetWriter;
import org.luoshi.sheets.office.DocxTable;
import org.luoshi.sheets.office.DocxText;
import org.luoshi.sheets.office.OfficeFonts;

/**
 * A unit's form as a Word document, for offices that prefer Word: the same heading, rows and footer
 * as the .xlsx form, as a Word table written by the task sheets' {@link DocxTable} (header row
 * repeated on every page, A4 landscape).
 *
 * <p>The identity is <b>hidden text</b> (Word's "hidden" character property, {@code w:vanish}): one
 * paragraph under the heading holding the whole identity with its checksum, and each task row's
 * first cell ending in a hidden task mark ⟦t29⟧. Hidden text is ordinary document text with one
 * character property; Word, WPS and LibreOffice keep it when they save .docx (LibreOffice maps it to
 * its own "hidden" attribute and writes it back), and it travels with its row when rows are moved.
 * Content controls were not chosen: LibreOffice turns them into its own fields on import and
 * several WPS versions flatten them on save; custom XML parts and document variables are dropped by
 * some of them. A Word table cannot be locked cell by cell without a password-less "filling in
 * forms" protection that WPS and LibreOffice handle differently, so the .docx form is not
 * protected: a changed task cell is still found by the fingerprint of the row's locked cells.
 */
public final class DocxForm {
    static final String MARK_OPEN = "⟦";
    static final String MARK_CLOSE = "⟧";

    private DocxForm() {
    }

    public static void write(UnitForm form, Path target) throws IOException {
        PageSetup page = PageSetup.a4(Orientation.LANDSCAPE);
        List<SheetColumn> columns = new ArrayList<>();
        for (int c = 0; c < FormLayout.COL_KEY; c++) {
            columns.add(SheetColumn.weighted(FormLayout.HEADERS[c], FormLayout.WIDTHS[c]));
        }
        List<SheetRow> rows = new ArrayList<>();
        for (UnitForm.Group g : form.groups()) {
            rows.add(new SheetRow.Group(FormWords.group(g.role())));
            for (UnitForm.Row r : g.rows()) {
                List<String> cells = new ArrayList<>(r.lockedCells());
                while (cells.size() < FormLayout.COL_KEY) {
                    cells.add("");
                }
                rows.add(new SheetRow.Entry(cells));
            }
        }
        SheetHeading heading = new SheetHeading(form.planTitle() + " 任务进展情况填报表", form.docNumber(),
                "填报单位：" + form.unit() + "　　报送期次：" + form.period(),
                "报送截止：" + FormWords.date(form.due()) + (form.contact().isEmpty() ? "" : "　　联系人：" + form.contact()));
        Sheet sheet = new Sheet(heading, columns, rows, Orientation.LANDSCAPE);
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxPage.setUp(doc, page, FormWords.PAGE_FOOTER);
            DocxSheetWriter.heading(doc, heading, page.contentWidth());
            XWPFParagraph id = doc.createParagraph();
            hidden(id.createRun(), IdentityLine.format(form.identity()));
            XWPFTable table = DocxTable.add(doc, sheet, SheetLayouter.columnWidths(columns, page.contentWidth()));
            int r = 1;
            for (UnitForm.Group g : form.groups()) {
                r++; // the group's row
                for (UnitForm.Row row : g.rows()) {
                    XWPFTableRow x = table.getRow(r++);
                    XWPFParagraph first = x.getCell(0).getParagraphs().get(0);
                    hidden(first.createRun(), MARK_OPEN + FormLayout.key(row.taskId()) + MARK_CLOSE);
                }
            }
            footer(doc, FormWords.REPORTER, FormWords.PHONE);
            footer(doc, FormWords.HEAD, FormWords.REPORT_DATE);
            doc.getProperties().getCoreProperties().setTitle(SafeText.line(FormWords.SHEET + "（" + form.unit() + "）"));
            doc.getProperties().getCoreProperties().setCreator("落实");
            AtomicFiles.stream(target, doc::write);
        }
    }

    private static void hidden(XWPFRun run, String text) {
        run.setText(text);
        run.setVanish(true);
        run.setFontSize(6);
    }

    private static void footer(XWPFDocument doc, String left, String right) {
        XWPFParagraph p = doc.createParagraph();
        DocxText.tight(p, ParagraphAlignment.LEFT);
        p.setSpacingBefore(240);
        DocxText.run(p, left + "　　　　　　　　　　　　", OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false);
        DocxText.run(p, right, OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false);
    }
}
