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
    void oneFilePerUnitNamedByTheUnitWithProgress() throws IOException {
        List<String> units = PlanUnits.of(plan).stream().map(UnitRoles::unit).toList();
        List<String> progress = new ArrayList<>();
        Path out = dir.resolve("分工表");
        BatchExport.Result result = export.units(plan, units, out,
                (done, total, unit) -> progress.add(done + "/" + total + " " + unit), () -> false);

        assertThat(result.cancelled()).isFalse();
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "省优化营商环境促进市场主体倍增工作专班.txt", "省市场监管局.txt", "省住建厅.txt", "省人社厅.txt",
                "省发展改革委.txt", "省相关部门.txt", "省审批服务管理局.txt");
        assertThat(out.resolve("省市场监管局.txt")).hasContent("省市场监管局任务分工表 PORTRAIT");
        assertThat(progress).containsExactly("0/7 省优化营商环境促进市场主体倍增工作专班", "1/7 省市场监管局", "2/7 省住建厅",
                "3/7 省人社厅", "4/7 省发展改革委", "5/7 省相关部门", "6/7 省审批服务管理局", "7/7 ");
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

    @Test
    void theWholePlanSheetIsNamedByTheDocumentNumber() throws IOException {
        Path file = export.wholePlan(plan, dir);
        assertThat(file.getFileName().toString()).isEqualTo("晋政办发〔2023〕1号-任务分工总表.txt");
        assertThat(file).hasContent("任务分工总表 LANDSCAPE");
    }
}
