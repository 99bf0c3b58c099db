package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Plan;
import org.luoshi.session.CallerThreadTasks;
import org.luoshi.session.Session;
import org.luoshi.sheets.ExportSheets.Pick;
import org.luoshi.sheets.ExportSheets.Request;
import org.luoshi.storage.Workspace;

/** The sheet export use case, in Word and Excel (no font needed), on the hand-written sample plan. */
class ExportSheetsTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final Plan plan = SheetPlans.shanxi();
    private final SheetOptions options = SheetOptions.standard(LocalDate.of(2023, 2, 1));
    private final List<String> progress = new ArrayList<>();

    @Test
    void everyUnitIntoAFolderOneFileEachWithProgressAlsoOnTheRunnersBar() throws Exception {
        Path out = dir.resolve("分工表");
        List<String> bar = new ArrayList<>();
        BatchExport.Result result = ExportSheets.of(plan,
                Request.intoFolder(Pick.EVERY_UNIT, SheetFormat.XLSX, options, out),
                (done, total, unit) -> progress.add(done + "/" + total + " " + unit), () -> false)
                .run(new Session(new CallerThreadTasks()), (done, total) -> bar.add(done + "/" + total));
        assertThat(result.cancelled()).isFalse();
        assertThat(names(out)).hasSize(7).contains("晋政办发〔2023〕1号-省市场监管局-任务分工表.xlsx", "晋政办发〔2023〕1号-省住建厅-任务分工表.xlsx");
        assertThat(result.files()).hasSize(7).allMatch(Files::isRegularFile);
        assertThat(progress).startsWith("0/7 省优化营商环境促进市场主体倍增工作专班").endsWith("7/7 ");
        assertThat(bar).startsWith("0/7").endsWith("7/7").hasSize(8);
    }

    @Test
    void cancelStopsBetweenTwoFiles() throws IOException {
        BatchExport.Result result = ExportSheets.write(plan,
                Request.intoFolder(Pick.EVERY_UNIT, SheetFormat.DOCX, options, dir),
                (done, total, unit) -> progress.add(unit), () -> progress.size() >= 2);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.files()).hasSize(2);
        assertThat(names(dir)).hasSize(2);
    }

    @Test
    void oneUnitByItsNameAsThePlanWritesIt() throws IOException {
        BatchExport.Result result = ExportSheets.write(plan,
                Request.intoFolder(Pick.unit(" 省住建厅 "), SheetFormat.DOCX, options, dir), (d, t, u) -> { }, () -> false);
        assertThat(result.files()).containsExactly(dir.resolve("晋政办发〔2023〕1号-省住建厅-任务分工表.docx"));
        assertThat(names(dir)).containsExactly("晋政办发〔2023〕1号-省住建厅-任务分工表.docx");
    }

    @Test
    void theWholePlanIntoAFolderIsNamedByTheDocumentNumberAndToAFileByThePersonsChoice() throws IOException {
        BatchExport.Result named = ExportSheets.write(plan,
                Request.intoFolder(Pick.WHOLE_PLAN, SheetFormat.XLSX, options, dir), (d, t, u) -> { }, () -> false);
        assertThat(named.files()).containsExactly(dir.resolve("晋政办发〔2023〕1号-任务分工总表.xlsx"));

        Path chosen = dir.resolve("我的总表.xlsx");
        Path unit = dir.resolve("住建.docx");
        assertThat(ExportSheets.write(plan, Request.toFile(Pick.WHOLE_PLAN, SheetFormat.XLSX, options, chosen),
                (d, t, u) -> { }, () -> false).files()).containsExactly(chosen);
        assertThat(ExportSheets.write(plan, Request.toFile(Pick.unit("省住建厅"), SheetFormat.DOCX, options, unit),
                (d, t, u) -> { }, () -> false).files()).containsExactly(unit);
        assertThat(chosen).isNotEmptyFile();
        assertThat(unit).isNotEmptyFile();
    }

    @Test
    void anUnknownUnitOrAnUnusableFontIsRefusedBeforeAnyFolderIsMade() {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> ExportSheets.write(plan,
                Request.intoFolder(Pick.unit("省发改委"), SheetFormat.DOCX, options, out), (d, t, u) -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("方案“" + plan.displayTitle() + "”没有给单位“省发改委”分配任务。");
        assertThatThrownBy(() -> ExportSheets.write(plan,
                Request.intoFolder(Pick.EVERY_UNIT, SheetFormat.PDF, options, out).withFont(dir.resolve("none.ttf")),
                (d, t, u) -> { }, () -> false)).hasMessageContaining("none.ttf");
        assertThat(out).doesNotExist();
    }

    @Test
    void everyUnitsSheetsDoNotGoIntoOneFile() {
        assertThatThrownBy(() -> Request.toFile(Pick.EVERY_UNIT, SheetFormat.DOCX, options, dir.resolve("a.docx")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pick("省住建厅", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsAStoredPlanWholeOrNothing() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            long id = ws.plans().save(plan).id();
            Session session = Session.of(ws);
            assertThat(ExportSheets.find(id).run(session)).get().extracting(Plan::tasks)
                    .satisfies(tasks -> assertThat(tasks).hasSize(plan.tasks().size()));
            assertThat(ExportSheets.find(id + 1).run(session)).isEmpty();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
