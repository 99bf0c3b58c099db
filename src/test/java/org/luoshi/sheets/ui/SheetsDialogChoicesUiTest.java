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
import java.util.List;
import javafx.scene.control.Button;
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

/**
 * The 分工表 window's list and preview: units in pinyin order under a filter box, the unit on show
 * chosen first, and a preview that zooms.
 */
class SheetsDialogChoicesUiTest {
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
            model.preselect("省审批服务管理局");
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
    void theUnitOnShowIsChosenFirstAndUnitsComeInPinyinOrder() {
        assertThat(model.selectedProperty().get().name()).isEqualTo("省审批服务管理局");
        assertThat(model.layout().sheet().heading().title()).isEqualTo("省审批服务管理局任务分工表");
        List<String> names = model.choices().stream().map(SheetChoice::name).toList();
        assertThat(names.get(0)).isEqualTo("全部任务（总表）");
        // 省财政厅 (cái) before 省发展改革委 (fā) before 省审批服务管理局 (shěn) before 省市场监管局 (shì).
        assertThat(names.indexOf("省财政厅")).isLessThan(names.indexOf("省发展改革委"));
        assertThat(names.indexOf("省发展改革委")).isLessThan(names.indexOf("省审批服务管理局"));
        assertThat(names.indexOf("省审批服务管理局")).isLessThan(names.indexOf("省市场监管局"));
    }

    @Test
    void theFilterBoxLeavesTheUnitsWhoseNameHoldsWhatIsTyped() {
        ListView<?> choices = robot.lookup("#sheetChoices").queryAs(ListView.class);
        robot.interact(() -> robot.lookup("#sheetFilter").queryAs(javafx.scene.control.TextField.class).setText("财政"));
        assertThat(choices.getItems()).extracting(c -> ((SheetChoice) c).name())
                .containsExactly("全部任务（总表）", "省财政厅");
        robot.interact(() -> robot.lookup("#sheetFilter").queryAs(javafx.scene.control.TextField.class).setText(""));
        assertThat(choices.getItems()).hasSize(1 + 38);
    }

    @Test
    void thePreviewZoomsInAndBackToFit() {
        PagePreview fitted = robot.lookup(".sheet-page-preview").queryAs(PagePreview.class);
        double fittedScale = fitted.scale();
        robot.interact(() -> robot.lookup("#sheetZoomIn").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#sheetZoomIn").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.zoom()).isEqualTo(2.0);
        PagePreview zoomed = robot.lookup(".sheet-page-preview").queryAs(PagePreview.class);
        assertThat(zoomed.scale()).isGreaterThan(fittedScale * 1.8);
        robot.interact(() -> robot.lookup("#sheetZoomFit").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".sheet-page-preview").queryAs(PagePreview.class).scale()).isCloseTo(fittedScale,
                org.assertj.core.data.Offset.offset(0.01));
    }
}
