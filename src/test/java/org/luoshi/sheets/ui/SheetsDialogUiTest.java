package org.luoshi.sheets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.control.Pagination;
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
import org.luoshi.paper.pdf.Fonts;
import org.luoshi.sheets.RoleOrder;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetPlans;
import org.luoshi.sheets.layout.LaidOutPage;
import org.luoshi.sheets.layout.SheetRow;
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
    private SheetsDialog dialog;

    @BeforeEach
    void open() throws Exception {
        System.setProperty(CjkFontLocator.PROPERTY, Fonts.WQY.toString());
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            dialog = new SheetsDialog(null, new SameThreadTasks(), () -> {
                printerAsked.incrementAndGet();
                return null; // no printer on this system
            }, LocalDate.of(2023, 2, 1));
            dialog.showPlan(SamplePlan.parse().plan());
            dialog.useFont(PreviewFont.find());
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
        assertThat(dialog.layout().sheet().heading().title()).isEqualTo("任务分工总表");
        assertThat(page(0).width()).isGreaterThan(page(0).height());

        robot.interact(() -> dialog.select("省发展改革委"));
        assertThat(dialog.layout().sheet().heading().title()).isEqualTo("省发展改革委任务分工表");
        assertThat(page(0).width()).isLessThan(page(0).height());
        Pagination pages = robot.lookup("#sheetPages").queryAs(Pagination.class);
        assertThat(pages.getPageCount()).isEqualTo(dialog.layout().pages().size()).isGreaterThan(1);
        // The preview draws the page in the PDF's font.
        PagePreview preview = robot.lookup(".sheet-page-preview").queryAs(PagePreview.class);
        assertThat(preview.drawing().all(Draw.Text.class)).extracting(Draw.Text::text).contains("省发展改革委任务分工表");
        assertThat(preview.family()).isEqualTo("WenQuanYi Micro Hei");

        robot.interact(() -> dialog.setOrientation(Orientation.LANDSCAPE));
        assertThat(page(0).width()).isGreaterThan(page(0).height());

        robot.interact(() -> dialog.setRoleOrder(RoleOrder.parse("cooperating,lead,responsible")));
        assertThat(dialog.layout().sheet().rows().get(0)).isEqualTo(new SheetRow.Group("配合的任务（1 项）"));
    }

    @Test
    void printingOrPageSetupWithoutAPrinterSaysSo() {
        robot.interact(() -> dialog.print());
        assertThat(dialog.message()).isEqualTo(Messages.get("sheets.ui.noPrinter"));
        robot.interact(() -> dialog.pageSetup());
        assertThat(dialog.message()).isEqualTo(Messages.get("sheets.ui.noPrinter"));
        assertThat(printerAsked.get()).isEqualTo(2);
    }

    @Test
    void savesTheSheetOnShowAndEveryUnitIntoAFolder() throws IOException {
        Path word = dir.resolve("省财政厅.docx");
        robot.interact(() -> {
            dialog.select("省财政厅");
            dialog.setFormat(SheetFormat.DOCX);
            dialog.exportTo(word);
        });
        assertThat(word).isNotEmptyFile();
        assertThat(dialog.message()).isEqualTo("已保存：" + word);

        // Every unit of a smaller plan (7 units), to keep the test quick.
        Path folder = dir.resolve("全部");
        robot.interact(() -> {
            dialog.showPlan(SheetPlans.shanxi());
            dialog.setFormat(SheetFormat.XLSX);
            dialog.exportAllTo(folder);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(7).contains("省市场监管局.xlsx", "省住建厅.xlsx");
        }
        assertThat(dialog.message()).isEqualTo("已将 7 个文件保存到 " + folder + "。");
        assertThat(dialog.isBusy()).isFalse();
    }

    @Test
    void aFailedSaveIsReportedAndNothingIsLeftBehind() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        robot.interact(() -> dialog.exportTo(notAFolder.resolve("表.pdf")));
        assertThat(dialog.message()).startsWith("保存失败：");
        assertThat(dialog.isBusy()).isFalse();
        assertThat(notAFolder).hasContent("x");
    }

    private LaidOutPage page(int i) {
        return dialog.layout().pages().get(i);
    }
}
