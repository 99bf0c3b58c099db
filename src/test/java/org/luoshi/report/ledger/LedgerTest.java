package org.luoshi.report.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;

/** The 工作台账 of the sample plan with a filled round, written and reopened with POI. */
class LedgerTest {
    @TempDir
    Path dir;

    SampleWithRound sample;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        sample = new SampleWithRound(dir);
    }

    @AfterEach
    void close() {
        sample.close();
        Messages.setLocale(Locale.getDefault());
    }

    private XSSFWorkbook reopen(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(XSSFSheet s, int r) {
        Row row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return cells;
    }

    @Test
    void theLedgerHasEveryColumnARowPerTaskTheRoundsReportsAndIsFrozenFilteredAndPrintable() throws Exception {
        Path out = dir.resolve("台账.xlsx");
        LedgerExport.write(LedgerExport.Request.of(List.of(sample.planId()), false, SampleWithRound.TODAY), out)
                .run(sample.session);
        Plan plan = sample.plan();
        try (XSSFWorkbook wb = reopen(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet s = wb.getSheetAt(0);
            int header = LedgerXlsx.HEADER_ROW;
            assertThat(row(s, header)).containsExactly("序号", "任务", "牵头单位", "责任单位", "配合单位", "完成时限", "状态",
                    "2023年3月进展", "最新进展", "备注");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).endsWith("工作台账");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).contains("晋政办发〔2023〕1号").contains("2023年3月28日");
            // One row per task of the plan, counted from the plan itself.
            assertThat(s.getLastRowNum() - header).isEqualTo(plan.tasks().size());
            // Task 2: 省市场监管局 leads; 省住建厅、省人社厅、省地方金融监管局、省财政厅等 cooperate.
            Task t2 = SamplePlanFixture.task(plan, "2");
            List<String> r2 = row(s, header + t2.seq());
            assertThat(r2.get(0)).isEqualTo(String.valueOf(t2.seq()));
            assertThat(r2.get(1)).startsWith("2．推动落实《促进个体工商户发展条例》");
            assertThat(r2.get(2)).isEqualTo("省市场监管局");
            assertThat(r2.get(3)).isEmpty();
            assertThat(r2.get(4)).isEqualTo("省住建厅、省人社厅、省地方金融监管局、省财政厅等");
            // Task 6: four units 按职责分工负责, none leads.
            List<String> r6 = row(s, header + SamplePlanFixture.task(plan, "6").seq());
            assertThat(r6.get(2)).isEmpty();
            assertThat(r6.get(3)).isEqualTo("省财政厅、省发展改革委、人行太原中心支行、山西银保监局等");
            // The round's column holds what each unit reported in it; 最新进展 the latest with its date.
            Task done = plan.task(sample.doneTask);
            List<String> rd = row(s, header + done.seq());
            assertThat(rd.get(6)).isEqualTo("已完成");
            assertThat(rd.get(7)).isEqualTo("【省审批服务管理局】已全部完成。（100%）");
            assertThat(rd.get(8)).isEqualTo("2023年3月24日 【省审批服务管理局】已全部完成。（100%）");
            long reportedRows = plan.tasks().stream().filter(t -> t.progress().stream()
                    .anyMatch(e -> e.roundId() == sample.round.id())).count();
            long filled = 0;
            for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                if (!row(s, r).get(7).isEmpty()) {
                    filled++;
                }
            }
            assertThat(filled).isEqualTo(reportedRows).isPositive();
            // A deadline as printed with its resolved date.
            Task withDate = plan.tasks().stream().filter(t -> t.deadlines().stream()
                    .anyMatch(d -> d.kind() == org.luoshi.plan.DeadlineKind.BY && d.date() != null && !d.raw().contains("年" + d.dueDate().getMonthValue() + "月"
                            + d.dueDate().getDayOfMonth() + "日"))).findFirst().orElseThrow();
            var d = withDate.deadlines().stream().filter(x -> x.kind() == org.luoshi.plan.DeadlineKind.BY && x.date() != null).findFirst().orElseThrow();
            assertThat(row(s, header + withDate.seq()).get(5)).contains(d.raw() + "（" + d.dueDate().getYear() + "年"
                    + d.dueDate().getMonthValue() + "月" + d.dueDate().getDayOfMonth() + "日）");

            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(s.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo(new CellRangeAddress(header, header + plan.tasks().size(), 0, 9).formatAsString());
            assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf((header + 1) + ":" + (header + 1)));
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getRow(header + 1).getCell(1).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void theColumnsChosenAreSavedInTheWorkspaceAndUsedInTheirOrder() throws Exception {
        assertThat(LedgerExport.columns().run(sample.session)).isEqualTo(LedgerColumns.DEFAULT);
        LedgerColumns chosen = new LedgerColumns(List.of(LedgerColumn.TASK, LedgerColumn.SEQ, LedgerColumn.STATUS));
        LedgerExport.saveColumns(chosen).run(sample.session);
        assertThat(LedgerExport.columns().run(sample.session)).isEqualTo(chosen);
        assertThat(sample.ws.settings().get(LedgerColumns.KEY)).contains("task,seq,status");
        Path out = dir.resolve("l.xlsx");
        LedgerExport.write(LedgerExport.Request.of(List.of(), true, SampleWithRound.TODAY), out).run(sample.session);
        try (XSSFWorkbook wb = reopen(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("全部方案");
            assertThat(row(s, LedgerXlsx.HEADER_ROW)).containsExactly("方案", "任务", "序号", "状态");
            assertThat(row(s, LedgerXlsx.HEADER_ROW + 1).get(0)).isEqualTo(sample.plan().displayTitle());
        }
    }

    @Test
    void aStoredValueThatNamesNoColumnGivesTheDefault() {
        assertThat(LedgerColumns.parse("nonsense,,")).isEqualTo(LedgerColumns.DEFAULT);
        assertThat(LedgerColumns.parse(" Lead , notes,lead").columns()).containsExactly(LedgerColumn.LEAD, LedgerColumn.NOTES);
    }

    @Test
    void aChangedDeadlineShowsTheOriginalBesideIt() throws Exception {
        Plan plan = sample.plan();
        Task t = plan.tasks().get(0);
        DeadlineChanges changes = task -> task.id() == t.id()
                ? java.util.Optional.of(new DeadlineChanges.Change(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30)))
                : java.util.Optional.empty();
        Ledger ledger = LedgerExport.build(new LedgerExport.Request(List.of(), false, null, changes,
                SampleWithRound.TODAY)).run(sample.session);
        assertThat(ledger.sheets().get(0).rows().get(0).get(5)).endsWith("原定：2023年6月30日\n调整为：2023年9月30日");
        assertThat(ledger.sheets().get(0).rows().get(1).get(5)).doesNotContain("原定");
    }

    @Test
    void anApprovedExtensionShowsTheOriginalBesideTheAdjustedDateUnderEitherRule() throws Exception {
        Plan plan = sample.plan();
        Task t29 = SamplePlanFixture.task(plan, "29");
        int row = plan.tasks().indexOf(t29);
        assertThat(LedgerExport.build(LedgerExport.Request.of(List.of(), false, SampleWithRound.TODAY))
                .run(sample.session).sheets().get(0).rows().get(row).get(5)).as("nothing approved yet")
                .doesNotContain("原定");
        org.luoshi.requests.TaskRequest asked = org.luoshi.requests.workspace.Requests.extend(
                new org.luoshi.requests.workspace.Requests.Extend(t29.id(), null, LocalDate.of(2023, 9, 30), "联调未完成",
                        "", null, LocalDate.of(2023, 6, 20))).run(sample.session);
        Ledger pending = LedgerExport.build(LedgerExport.Request.of(List.of(), false, SampleWithRound.TODAY))
                .run(sample.session);
        assertThat(pending.sheets().get(0).rows().get(row).get(5)).as("asked, not approved").doesNotContain("原定");
        org.luoshi.requests.workspace.Requests.decide(asked.id(), true, "",
                java.time.LocalDateTime.of(2023, 6, 25, 10, 0)).run(sample.session);

        for (String rule : List.of("approved", "original")) {
            sample.ws.settings().put(org.luoshi.requests.DeadlineRule.SETTING, rule);
            List<List<String>> rows = LedgerExport.build(LedgerExport.Request.of(List.of(), false, SampleWithRound.TODAY))
                    .run(sample.session).sheets().get(0).rows();
            assertThat(rows.get(row).get(5)).as(rule).endsWith("原定：2023年6月30日\n调整为：2023年9月30日");
            assertThat(rows.get(row).get(0)).as(rule).isEqualTo("29");
            assertThat(rows.stream().filter(r -> r.get(5).contains("原定")).count()).as("only task 29").isEqualTo(1);
        }
    }

    @Test
    void anUnknownPlanIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("x.xlsx");
        assertThatThrownBy(() -> LedgerExport.write(LedgerExport.Request.of(List.of(999L), false, SampleWithRound.TODAY),
                out).run(sample.session)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThat(out).doesNotExist();
    }
}
