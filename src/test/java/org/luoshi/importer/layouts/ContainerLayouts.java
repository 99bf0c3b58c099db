package org.luoshi.importer.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A 分工表 in the containers offices pass it around in: Word (merged cells as vMerge), Excel (merged regions, a title
 * row above the header, a second sheet of notes) and PDF printed by LibreOffice from the Word file.
 */
final class ContainerLayouts {
    /** A4 in twentieths of a point, and the width a table gets inside 2.5 cm margins. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1418;

    private ContainerLayouts() {
    }

    /** The grid as a Word file: title paragraphs, then the table; blank merged cells continue the cell above (vMerge). */
    static Path docx(Grid g, Path file, boolean landscape) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("附件");
            doc.createParagraph().createRun().setText(g.title() + "任务分工表");
            if (g.note() != null) {
                doc.createParagraph().createRun().setText(g.note());
            }
            int pageWidth = landscape ? A4_LONG : A4_SHORT;
            int[] widths = columnWidths(g, pageWidth - 2 * MARGIN);
            XWPFTable table = doc.createTable(g.rows().size() + 1, g.header().size());
            for (int c = 0; c < g.header().size(); c++) {
                cell(table.getRow(0).getCell(c), g.header().get(c), widths[c]);
            }
            for (int r = 0; r < g.rows().size(); r++) {
                for (int c = 0; c < g.header().size(); c++) {
                    XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                    cell(cell, g.rows().get(r).get(c), widths[c]);
                    if (g.merged().contains(c) && g.span(r, c) > 1) {
                        properties(cell).addNewVMerge().setVal(STMerge.RESTART);
                    } else if (g.merged().contains(c) && g.rows().get(r).get(c).isEmpty() && r > 0) {
                        properties(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                    }
                }
            }
            CTPageSz size = doc.getDocument().getBody().addNewSectPr().addNewPgSz();
            size.setW(BigInteger.valueOf(pageWidth));
            size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            doc.write(out);
        }
        return file;
    }

    private static void cell(XWPFTableCell cell, String text, int width) {
        cell.setText(text);
        properties(cell).addNewTcW().setW(BigInteger.valueOf(width));
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** The task column gets half the width, the others share the rest. */
    private static int[] columnWidths(Grid g, int total) {
        int n = g.header().size();
        int[] widths = new int[n];
        int task = g.column(Grid.TASK) >= 0 ? g.column(Grid.TASK) : 0;
        for (int c = 0; c < n; c++) {
            String h = g.header().get(c);
            widths[c] = c == task ? total / 2 : h.equals(Grid.NUMBER) ? total / 16 : (total / 2 - total / 16) / Math.max(1, n - 2);
        }
        return widths;
    }

    /**
     * The grid as an Excel workbook: a title row merged across above the header, merged regions where a column's cell
     * spans rows, and a second sheet 说明 of notes before the table's sheet.
     */
    static Path xlsx(Grid g, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本表由办公室汇总，请各单位按时报送进展。");
            Sheet sheet = wb.createSheet("任务分工");
            sheet.createRow(0).createCell(0).setCellValue(g.title() + "任务分工表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, g.header().size() - 1));
            int first = 1;
            if (g.note() != null) {
                sheet.createRow(1).createCell(0).setCellValue(g.note());
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, g.header().size() - 1));
                first = 2;
            }
            Row header = sheet.createRow(first);
            for (int c = 0; c < g.header().size(); c++) {
                header.createCell(c).setCellValue(g.header().get(c));
            }
            for (int r = 0; r < g.rows().size(); r++) {
                Row row = sheet.createRow(first + 1 + r);
                for (int c = 0; c < g.header().size(); c++) {
                    String cell = g.rows().get(r).get(c);
                    if (!cell.isEmpty()) {
                        row.createCell(c).setCellValue(cell);
                    }
                    int span = g.span(r, c);
                    if (span > 1 && !cell.isEmpty()) {
                        sheet.addMergedRegion(new CellRangeAddress(first + 1 + r, first + r + span, c, c));
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** Whether LibreOffice can be run to print PDF files here. */
    static boolean canPrintPdf() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Word files printed to PDF by LibreOffice ({@code soffice --headless --convert-to pdf}), all in one run, into
     * {@code folder}; gives the PDF files in the same order.
     */
    static List<Path> pdf(List<Path> docx, Path folder) throws IOException {
        List<String> command = new ArrayList<>(List.of("soffice", "--headless",
                "-env:UserInstallation=file://" + folder.resolve("lo-profile").toAbsolutePath(), "--convert-to", "pdf",
                "--outdir", folder.toString()));
        docx.forEach(d -> command.add(d.toString()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroy();
                throw new IOException("LibreOffice did not print the PDF files");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        List<Path> pdfs = new ArrayList<>();
        for (Path d : docx) {
            String name = d.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
            Path pdf = folder.resolve(name);
            if (!Files.exists(pdf)) {
                throw new IOException("LibreOffice printed no " + name);
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
