package org.luoshi.rounds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPermStart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtDropDownList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtListItem;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STEdGrp;
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
 * Content controls were not chosen for the identity: LibreOffice turns them into its own fields on
 * import and several WPS versions flatten them on save; custom XML parts and document variables
 * are dropped by some of them.
 *
 * <p><b>Locked, with the fillable cells open.</b> The document is protected without a password as
 * "read only" ({@code w:documentProtection w:edit="readOnly" w:enforcement="1"}) with an editing
 * exception for everyone ({@code w:permStart w:edGrp="everyone"} … {@code w:permEnd}) around each
 * fillable cell's content (本期进展, 存在问题, 下步打算, 完成进度, 是否完成) and the footer's blanks.
 * That is what Word's "Restrict Editing → No changes, Exceptions: Everyone" and WPS's 限制编辑 →
 * 只读 + 例外项 write themselves, so both enforce it as their own: the task cells cannot be typed
 * over, the exceptions are highlighted and can hold free text over several lines (a unit writes
 * paragraphs of progress). The alternative, "filling in forms" protection, only lets legacy form
 * fields be edited — one line of plain text each, awkward for paragraphs, and WPS and LibreOffice
 * handle their length and line breaks differently. LibreOffice keeps both the protection and the
 * permission ranges when it saves .docx (its own editing is not held back by them; a changed task
 * cell is still found by the row's fingerprint). Against accidents, not people: there is no password.
 *
 * <p><b>是否完成</b> is a drop-down content control ({@code w:sdt} with {@code w:dropDownList} 是 / 否,
 * showing the placeholder 请选择 until a value is chosen); 完成进度 is checked on reading (a whole number
 * 0–100), since Word has no validation of typed text.
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
            columns.add(SheetColumn.weighted(FormLayout.HEADERS[c], FormLayout.DOCX_WEIGHTS[c]));
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
            int[] ranges = {0}; // each editing exception needs its own id
            r = 1;
            for (UnitForm.Group g : form.groups()) {
                r++;
                for (int i = 0; i < g.rows().size(); i++) {
                    XWPFTableRow x = table.getRow(r++);
                    for (int c = FormLayout.COL_PROGRESS; c <= FormLayout.COL_DONE; c++) {
                        fillable(x.getCell(c).getParagraphs().get(0), c == FormLayout.COL_DONE, ranges);
                    }
                }
            }
            footer(doc, FormWords.REPORTER, FormWords.PHONE, ranges);
            footer(doc, FormWords.HEAD, FormWords.REPORT_DATE, ranges);
            doc.enforceReadonlyProtection(); // no password: against accidents, not people
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

    private static void footer(XWPFDocument doc, String left, String right, int[] ranges) {
        XWPFParagraph p = doc.createParagraph();
        DocxText.tight(p, ParagraphAlignment.LEFT);
        p.setSpacingBefore(240);
        DocxText.run(p, left, OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false);
        open(p, ranges, () -> DocxText.run(p, "　　　　　　　　　　　　", OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false));
        DocxText.run(p, right, OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false);
        open(p, ranges, () -> DocxText.run(p, "　　　　　　", OfficeFonts.FANGSONG, OfficeFonts.META_SIZE, false));
    }

    /** Wraps what {@code content} adds to {@code p} in an editing exception for everyone; {@code ranges[0]} counts them. */
    private static void open(XWPFParagraph p, int[] ranges, Runnable content) {
        int id = ++ranges[0];
        CTPermStart start = p.getCTP().addNewPermStart();
        start.setId(String.valueOf(id));
        start.setEdGrp(STEdGrp.EVERYONE);
        content.run();
        p.getCTP().addNewPermEnd().setId(String.valueOf(id));
    }

    /** A fillable cell: open to editing; 是否完成 a drop-down of 是 / 否. */
    private static void fillable(XWPFParagraph p, boolean done, int[] ranges) {
        open(p, ranges, () -> {
            if (done) {
                dropDown(p);
            } else {
                p.createRun().setText("");
            }
        });
    }

    private static void dropDown(XWPFParagraph p) {
        CTSdtRun sdt = p.getCTP().addNewSdt();
        CTSdtPr pr = sdt.addNewSdtPr();
        pr.addNewAlias().setVal(FormWords.DONE);
        pr.addNewTag().setVal(DONE_TAG);
        pr.addNewShowingPlcHdr();
        CTSdtDropDownList list = pr.addNewDropDownList();
        for (String v : new String[] {FormWords.YES, FormWords.NO}) {
            CTSdtListItem item = list.addNewListItem();
            item.setDisplayText(v);
            item.setValue(v);
        }
        CTR run = sdt.addNewSdtContent().addNewR();
        run.addNewRPr().addNewColor().setVal("808080");
        run.addNewT().setStringValue(FormWords.CHOOSE);
    }

    /** The tag of the 是否完成 drop-downs. */
    static final String DONE_TAG = "luoshi-done";
}
