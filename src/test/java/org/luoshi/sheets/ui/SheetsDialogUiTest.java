package org.luoshi.sheets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.Pagination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.i18n.Messages;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.pdf.CjkFontLocator;
import org.luoshi.session.CallerThreadTasks;
import org.luoshi.session.Session;
import org.luoshi.sheets.RoleOrder;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetPlans;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.SheetRow;
import org.luoshi.testing.TestFonts;
import org.luoshi.ui.DialogService.FileFilter;
import org.luoshi.ui.ScriptedDialogs;
import org.luoshi.ui.ScriptedDialogs.Asked;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The 分工表 window headless, on the sample plan, with work run at once and no printer. */
class SheetsDialogUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger printerAsked = new AtomicInteger();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SheetsDialog dialog;
    private SheetsViewModel model;

    @BeforeEach
    void open() throws Exception {
        TestFonts.find().ifPresent(f -> System.setProperty(CjkFontLocator.PROPERTY, f.file().toString()));
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            model = new SheetsViewModel(new Session(new CallerThreadTasks()), dialogs, LocalDate.of(2023, 2, 1),
                    said -> { }, Platform::runLater);
            dialog = new SheetsDialog(new Stage(), model, () -> {
                printerAsked.incrementAndGet();
                return null; // no printer on this system
            });
            model.showPlan(SamplePlan.parse().plan());
            model.useFont(PreviewFont.find());
            dialog.stage().show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty(CjkFontLocator.PROPERTY);
    }

    @Test
    void theWholePlanComesFirstThenEveryUnitAndThePreviewFollowsTheChoice() {
        ListView<?> choices = robot.lookup("#sheetChoices").queryAs(ListView.class);
        assertThat(choices.getItems()).hasSize(1 + 38);
        assertThat(model.layout().sheet().heading().title()).isEqualTo("任务分工总表");
        assertThat(page(0).width()).isGreaterThan(page(0).height());

        robot.interact(() -> model.select("省发展改革委"));
        assertThat(choices.getSelectionModel().getSelectedIndex()).isPositive();
        assertThat(model.layout().sheet().heading().title()).isEqualTo("省发展改革委任务分工表");
        assertThat(page(0).width()).isLessThan(page(0).height());
        Pagination pages = robot.lookup("#sheetPages").queryAs(Pagination.class);
        assertThat(pages.getPageCount()).isEqualTo(model.layout().pages().size()).isGreaterThan(1);
        // The preview draws the page in the PDF's font.
        PagePreview preview = robot.lookup(".sheet-page-preview").queryAs(PagePreview.class);
        assertThat(preview.drawing().all(Draw.Text.class)).extracting(Draw.Text::text).contains("省发展改革委任务分工表");
        assertThat(preview.family()).isEqualTo(TestFonts.cjkTrueType().family());

        robot.interact(() -> model.orientationProperty().set(Orientation.LANDSCAPE));
        assertThat(page(0).width()).isGreaterThan(page(0).height());

        robot.interact(() -> model.roleOrderProperty().set(RoleOrder.parse("cooperating,lead,responsible")));
        assertThat(model.layout().sheet().rows().get(0)).isEqualTo(new SheetRow.Group("配合的任务（1 项）"));
    }

    @Test
    void printingOrPageSetupWithoutAPrinterSaysSo() {
        robot.interact(() -> dialog.print());
        assertThat(model.message()).isEqualTo(Messages.get("sheets.ui.noPrinter"));
        robot.interact(() -> dialog.pageSetup());
        assertThat(model.message()).isEqualTo(Messages.get("sheets.ui.noPrinter"));
        assertThat(printerAsked.get()).isEqualTo(2);
    }

    @Test
    void savesTheSheetOnShowAndEveryUnitIntoAFolder() throws IOException {
        Path word = dir.resolve("省财政厅.docx");
        dialogs.savingTo(word);
        robot.interact(() -> {
            model.select("省财政厅");
            model.formatProperty().set(SheetFormat.DOCX);
        });
        robot.clickOn("另存为…");
        assertThat(dialogs.asked())
                .containsExactly(Asked.saveFile("另存为…", "晋政办发〔2023〕1号-省财政厅-任务分工表.docx", FileFilter.of("Word（.docx）", "*.docx")));
        assertThat(dialogs.shown()).isEmpty();
        assertThat(word).isNotEmptyFile();
        assertThat(model.message()).isEqualTo("已保存：" + word);

        // Every unit of a smaller plan (7 units), to keep the test quick.
        Path folder = dir.resolve("全部");
        dialogs.choosingFolder(folder);
        robot.interact(() -> {
            model.showPlan(SheetPlans.shanxi());
            model.formatProperty().set(SheetFormat.XLSX);
        });
        robot.clickOn("全部单位导出到文件夹…");
        WaitForAsyncUtils.waitForFxEvents();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(7).contains("晋政办发〔2023〕1号-省市场监管局-任务分工表.xlsx", "晋政办发〔2023〕1号-省住建厅-任务分工表.xlsx");
        }
        assertThat(model.message()).isEqualTo("已将 7 个文件保存到 " + folder + "。");
        assertThat(robot.lookup("#sheetMessage").queryLabeled().getText()).isEqualTo(model.message());
        assertThat(model.isBusy()).isFalse();
    }

    @Test
    void aFailedSaveIsReportedAndNothingIsLeftBehind() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        robot.interact(() -> model.exportTo(notAFolder.resolve("表.pdf")));
        assertThat(model.message()).startsWith("保存失败：");
        assertThat(model.isBusy()).isFalse();
        assertThat(notAFolder).hasContent("x");
    }

    private LaidOutPage page(int i) {
        return model.layout().pages().get(i);
    }
}
