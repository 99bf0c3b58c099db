package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.OutlineRow;
import org.luoshi.storage.Workspace;
import org.luoshi.timeline.ui.TimelineFeature;

/** The real app, headless: on first start it imports the sample plan and shows its 47 tasks. */
class MainWindowUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private LuoshiApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(dir.resolve("workspace.db"));
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void firstStartShowsTheSamplePlanWithItsFortySevenTasks() throws Exception {
        MainWindow window = app.window();
        PlanTreeTable tree = window.tree();
        assertThat(tree.taskRowCount()).isEqualTo(47);
        // 3 parts + 21 sections + 47 tasks, all expanded
        assertThat(tree.getExpandedItemCount()).isEqualTo(71);

        Label title = (Label) window.lookup("#planTitle");
        Label subtitle = (Label) window.lookup("#planSubtitle");
        assertThat(title.getText()).isEqualTo("落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案");
        assertThat(subtitle.getText()).contains("晋政办发〔2023〕1号");

        assertThat(tree.getColumns()).extracting(c -> c.getText())
                .containsExactly("", "序号", "任务", "牵头单位", "责任单位", "配合单位", "完成时限", "状态", "最新进展", "方案");
        // the navigator lists the plan with its task count, and the view is that plan
        assertThat(window.navigator().itemFor(new ViewKey.PlanView(app.model().planProperty().get().id()))
                .getValue().count()).isEqualTo(47);

        OutlineRow task29 = tree.getRoot().getChildren().get(1).getChildren().get(4).getChildren().get(2).getValue();
        assertThat(task29.number()).isEqualTo("29");
        assertThat(task29.responsible()).isEqualTo("省审批服务管理局、省市场监管局等");
        assertThat(task29.deadline()).isEqualTo("2023年3月底前；6月底前");
    }

    @Test
    void theSampleIsImportedOnceNotOnEveryStart() throws Exception {
        RunningApp.stop(app);
        app = RunningApp.start(dir.resolve("workspace.db"));
        RunningApp.stop(app);
        try (Workspace ws = Workspace.open(dir.resolve("workspace.db"))) {
            assertThat(ws.plans().list()).hasSize(1);
        }
        app = RunningApp.start(dir.resolve("workspace.db"));
        assertThat(app.window().tree().taskRowCount()).isEqualTo(47);
    }

    @Test
    void theDetailPaneIsAsWideAsItWasLeftAtTheNextStart() throws Exception {
        double start = app.window().detailDivider();
        assertThat(start).isBetween(0.76, 0.78);
        new org.testfx.api.FxRobot().interact(() -> app.window().setDetailDivider(0.7));
        RunningApp.stop(app);
        java.nio.file.Path settings = dir.resolve("settings.properties");
        assertThat(java.nio.file.Files.readString(settings)).containsPattern("window\\.detailDivider=0\\.(69|70)\\d\\d");
        app = RunningApp.start(dir.resolve("workspace.db"));
        assertThat(app.window().detailDivider()).isCloseTo(0.7, org.assertj.core.api.Assertions.within(0.005));
    }

    @Test
    void theTimelineJoinsTheSceneOnlyWhenItsTabIsFirstOpened() {
        javafx.scene.Node pane = app.timeline().pane();
        // Until then its nodes would add to the CSS and layout of the first screen.
        assertThat(pane.getScene()).isNull();

        new org.testfx.api.FxRobot().interact(() -> app.window().showView(TimelineFeature.VIEW));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.getScene()).isSameAs(app.window().getScene());
        assertThat(pane.isVisible()).isTrue();
    }

    @Test
    void taskRowsHaveOneFixedHeightSoTheTableNeedNotMeasureThem() {
        PlanTreeTable tree = app.window().tree();
        // One line (24 px) in a wide table; two (40 px) in a narrow one, beside the detail pane at 1280 px.
        double expected = tree.getWidth() < PlanTreeTable.NARROW_BELOW ? 40 : 24;
        assertThat(tree.getFixedCellSize()).isBetween(expected - 0.5, expected + 0.5);
        assertThat(tree.lookupAll(".tree-table-row-cell")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getLayoutBounds().getHeight()).isEqualTo(tree.getFixedCellSize()));
    }

    @Test
    void theDetailPaneCanBeHiddenComesBackForATaskAndIsRemembered() throws Exception {
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        javafx.scene.Node pane = app.window().detail();
        assertThat(pane.getScene()).isNotNull();

        robot.interact(() -> app.window().fire(AppAction.TOGGLE_DETAIL_PANE));
        assertThat(pane.getScene()).isNull();
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () ->
                !org.luoshi.settings.UserSettingsFile.load(dir.resolve("settings.properties")).detailPaneShown());

        // Hidden at the next start too.
        RunningApp.stop(app);
        app = RunningApp.start(dir.resolve("workspace.db"));
        assertThat(app.window().detailPaneShownProperty().get()).isFalse();
        assertThat(app.window().detail().getScene()).isNull();

        // Enter on a task asks for its details: the pane comes back.
        PlanTreeTable tree = app.window().tree();
        long task29 = app.model().planProperty().get().tasks().stream().filter(t -> "29".equals(t.number()))
                .findFirst().orElseThrow().id();
        robot.interact(() -> {
            tree.requestFocus();
            tree.selectTask(task29);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().detail().getScene()).isSameAs(app.window().getScene());
        assertThat(app.window().detail().lookup("#detailText")).isNotNull();
    }
}
