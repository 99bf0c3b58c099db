package org.luoshi.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;

/** The form as a workbook: what is locked and what is not, validation, protection, print setup, the identity. */
class XlsxFormTest {
    @TempDir
    Path dir;

    /** The sample plan with ids, task 29's cooperating unit having reported. */
    private static Plan plan() {
        Plan p = SamplePlanFixture.plan();
        List<Task> tasks = new java.util.ArrayList<>();
        long id = 100;
        for (Task t : p.tasks()) {
            tasks.add(t.withId(id++));
        }
        return p.withId(7, tasks);
    }

    private static Round round(Plan plan) {
        return new Round(3, plan.id(), "2023年一季度", LocalDate.of(2023, 4, 10), "", "督查室 0351-1", LocalDate.of(2023, 4, 1),
                "tok", List.of(), List.of());
    }

    @Test
    void aLeadUnitsFormIsLockedWhereItShouldBeValidatedProtectedAndPrintable() throws Exception {
        Plan plan = plan();
        Task lead = plan.tasks().stream().filter(t -> !t.unitNames(Role.LEAD).isEmpty()
                && !t.unitNames(Role.COOPERATING).isEmpty()).findFirst().orElseThrow();
        String unit = lead.unitNames(Role.LEAD).get(0);
        String coop = lead.unitNames(Role.COOPERATING).get(0);
        List<Task> tasks = plan.tasks().stream().map(t -> t.id() == lead.id()
                ? t.withProgress(List.of(ProgressEntry.reported(LocalDate.of(2023, 3, 20), 60, "配合推进", coop, 2))) : t)
                .toList();
        plan = plan.withTasks(tasks);
        Round round = round(plan);
        UnitForm form = UnitForms.of(RoundScope.of(plan, round), round, unit, "ws-1", XlsxForm::fit);
        Path file = dir.resolve("f.xlsx");
        XlsxForm.write(form, file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet s = wb.getSheet(FormWords.SHEET);
            assertThat(wb.getSheetIndex(s)).isZero();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains(plan.displayTitle());
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("晋政办发〔2023〕1号");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).contains(unit).contains("2023年一季度");
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).contains("2023年4月10日").contains("督查室 0351-1");
            Row header = s.getRow(FormLayout.HEADER_ROW);
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("完成进度（%）");
            // 本单位角色 (5 Chinese characters, 10 widths of 0) and 是否完成 on one line: not 本单位角 / 色.
            assertThat(s.getColumnWidth(2)).isGreaterThanOrEqualTo(11 * 256);
            assertThat(s.getColumnWidth(10)).isGreaterThanOrEqualTo(9 * 256);
            assertThat(s.getRow(FormLayout.FIRST_ROW).getCell(0).getStringCellValue()).isEqualTo("一、牵头任务");
            Row first = s.getRow(FormLayout.FIRST_ROW + 1);
            for (int c = 0; c <= FormLayout.COL_LAST; c++) {
                assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d locked", c).isTrue();
            }
            for (int c = FormLayout.COL_PROGRESS; c <= FormLayout.COL_DONE; c++) {
                assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d fillable", c).isFalse();
            }
            assertThat(first.getCell(FormLayout.COL_KEY).getStringCellValue()).matches("t\\d+");
            assertThat(s.isColumnHidden(FormLayout.COL_KEY)).isTrue();
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("牵头");
            // protected without a password
            assertThat(s.getProtect()).isTrue();
            assertThat(s.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(s.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
            // validation: 0-100, 是/否
            List<? extends DataValidation> dvs = s.getDataValidations();
            assertThat(dvs).anySatisfy(d -> {
                assertThat(d.getValidationConstraint().getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
                assertThat(d.getValidationConstraint().getFormula1()).isEqualTo("0");
                assertThat(d.getValidationConstraint().getFormula2()).isEqualTo("100");
                assertThat(d.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(FormLayout.COL_PERCENT);
            });
            assertThat(dvs).anySatisfy(d -> assertThat(d.getValidationConstraint().getExplicitListValues())
                    .containsExactly("是", "否"));
            // footer
            assertThat(rowTexts(s)).contains("填报人：", "联系电话：", "单位负责人（签字）：", "报送日期：");
            // print: A4 landscape, header row repeated
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            // the cooperating unit's latest report, read-only
            XSSFSheet context = wb.getSheet(FormWords.CONTEXT_SHEET);
            assertThat(context).isNotNull();
            assertThat(rowTexts(context)).contains(coop, "配合推进", "60%");
            assertThat(context.getProtect()).isTrue();
            // identity: hidden, protected, workbook structure locked
            XSSFSheet id = wb.getSheet(FormLayout.ID_SHEET);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(id))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(id.getProtect()).isTrue();
            assertThat(wb.isStructureLocked()).isTrue();
            assertThat(id.getRow(6).getCell(1).getStringCellValue()).isEqualTo(form.identity().checksum());
        }
        // the list's arrow shows (showDropDown="1" would hide it), no formulas, no macros
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet1 = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(sheet1)) {
                String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(xml).contains("type=\"list\"").doesNotContain("showDropDown=\"true\"")
                        .doesNotContain("showDropDown=\"1\"").doesNotContain("<f>");
            }
            assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(n -> n.contains("vbaProject"));
        }
        ReturnedForm back = XlsxFormReader.read(file);
        assertThat(back).isInstanceOfSatisfying(ReturnedForm.Filled.class, f -> {
            assertThat(f.identity()).isEqualTo(form.identity());
            assertThat(f.checksum()).isEqualTo(form.identity().checksum());
            assertThat(f.rows()).hasSize(form.rows().size());
            assertThat(f.rows()).allSatisfy(r -> assertThat(r.blank()).isTrue());
        });
    }

    @Test
    void percentsAreReadTheWaysUnitsWriteThem() {
        assertThat(Collect.percent("80")).isEqualTo(80);
        assertThat(Collect.percent("80%")).isEqualTo(80);
        assertThat(Collect.percent("８０％")).isEqualTo(80);
        assertThat(Collect.percent("99.6")).isEqualTo(100);
        assertThat(Collect.percent("101")).isNull();
        assertThat(Collect.percent("-1")).isNull();
        assertThat(Collect.percent("大部分")).isNull();
    }

    @Test
    void theChecksumChangesWithEveryField() {
        FormIdentity id = new FormIdentity("ws", 1, 2, "tok", "省财政厅", List.of(5L, 6L), List.of("a", "b"));
        assertThat(new FormIdentity("ws", 1, 2, "tok", "省财政厅", List.of(5L, 6L), List.of("a", "b")).checksum())
                .isEqualTo(id.checksum());
        assertThat(List.of(
                new FormIdentity("wx", 1, 2, "tok", "省财政厅", List.of(5L, 6L), List.of("a", "b")),
                new FormIdentity("ws", 9, 2, "tok", "省财政厅", List.of(5L, 6L), List.of("a", "b")),
                new FormIdentity("ws", 1, 9, "tok", "省财政厅", List.of(5L, 6L), List.of("a", "b")),
                new FormIdentity("ws", 1, 2, "tox", "省财政厅", List.of(5L, 6L), List.of("a", "b")),
                new FormIdentity("ws", 1, 2, "tok", "省教育厅", List.of(5L, 6L), List.of("a", "b")),
                new FormIdentity("ws", 1, 2, "tok", "省财政厅", List.of(5L, 7L), List.of("a", "b")),
                new FormIdentity("ws", 1, 2, "tok", "省财政厅", List.of(5L, 6L), List.of("a", "c"))))
                .allSatisfy(other -> assertThat(other.checksum()).isNotEqualTo(id.checksum()));
    }

    private static List<String> rowTexts(XSSFSheet s) {
        List<String> all = new java.util.ArrayList<>();
        for (Row r : s) {
            r.forEach(c -> all.add(XlsxFormReader.text(c)));
        }
        return all;
    }
}
