package org.luoshi.importer.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.luoshi.importer.read.DocumentTable;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.read.TableCell;
import org.luoshi.importer.read.TableRow;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word notice whose 分工表 has a header the importer does not know (主要工作 / 推进主体 / 协同单位 /
 * 办结时间) and a 类别 merged down over two rows — the person has to say what the columns mean.
 */
public final class TablePlanDocx {
    public static final String[][] CELLS = {
        {"类别", "主要工作", "推进主体", "协同单位", "办结时间"},
        {"数字政府", "建设完善政务数据共享交换平台，推动数据按需共享。", "市数据局", "市发展改革委、市财政局", "2024年6月底前"},
        {"", "推进电子证照在政务服务中的应用。", "市数据局", "市公安局", "2024年12月底前"},
        {"营商环境", "开展营商环境评价，形成评价报告。", "市发展改革委", "各区人民政府", "长期坚持"},
    };

    private TablePlanDocx() {
    }

    /** The document as a reader that knows merged cells gives it: the notice's lines, then the table. */
    public static ImportedDocument document() {
        List<String> lines = new ArrayList<>(List.of("某市人民政府办公室关于印发2024年重点工作推进清单的通知", "某政办发〔2024〕9号",
                "现将推进清单印发给你们，请认真贯彻执行。", "某市人民政府办公室", "2024年2月1日"));
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < CELLS.length; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < CELLS[r].length; c++) {
                cells.add(r == 2 && c == 0 ? TableCell.coveredFromAbove() : TableCell.of(CELLS[r][c]));
            }
            rows.add(new TableRow(lines.size(), lines.size(), cells));
            lines.add(String.join("\t", CELLS[r]));
        }
        return new ImportedDocument("推进清单.docx", "Word", String.join("\n", lines) + "\n",
                List.of(new DocumentTable("", rows)));
    }

    public static Path write(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("某市人民政府办公室关于印发2024年重点工作推进清单的通知");
            doc.createParagraph().createRun().setText("某政办发〔2024〕9号");
            doc.createParagraph().createRun().setText("现将推进清单印发给你们，请认真贯彻执行。");
            doc.createParagraph().createRun().setText("某市人民政府办公室");
            doc.createParagraph().createRun().setText("2024年2月1日");
            XWPFTable table = doc.createTable(CELLS.length, CELLS[0].length);
            for (int r = 0; r < CELLS.length; r++) {
                for (int c = 0; c < CELLS[r].length; c++) {
                    table.getRow(r).getCell(c).setText(CELLS[r][c]);
                }
            }
            vMerge(table.getRow(1).getCell(0), STMerge.RESTART);
            vMerge(table.getRow(2).getCell(0), STMerge.CONTINUE);
            doc.write(out);
        }
        return file;
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
        pr.addNewTcW().setW(BigInteger.valueOf(1200));
    }
}
