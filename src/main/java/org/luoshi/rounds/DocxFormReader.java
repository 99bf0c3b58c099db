package org.luoshi.rounds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a returned .docx form (see {@link DocxForm}): the identity from its hidden paragraph, each
 * task row by the hidden mark in its first cell, the filled cells as text, the footer's 填报人 and
 * 联系电话. Opened read-only; anything else is {@link ReturnedForm.NotAForm}.
 */
public final class DocxFormReader {
    private static final Pattern MARK = Pattern.compile(Pattern.quote(DocxForm.MARK_OPEN) + "(t\\d{1,18})"
            + Pattern.quote(DocxForm.MARK_CLOSE));

    private DocxFormReader() {
    }

    public static ReturnedForm read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return new ReturnedForm.NotAForm(file, "notAFile");
            }
            if (Files.size(file) > XlsxFormReader.MAX_BYTES) {
                return new ReturnedForm.NotAForm(file, "tooLarge");
            }
            if (!XlsxFormReader.zip(file)) {
                return new ReturnedForm.NotAForm(file, "notWord");
            }
        } catch (IOException e) {
            return new ReturnedForm.NotAForm(file, "unreadable");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            return new ReturnedForm.NotAForm(file, "notWord");
        }
        try (XWPFDocument doc = new XWPFDocument(pkg)) {
            return read(file, doc);
        } catch (Exception e) {
            return new ReturnedForm.NotAForm(file, "notWord");
        } finally {
            pkg.revert();
        }
    }

    static ReturnedForm read(Path file, XWPFDocument doc) {
        String line = null;
        XWPFTable table = null;
        String reporter = "";
        String phone = "";
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                String t = p.getText().strip();
                if (t.startsWith(FormLayout.MAGIC + "|") && line == null) {
                    line = t;
                } else if (t.startsWith(FormWords.REPORTER)) {
                    String rest = t.substring(FormWords.REPORTER.length());
                    int at = rest.indexOf(FormWords.PHONE);
                    reporter = (at < 0 ? rest : rest.substring(0, at)).strip();
                    phone = at < 0 ? "" : rest.substring(at + FormWords.PHONE.length()).strip();
                }
            } else if (e instanceof XWPFTable t && table == null && !t.getRows().isEmpty()
                    && cell(t.getRow(0), 0).equals(FormWords.SEQ)) {
                table = t;
            }
        }
        if (line == null) {
            return new ReturnedForm.NotAForm(file, "notAForm");
        }
        IdentityLine.Read read = IdentityLine.parse(line);
        if (read == null) {
            return new ReturnedForm.NotAForm(file, "notAForm");
        }
        if (!read.version().equals(String.valueOf(FormIdentity.VERSION))) {
            return new ReturnedForm.NotAForm(file, "newerForm");
        }
        FormIdentity identity = read.identity();
        List<ReturnedForm.FilledRow> rows = new ArrayList<>();
        if (table != null) {
            for (int r = 1; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                if (row.getTableCells().size() < FormLayout.COL_KEY) {
                    continue; // a group's heading
                }
                String first = cell(row, 0);
                Matcher m = MARK.matcher(first);
                String key = m.find() ? m.group(1) : "";
                List<String> locked = new ArrayList<>();
                locked.add(MARK.matcher(first).replaceAll("").strip());
                for (int c = 1; c <= FormLayout.COL_LAST; c++) {
                    locked.add(cell(row, c));
                }
                ReturnedForm.FilledRow filled = new ReturnedForm.FilledRow(r + 1, key, locked,
                        cell(row, FormLayout.COL_PROGRESS), cell(row, FormLayout.COL_PROBLEMS),
                        cell(row, FormLayout.COL_NEXT), cell(row, FormLayout.COL_PERCENT), done(cell(row, FormLayout.COL_DONE)));
                if (!key.isEmpty() || !filled.blank()) {
                    rows.add(filled);
                }
            }
        }
        return new ReturnedForm.Filled(file, identity, read.checksum(), rows, reporter, phone, false);
    }

    /** 是否完成 without the drop-down's placeholder (请选择), which stays in the cell until a value is chosen. */
    static String done(String text) {
        return text.replace(FormWords.CHOOSE, "").strip();
    }

    private static String cell(XWPFTableRow row, int c) {
        XWPFTableCell cell = row.getCell(c);
        return cell == null ? "" : cell.getText().strip();
    }
}
