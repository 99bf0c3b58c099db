package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.PageSetup;
import org.luoshi.plan.Plan;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.output.SheetWriter;

class BatchExportTest {
    @TempDir
    Path dir;

    private final List<String> titles = new ArrayList<>();
    /** Writes each sheet's title into its file. */
    private final SheetWriter writer = new SheetWriter() {
        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void write(Sheet sheet, PageSetup page, Path target) throws IOException {
            titles.add(sheet.heading().title());
            Files.writeString(target, sheet.heading().title() + " " + page.orientation());
        }
    };
    private final BatchExport export = new BatchExport(writer, SheetOptions.standard(LocalDate.of(2023, 2, 1)));
    private final Plan plan = SheetPlans.shanxi();

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void oneFilePerUnitNamedByTheDocumentNumberAndTheUnitWithProgress() throws IOException {
        List<String> units = PlanUnits.of(plan).stream().map(UnitRoles::unit).toList();
        List<String> progress = new ArrayList<>();
        Path out = dir.resolve("分工表");
        BatchExport.Result result = export.units(plan, units, out,
                (done, total, unit) -> progress.add(done + "/" + total + " " + unit), () -> false);

        assertThat(result.cancelled()).isFalse();
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "晋政办发〔2023〕1号-省优化营商环境促进市场主体倍增工作专班-任务分工表.txt", "晋政办发〔2023〕1号-省市场监管局-任务分工表.txt",
                "晋政办发〔2023〕1号-省住建厅-任务分工表.txt", "晋政办发〔2023〕1号-省人社厅-任务分工表.txt", "晋政办发〔2023〕1号-省发展改革委-任务分工表.txt",
                "晋政办发〔2023〕1号-省相关部门-任务分工表.txt", "晋政办发〔2023〕1号-省审批服务管理局-任务分工表.txt");
        assertThat(out.resolve("晋政办发〔2023〕1号-省市场监管局-任务分工表.txt")).hasContent("省市场监管局任务分工表 PORTRAIT");
        assertThat(progress).containsExactly("0/7 省优化营商环境促进市场主体倍增工作专班", "1/7 省市场监管局", "2/7 省住建厅",
                "3/7 省人社厅", "4/7 省发展改革委", "5/7 省相关部门", "6/7 省审批服务管理局", "7/7 ");
    }

    @Test
    void aSecondExportIntoTheSameFolderNeverWritesOverTheFirst() throws IOException {
        Path out = dir.resolve("分工表");
        Files.createDirectories(out);
        Files.writeString(out.resolve("晋政办发〔2023〕1号-省住建厅-任务分工表.txt"), "上月的分工表");
        export.units(plan, List.of("省住建厅"), out, (d, t, u) -> { }, () -> false);
        assertThat(out.resolve("晋政办发〔2023〕1号-省住建厅-任务分工表.txt")).hasContent("上月的分工表");
        assertThat(out.resolve("晋政办发〔2023〕1号-省住建厅-任务分工表-2.txt")).hasContent("省住建厅任务分工表 PORTRAIT");
        Path first = export.wholePlan(plan, out);
        Path second = export.wholePlan(plan, out);
        assertThat(second).isNotEqualTo(first);
        assertThat(second.getFileName().toString()).endsWith("-2.txt");
    }

    @Test
    void cancelStopsBetweenFilesAndKeepsTheFilesWritten() throws IOException {
        List<String> units = PlanUnits.of(plan).stream().map(UnitRoles::unit).toList();
        BatchExport.Result result = export.units(plan, units, dir, (done, total, unit) -> { },
                () -> titles.size() >= 2);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.files()).hasSize(2);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(result.files());
        }
    }

    @Test
    void anUnknownUnitWritesNothing() {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> export.units(plan, List.of("省住建厅", "省发改委"), out, (d, t, u) -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("省发改委");
        assertThat(out).doesNotExist();
        assertThat(titles).isEmpty();
    }

    /** One target the file system refuses (a folder in its way) fails alone; the others are written. */
    @Test
    void aFileThatCannotBeWrittenIsReportedByNameAndTheOthersAreWritten() throws IOException {
        List<String> units = PlanUnits.of(plan).stream().map(UnitRoles::unit).toList();
        Path out = dir.resolve("分工表");
        Files.createDirectories(out.resolve("晋政办发〔2023〕1号-省住建厅-任务分工表.txt").resolve("占位"));
        BatchExport.Result result = export.units(plan, units, out, (done, total, unit) -> { }, () -> false);

        assertThat(result.files()).hasSize(6).allMatch(Files::isRegularFile)
                .noneMatch(f -> f.getFileName().toString().equals("晋政办发〔2023〕1号-省住建厅-任务分工表.txt"));
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.unit()).isEqualTo("省住建厅");
            assertThat(f.file()).isEqualTo("晋政办发〔2023〕1号-省住建厅-任务分工表.txt");
            assertThat(f.reason()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        });
        assertThat(result.cancelled()).isFalse();
    }

    /** A full disk: every file from the fourth on fails with the system's reason, each by name. */
    @Test
    void aFullDiskFailsEachFileByNameAndTheRunGoesOn() throws IOException {
        List<String> units = PlanUnits.of(plan).stream().map(UnitRoles::unit).toList();
        SheetWriter full = new SheetWriter() {
            @Override
            public String extension() {
                return "xlsx";
            }

            @Override
            public void write(Sheet sheet, PageSetup page, Path target) throws IOException {
                titles.add(sheet.heading().title());
                if (titles.size() > 3) {
                    throw new IOException("No space left on device");
                }
                Files.writeString(target, "ok");
            }
        };
        BatchExport.Result result = new BatchExport(full, SheetOptions.standard(LocalDate.of(2023, 2, 1)))
                .units(plan, units, dir, (done, total, unit) -> { }, () -> false);
        assertThat(result.files()).hasSize(3);
        assertThat(titles).hasSize(7);
        assertThat(result.failures()).extracting(BatchExport.Failure::file).containsExactly("晋政办发〔2023〕1号-省人社厅-任务分工表.xlsx",
                "晋政办发〔2023〕1号-省发展改革委-任务分工表.xlsx", "晋政办发〔2023〕1号-省相关部门-任务分工表.xlsx", "晋政办发〔2023〕1号-省审批服务管理局-任务分工表.xlsx");
        assertThat(result.failures()).extracting(BatchExport.Failure::reason).containsOnly("No space left on device");
    }

    /** 26 units whose names broke the batch after 19 files: all 26 are written, each name within 255 bytes. */
    @Test
    void twentySixUnitsWithLongEmojiAndControlNamesAreAllWritten() throws IOException {
        Plan hostile = HostilePlans.plan();
        List<String> units = PlanUnits.of(hostile).stream().map(UnitRoles::unit).toList();
        assertThat(units).hasSize(27); // 26 leading units and 省财政厅 cooperating on every task
        BatchExport.Result result = export.units(hostile, units, dir, (done, total, unit) -> { }, () -> false);
        assertThat(result.failures()).isEmpty();
        assertThat(result.files()).hasSize(27).allMatch(Files::isRegularFile);
        assertThat(result.files()).extracting(f -> f.getFileName().toString())
                .allMatch(n -> n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 255)
                .allMatch(n -> n.endsWith(".txt"))
                .allMatch(org.luoshi.files.SafeText::isClean)
                .doesNotHaveDuplicates();
    }

    /** Names in a folder whose path is near Linux's 4,096-byte limit are cut to what it leaves. */
    @Test
    void aDeepFolderCutsTheNamesToWhatThePathLimitLeaves() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        Path deep = dir;
        while (bytes(deep) + 241 <= 3_990) {
            deep = deep.resolve("层".repeat(80));
        }
        deep = deep.resolve("d".repeat(3_990 - bytes(deep) - 1)); // 3,990 bytes: room for 104 more
        Files.createDirectories(deep);
        Plan hostile = HostilePlans.plan();
        List<String> units = PlanUnits.of(hostile).stream().map(UnitRoles::unit).toList();
        BatchExport.Result result = export.units(hostile, units, deep, (done, total, unit) -> { }, () -> false);
        assertThat(result.failures()).isEmpty();
        assertThat(result.files()).hasSize(27).allMatch(Files::isRegularFile)
                .allMatch(f -> bytes(f) <= 4095);
        assertThat(result.files()).extracting(f -> f.getFileName().toString()).doesNotHaveDuplicates()
                // 104 bytes of room: "-任务分工表" (16) and "-999.txt" (8) kept back, the document number
                // (29 bytes with the escape gone) and "-" take 30 of the 80 left, 16 省 the other 48.
                .contains("晋政办发〔2023〕[2J9号-" + "省".repeat(16) + "-任务分工表.txt");
    }

    private static int bytes(Path p) {
        return p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Test
    void theWholePlanSheetIsNamedByTheDocumentNumber() throws IOException {
        Path file = export.wholePlan(plan, dir);
        assertThat(file.getFileName().toString()).isEqualTo("晋政办发〔2023〕1号-任务分工总表.txt");
        assertThat(file).hasContent("任务分工总表 LANDSCAPE");
    }
}
