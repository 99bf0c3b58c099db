package org.luoshi.sheets.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.PageSetup;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.sheets.PlanSheets;
import org.luoshi.sheets.SheetOptions;
import org.luoshi.sheets.SheetPlans;
import org.luoshi.sheets.UnitSheets;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetRow;

/** Excel files written with POI and opened again with POI. */
class XlsxSheetWriterTest {
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
    void theTableHasItsRowsUnderAFrozenRepeatedHeaderWithWrappedText() throws IOException {
        Sheet sheet = UnitSheets.of(SheetPlans.shanxi(), "省市场监管局", OPTIONS);
        try (XSSFWorkbook wb = write(sheet)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("省市场监管局任务分工表");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo(SheetPlans.TITLE);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("文号：晋政办发〔2023〕1号");
            assertThat(texts(s.getRow(3))).containsExactly("序号", "任务内容", "本单位角色", "牵头单位", "完成时限", "进展情况", "备注");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(s.getLastRowNum()).isEqualTo(3 + sheet.rows().size());

            for (int i = 0; i < sheet.rows().size(); i++) {
                Row row = s.getRow(4 + i);
                if (sheet.rows().get(i) instanceof SheetRow.Entry e) {
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(Double.parseDouble(e.cells().get(0)));
                    assertThat(texts(row).subList(1, 7)).isEqualTo(e.cells().subList(1, 7));
                    assertThat(row.getCell(1).getCellStyle().getWrapText()).isTrue();
                    assertThat(row.getHeightInPoints()).isGreaterThan(14f);
                } else if (sheet.rows().get(i) instanceof SheetRow.Group g) {
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(g.text());
                    assertThat(s.getMergedRegions()).anyMatch(r -> r.getFirstRow() == row.getRowNum()
                            && r.getFirstColumn() == 0 && r.getLastColumn() == 6);
                }
            }
            // The 任务内容 column is the widest, as on paper.
            for (int c = 0; c < 7; c++) {
                assertThat(s.getColumnWidth(1)).isGreaterThanOrEqualTo(s.getColumnWidth(c));
            }
            assertThat(wb.getFontAt(s.getRow(4).getCell(1).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(s.getPrintSetup().getLandscape()).isFalse();
            assertThat(s.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsTextNeverAsAFormula() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://example.invalid\",\"点此查看\")", "+86 351 1234567",
                "-1+2", "@SUM(A1:A9)", "  =1+1", "＝CMD|' /C calc'!A0");
        Plan base = SheetPlans.many("省教育厅", hostile.size());
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            Task t = base.tasks().get(i);
            tasks.add(new Task(0, t.seq(), t.number(), null, null, hostile.get(i), t.assignments(), false,
                    t.deadlines(), List.of(), List.of(), null, t.seq()));
        }
        Plan plan = new Plan(0, null, "=1+1", "-2", null, null, "", List.of(), List.of(), tasks);
        try (XSSFWorkbook wb = write(PlanSheets.of(plan, OPTIONS))) {
            XSSFSheet s = wb.getSheetAt(0);
            List<String> written = new ArrayList<>();
            for (Row row : s) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && FormulaGuard.looksLikeFormula(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                    }
                }
            }
            for (int i = 0; i < hostile.size(); i++) {
                XSSFCell cell = s.getRow(4 + i).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                written.add(cell.getStringCellValue());
            }
            assertThat(written).isEqualTo(hostile);
            assertThat(s.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue(); // the title "=1+1"
            assertThat(s.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isFalse(); // 任务内容
        }
    }

    @Test
    void formulaLookalikesAreRecognised() {
        assertThat(FormulaGuard.looksLikeFormula("=A1")).isTrue();
        assertThat(FormulaGuard.looksLikeFormula("\t+1")).isTrue();
        assertThat(FormulaGuard.looksLikeFormula("@x")).isTrue();
        assertThat(FormulaGuard.looksLikeFormula("－1")).isTrue();
        assertThat(FormulaGuard.looksLikeFormula("2023年3月底前")).isFalse();
        assertThat(FormulaGuard.looksLikeFormula("a=b")).isFalse();
        assertThat(FormulaGuard.looksLikeFormula("")).isFalse();
    }

    @Test
    void theWholePlanPrintsLandscape() throws IOException {
        try (XSSFWorkbook wb = write(PlanSheets.of(SheetPlans.shanxi(), OPTIONS))) {
            assertThat(wb.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
            assertThat(wb.getSheetAt(0).getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(texts(wb.getSheetAt(0).getRow(3))).hasSize(8);
        }
    }

    private XSSFWorkbook write(Sheet sheet) throws IOException {
        Path file = dir.resolve("sheet.xlsx");
        new XlsxSheetWriter().write(sheet, PageSetup.a4(sheet.orientation()), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell c : row) {
            texts.add(c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
                    : c.getStringCellValue());
        }
        return texts;
    }
}
