package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.review.DraftTask;
import org.luoshi.importer.ui.ReviewDialog;
import org.luoshi.importer.ui.TwoTaskPlan;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.Role;
import org.luoshi.storage.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Import through the review dialog: edits reach the workspace on save, cancel writes nothing. */
class ImportReviewUiTest {
    private static final String PLAN = TwoTaskPlan.TEXT;

    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;
    private Path workspace;

    @BeforeEach
    void start() throws Exception {
        workspace = dir.resolve("workspace.db");
        app = RunningApp.start(workspace);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            RunningApp.stop(app);
        }
    }

    @Test
    void editedUnitIsSavedWhenThePersonConfirms() throws Exception {
        ReviewDialog dialog = openReview();
        TableView<DraftTask> table = dialog.table();
        assertThat(table.getItems()).hasSize(2);
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            ((TextField) dialog.getDialogPane().lookup("#reviewLead")).setText("市数据局");
            ((TextField) dialog.getDialogPane().lookup("#reviewResponsible")).setText("");
            ((TextField) dialog.getDialogPane().lookup("#reviewCooperating")).setText("市财政局");
        });
        assertThat(table.getItems().get(1).units(Role.LEAD)).isEqualTo("市数据局");
        robot.interact(() -> button(dialog.getDialogPane(), ReviewDialog.SAVE).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().plansProperty().size() == 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.model().planProperty().get() != null
                        && "某政办发〔2024〕7号".equals(app.model().planProperty().get().docNumber()));

        Plan shown = app.model().planProperty().get();
        assertThat(shown.tasks()).hasSize(2);
        assertThat(shown.tasks().get(1).unitNames(Role.LEAD)).containsExactly("市数据局");
        assertThat(shown.tasks().get(1).unitNames(Role.COOPERATING)).containsExactly("市财政局");
        assertThat(shown.tasks().get(1).unitNames(Role.RESPONSIBLE)).isEmpty();
        assertThat(shown.tasks().get(0).deadlines().get(0).date()).hasToString("2024-06-30");
        // The tree is rebuilt on a later pulse than the plan property changes: under load it may still
        // show the sample plan's 47 rows for a moment (seen at load 20). It must come to the 2 rows.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().tree().taskRowCount() == 2);
        assertThat(app.window().tree().taskRowCount()).isEqualTo(2);
    }

    @Test
    void cancelLeavesTheWorkspaceAsItWas() throws Exception {
        ReviewDialog dialog = openReview();
        robot.interact(() -> button(dialog.getDialogPane(), ReviewDialog.CANCEL).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        FxToolkit.cleanupApplication(app);
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.plans().list()).extracting(PlanSummary::docNumber).containsExactly("晋政办发〔2023〕1号");
        }
        app = RunningApp.start(workspace);
    }

    @Test
    void pastedTextIsReviewedLikeAFile() throws Exception {
        robot.interact(() -> app.imports().importText(PLAN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reviewTable").tryQuery().isPresent());
        ReviewDialog dialog = dialogOf(robot.lookup(".review-dialog").queryAs(DialogPane.class));
        assertThat(dialog.table().getItems()).hasSize(2);
        assertThat(dialog.draft().docNumber()).isEqualTo("某政办发〔2024〕7号");
        robot.interact(() -> button(dialog.getDialogPane(), ReviewDialog.CANCEL).fire());
    }

    @Test
    void aDocumentNamedOnTheCommandLineOpensInTheReviewWithItsDateTheChineseWay() throws Exception {
        RunningApp.stop(app);
        app = null;
        Path file = Files.writeString(dir.resolve("营商环境.txt"), PLAN, StandardCharsets.UTF_8);
        // luoshi FILE, as the file manager's "Open with" starts it (Exec=… %f).
        app = (LuoshiApp) FxToolkit.setupApplication(LuoshiApp.class, "--workspace", workspace.toString(),
                "--settings", workspace.resolveSibling("settings.properties").toString(), file.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reviewTable").tryQuery().isPresent());
        ReviewDialog dialog = dialogOf(robot.lookup(".review-dialog").queryAs(DialogPane.class));
        assertThat(dialog.table().getItems()).hasSize(2);
        javafx.scene.control.DatePicker issued = (javafx.scene.control.DatePicker) dialog.getDialogPane()
                .lookup("#reviewIssuedOn");
        assertThat(issued.getValue()).hasToString("2024-03-01");
        assertThat(issued.getEditor().getText()).isEqualTo("2024年3月1日");
        robot.interact(() -> button(dialog.getDialogPane(), ReviewDialog.CANCEL).fire());
    }

    /**
     * {@code luoshi FILE} while this window holds the workspace: the second start hands the file over
     * (the launcher's own call, as a second process makes it) and this window opens its review.
     */
    @Test
    void aDocumentHandedOverByASecondStartOpensInThisWindowsReview() throws Exception {
        Path file = Files.writeString(dir.resolve("第二次 启动的方案.txt"), PLAN, StandardCharsets.UTF_8);
        assertThat(robot.lookup("#reviewTable").tryQuery()).isEmpty();
        assertThat(Launcher.bringsFirstWindowForward(new String[] {"--workspace", workspace.toString(),
                "--settings", workspace.resolveSibling("settings.properties").toString(), file.toString()}))
                .as("the window answered").isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reviewTable").tryQuery().isPresent());
        ReviewDialog dialog = dialogOf(robot.lookup(".review-dialog").queryAs(DialogPane.class));
        assertThat(dialog.table().getItems()).hasSize(2);
        assertThat(dialog.draft().docNumber()).isEqualTo("某政办发〔2024〕7号");
        robot.interact(() -> button(dialog.getDialogPane(), ReviewDialog.CANCEL).fire());
    }

    private ReviewDialog openReview() throws Exception {
        Path file = Files.writeString(dir.resolve("营商环境.txt"), PLAN, StandardCharsets.UTF_8);
        robot.interact(() -> app.imports().importFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#reviewTable").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".review-dialog").queryAs(DialogPane.class);
        return dialogOf(pane);
    }

    private static ReviewDialog dialogOf(DialogPane pane) {
        return (ReviewDialog) pane.getProperties().get(ReviewDialog.class);
    }

    private static Button button(DialogPane pane, javafx.scene.control.ButtonType type) {
        return (Button) pane.lookupButton(type);
    }
}
