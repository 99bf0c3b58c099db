package org.luoshi.history;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.sheets.office.XlsxSheetWriter;
import org.luoshi.sheets.office.XlsxStyles;

/**
 * A task's or a plan's history as a table to keep or hand on: 时间, 操作人, 任务, 操作, 项目, 原值, 新值,
 * newest first; as .csv (UTF-8 with a byte-order mark, so that Excel and WPS read the Chinese) or as
 * .xlsx. Chinese headers whatever the interface language. Written whole or not at all.
 */
public final class HistoryExport {
    public static final List<String> HEADERS = List.of("时间", "操作人", "任务", "操作", "项目", "原值", "新值");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryExport() {
    }

    public static boolean isXlsx(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** The cells of one line, in the order of {@link #HEADERS}. */
    public static List<String> cells(TaskHistoryLine l) {
        return List.of(l.at().format(TIME), l.person(), l.entry().task(), l.action(), l.entry().field(),
                l.entry().before(), l.entry().after());
    }

    public static void csv(List<TaskHistoryLine> lines, Path target) throws IOException {
        AtomicFiles.stream(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            row(w, HEADERS);
            for (TaskHistoryLine l : lines) {
                row(w, cells(l));
            }
            w.flush();
        });
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is kept as text. */
    static String csvCell(String value) {
        String v = SafeText.text(value == null ? "" : value);
        if (!v.isEmpty() && "=+-@＝＋－＠".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public static void xlsx(List<TaskHistoryLine> lines, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            XSSFSheet sheet = wb.createSheet("修改记录");
            int[] widths = {20, 10, 8, 30, 12, 40, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                XlsxSheetWriter.text(header.createCell(c), HEADERS.get(c), styles, XlsxStyles.Kind.HEADER);
            }
            int r = 1;
            for (TaskHistoryLine l : lines) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(l);
                for (int c = 0; c < cells.size(); c++) {
                    XlsxSheetWriter.text(row.createCell(c), cells.get(c), styles, XlsxStyles.Kind.BODY);
                }
            }
            sheet.createFreezePane(0, 1);
            AtomicFiles.stream(target, wb::write);
        }
    }
}
