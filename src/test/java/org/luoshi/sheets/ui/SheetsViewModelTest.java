package org.luoshi.sheets.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.luoshi.sheets.BatchExport;
import org.luoshi.sheets.RoleOrder;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetPlans;
import org.luoshi.sheets.layout.FixedPitchMeasurer;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.SheetRow;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.DialogService.FileFilter;
import org.luoshi.ui.ScriptedDialogs;
import org.luoshi.ui.ScriptedDialogs.Asked;

/**
 * The sheets window's state without a window: work on the caller's thread, progress at once,
 * files and folders answered by {@link ScriptedDialogs}, widths from a fixed-pitch font.
 */
class SheetsViewModelTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final PreviewFont FONT = new PreviewFont("Test", FixedPitchMeasurer.INSTANCE, null);

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> statusBar = new ArrayList<>();
    private final Plan plan = SheetPlans.shanxi();
    private final SheetsViewModel model = model(new Session(new CallerThreadTasks()));

    private SheetsViewModel model(Session session) {
        return new SheetsViewModel(session, dialogs, LocalDate.of(2023, 2, 1), statusBar::add, Runnable::run);
    }

    @Test
    void busyAndPreparingUntilThePlanAndTheFontAreThereThenTheWholePlanFirst() {
        assertThat(model.isBusy()).isTrue();
        assertThat(model.message()).isEqualTo("正在准备分工表……");
        model.showPlan(plan);
        assertThat(model.layout()).isNull();
        assertThat(model.choices()).hasSize(1 + 7);

        model.useFont(new PreviewFont("Test", FixedPitchMeasurer.INSTANCE, "没有找到可以嵌入 PDF 的中文字体。"));
        assertThat(model.isBusy()).isFalse();
        assertThat(model.message()).isEqualTo("没有找到可以嵌入 PDF 的中文字体。");
        assertThat(model.selectedProperty().get()).isEqualTo(SheetChoice.WHOLE_PLAN);
        assertThat(model.layout().sheet().heading().title()).isEqualTo("任务分工总表");
        assertThat(model.layout().page().orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(model.choices()).extracting(SheetChoice::name).startsWith("全部任务（总表）", "省发展改革委", "省人社厅", "省审批服务管理局");
    }

    @Test
    void thePreviewFollowsTheChoiceTheOrientationTheOrderAndThePaper() {
        ready();
        model.select("省市场监管局");
        assertThat(model.layout().sheet().heading().title()).isEqualTo("省市场监管局任务分工表");
        assertThat(model.layout().page().orientation()).isEqualTo(Orientation.PORTRAIT);

        model.orientationProperty().set(Orientation.LANDSCAPE);
        assertThat(model.layout().page().width()).isGreaterThan(model.layout().page().height());

        model.roleOrderProperty().set(RoleOrder.parse("cooperating,lead,responsible"));
        assertThat(model.layout().sheet().rows().get(0)).isEqualTo(new SheetRow.Group("配合的任务（1 项）"));

        PageSetup a3 = new PageSetup(842, 1191, Orientation.PORTRAIT, PageSetup.Margins.STANDARD);
        model.usePaper(a3);
        assertThat(model.orientationProperty().get()).isEqualTo(Orientation.PORTRAIT);
        assertThat(model.layout().page()).isEqualTo(a3);
        assertThat(model.layoutOn(a3.turned(Orientation.LANDSCAPE)).page().orientation())
                .isEqualTo(Orientation.LANDSCAPE);

        model.select(null);
        assertThat(model.layout().sheet().heading().title()).isEqualTo("任务分工总表");
    }

    @Test
    void saveAsAsksForAFileNamedByTheSheetAndSavesItThere() {
        ready();
        model.select("省住建厅");
        model.formatProperty().set(SheetFormat.DOCX);
        Path file = dir.resolve("住建.docx");
        dialogs.savingTo(file);
        model.chooseFileAndExport();
        assertThat(dialogs.asked())
                .containsExactly(Asked.saveFile("另存为…", "晋政办发〔2023〕1号-省住建厅-任务分工表.docx", FileFilter.of("Word（.docx）", "*.docx")));
        assertThat(dialogs.shown()).isEmpty();
        assertThat(file).isNotEmptyFile();
        assertThat(model.message()).isEqualTo("已保存：" + file);
        assertThat(statusBar).containsExactly("已保存：" + file);
        assertThat(model.isBusy()).isFalse();

        model.select(null);
        model.formatProperty().set(SheetFormat.XLSX);
        dialogs.savingTo((Path) null);
        model.chooseFileAndExport(); // cancelled: nothing happens
        assertThat(dialogs.asked()).last().isEqualTo(
                Asked.saveFile("另存为…", "晋政办发〔2023〕1号-任务分工总表.xlsx", FileFilter.of("Excel（.xlsx）", "*.xlsx")));
        assertThat(dialogs.shown()).isEmpty();
        assertThat(statusBar).hasSize(1);
    }

    @Test
    void everyUnitIntoAFolderSaysHowFarItGot() throws IOException {
        ready();
        model.formatProperty().set(SheetFormat.XLSX);
        Path folder = dir.resolve("全部");
        dialogs.choosingFolder(folder);
        List<String> said = new ArrayList<>();
        List<Boolean> showing = new ArrayList<>();
        model.messageProperty().addListener((obs, old, now) -> said.add(now));
        model.exportingProperty().addListener((obs, old, now) -> showing.add(now));

        model.chooseFolderAndExportAll();
        assertThat(dialogs.asked()).containsExactly(Asked.folder("全部单位导出到文件夹…"));
        assertThat(dialogs.shown()).isEmpty();
        assertThat(files(folder)).hasSize(7);
        assertThat(said).startsWith("正在保存 省优化营商环境促进市场主体倍增工作专班（1/7）……")
                .contains("正在保存 省审批服务管理局（7/7）……")
                .endsWith("已将 7 个文件保存到 " + folder + "。");
        assertThat(showing).containsExactly(true, false);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(statusBar).containsExactly("已将 7 个文件保存到 " + folder + "。");
        assertThat(model.isBusy()).isFalse();
    }

    @Test
    void cancelStopsAfterTheFileBeingWritten() throws IOException {
        ready();
        model.formatProperty().set(SheetFormat.DOCX);
        model.messageProperty().addListener((obs, old, now) -> {
            if (now.contains("（2/7）")) {
                model.cancelExport();
            }
        });
        model.exportAllTo(dir);
        assertThat(files(dir)).hasSize(2);
        assertThat(model.message()).isEqualTo("已取消：保存了 2 个文件，其余未保存。");
        assertThat(model.exportingProperty().get()).isFalse();
    }

    /** One file the folder refuses: the others are saved, and a summary names it with its reason. */
    @Test
    void aFileThatCannotBeSavedIsNamedInASummaryAndTheOthersAreSaved() throws IOException {
        ready();
        model.formatProperty().set(SheetFormat.XLSX);
        Path folder = dir.resolve("全部");
        Files.createDirectories(folder.resolve("晋政办发〔2023〕1号-省住建厅-任务分工表.xlsx").resolve("占位"));
        model.exportAllTo(folder);
        assertThat(files(folder)).hasSize(6 + 1);
        assertThat(statusBar).containsExactly("已将 6 个文件保存到 " + folder + "。");
        assertThat(dialogs.asked()).isEmpty();
        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo(ScriptedDialogs.Kind.WARN);
            assertThat(shown.header()).isEqualTo("全部单位导出到文件夹…");
            assertThat(shown.message()).startsWith("1 个文件未能保存；已将 6 个文件保存到 " + folder + "。\n晋政办发〔2023〕1号-省住建厅-任务分工表.xlsx：");
        });
        assertThat(model.isBusy()).isFalse();
    }

    @Test
    void theSummaryNamesTenFailedFilesThenSaysHowManyMore() {
        List<BatchExport.Failure> failures = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            failures.add(new BatchExport.Failure("单位" + i, "单位" + i + ".pdf", "No space left on device"));
        }
        String summary = SheetsViewModel.failures(new BatchExport.Result(List.of(), false, failures), dir);
        assertThat(summary.lines()).hasSize(1 + 10 + 1).contains("单位10.pdf：No space left on device")
                .doesNotContain("单位11.pdf：No space left on device").endsWith("……另有 2 个");
    }

    @Test
    void aFailedSaveIsSaidAndTheButtonsComeBack() throws IOException {
        ready();
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        model.formatProperty().set(SheetFormat.DOCX);
        model.exportTo(notAFolder.resolve("表.docx"));
        assertThat(model.message()).startsWith("保存失败：");
        assertThat(model.isBusy()).isFalse();
        assertThat(statusBar).isEmpty();

        model.exportAllTo(notAFolder);
        assertThat(model.message()).startsWith("保存失败：");
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(notAFolder).hasContent("x");
    }

    @Test
    void loadsThePlanAfreshFromTheWorkspaceOrShowsItAsShownIfItIsGone() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            Plan stored = ws.plans().save(plan);
            SheetsViewModel fromWorkspace = model(Session.of(ws));
            fromWorkspace.useFont(FONT);
            // The window showed the plan before its last tasks were added: the sheets have them all.
            fromWorkspace.load(stored.withTasks(List.of(stored.tasks().get(0))));
            assertThat(fromWorkspace.choices()).hasSize(1 + 7);

            SheetsViewModel gone = model(Session.of(ws));
            gone.useFont(FONT);
            gone.load(stored.withId(stored.id() + 1, List.of(stored.tasks().get(0))));
            assertThat(gone.choices()).extracting(SheetChoice::name).containsExactly("全部任务（总表）",
                    "省市场监管局", "省优化营商环境促进市场主体倍增工作专班"); // 市 shì before 优 yōu
        }
    }

    private void ready() {
        model.showPlan(plan);
        model.useFont(FONT);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
