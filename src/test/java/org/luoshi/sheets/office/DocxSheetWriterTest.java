package org.luoshi.sheets.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.PlanSheets;
import org.luoshi.sheets.SheetOptions;
import org.luoshi.sheets.SheetPlans;
import org.luoshi.sheets.UnitSheets;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Word files written with POI and opened again with POI. */
class DocxSheetWriterTest {
    private static final SheetOptions OPTIONS = SheetOptions.standard(LocalDate.of(2023, 2, 1));

    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aUnitsSheetIsAWordTableWithTheRightRowsAndARepeatingHeader() throws IOException {
        Sheet sheet = UnitSheets.of(SheetPlans.shanxi(), "省市场监管局", OPTIONS);
        try (XWPFDocument doc = write(sheet)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("省市场监管局任务分工表", SheetPlans.TITLE,
                    "文号：晋政办发〔2023〕1号\t制表日期：2023年2月1日");
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(1 + sheet.rows().size());

            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("序号", "任务内容", "本单位角色", "牵头单位", "完成时限", "进展情况", "备注");
            assertThat(table.getRows()).allMatch(XWPFTableRow::isCantSplitRow);

            for (int i = 0; i < sheet.rows().size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                if (sheet.rows().get(i) instanceof SheetRow.Entry e) {
                    assertThat(row.getTableCells()).extracting(DocxSheetWriterTest::lines).isEqualTo(e.cells());
                } else if (sheet.rows().get(i) instanceof SheetRow.Group g) {
                    assertThat(row.getTableCells()).hasSize(1);
                    assertThat(row.getCell(0).getText()).isEqualTo(g.text());
                    assertThat(row.getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(7));
                }
            }
            assertThat(lines(table.getRow(4).getCell(4))).isEqualTo("2023年3月底前（2023年3月31日）\n6月底前（2023年6月30日）");
        }
    }

    @Test
    void chineseFontsAreNamedForWordAndWps() throws IOException {
        try (XWPFDocument doc = write(UnitSheets.of(SheetPlans.shanxi(), "省市场监管局", OPTIONS))) {
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(title.isBold()).isTrue();
            XWPFRun subtitle = doc.getParagraphs().get(1).getRuns().get(0);
            assertThat(subtitle.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        for (XWPFRun r : p.getRuns()) {
                            assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
                            assertThat(r.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
                        }
                    }
                }
            }
        }
    }

    @Test
    void theWholePlanIsLandscapeA4WithPageNumbersInTheFooter() throws IOException {
        Sheet sheet = PlanSheets.of(SheetPlans.shanxi(), OPTIONS);
        try (XWPFDocument doc = write(sheet)) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            // A4 is 11906 × 16838 twips; landscape lies on its long side.
            assertThat(((BigInteger) size.getW()).intValue()).isBetween(16836, 16840);
            assertThat(((BigInteger) size.getH()).intValue()).isBetween(11904, 11908);
            assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(doc.getTables().get(0).getRows()).hasSize(1 + sheet.rows().size());
            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("第 ").contains(" 页 共 ");
        }
    }

    private XWPFDocument write(Sheet sheet) throws IOException {
        Path file = dir.resolve("sheet.docx");
        new DocxSheetWriter().write(sheet, PageSetup.a4(sheet.orientation()), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
