package org.luoshi.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.Messages;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.review.DraftTask;
import org.luoshi.importer.review.ReviewDraft;
import org.luoshi.importer.review.TableReview;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.table.TableColumn;
import org.luoshi.plan.Role;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review dialog of a Word table whose header nobody knew: the person says what the columns mean. */
class ReviewTableUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private final FxRobot robot = new FxRobot();
    private ReviewDialog dialog;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        ImportedDocument document = TablePlanDocx.document();
        ParsedPlan parsed = new DocumentImporter().importDocument(document);
        TableReview tables = TableReview.of(document.tables(), RememberedHeaders.NONE, 2024).orElseThrow();
        robot.interact(() -> {
            dialog = new ReviewDialog(null, new ReviewDraft(parsed, tables), "推进清单.docx（Word）");
            dialog.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> dialog.close());
        FxToolkit.cleanupStages();
    }

    @Test
    void choosingColumnMeaningsFromTheDropDownsFillsTheTaskList() {
        TableGridPane grid = dialog.tableGrid();
        assertThat(grid).isNotNull();
        assertThat(dialog.table().getItems()).as("no header known: no task yet").isEmpty();
        assertThat(saveButton().isDisabled()).as("nothing to save").isTrue();
        assertThat(robot.lookup("#tableNote").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("review.table.noTasks"));

        robot.interact(() -> grid.meaningChooser(1).setValue(TableColumn.TASK));
        assertThat(dialog.table().getItems()).isEmpty();
        robot.interact(() -> grid.meaningChooser(2).setValue(TableColumn.LEAD));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.table().getItems()).extracting(DraftTask::text).containsExactly(
                "建设完善政务数据共享交换平台，推动数据按需共享。", "推进电子证照在政务服务中的应用。", "开展营商环境评价，形成评价报告。");
        assertThat(dialog.table().getItems()).extracting(t -> t.units(Role.LEAD))
                .containsExactly("市数据局", "市数据局", "市发展改革委");
        assertThat(saveButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#tableNote").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("review.table.tasks", 3));

        robot.interact(() -> grid.meaningChooser(3).setValue(TableColumn.COOPERATING));
        assertThat(dialog.table().getItems().get(0).units(Role.COOPERATING)).isEqualTo("市发展改革委、市财政局");

        // 牵头单位 moved to another column: the first gives it up, the task list follows.
        robot.interact(() -> grid.meaningChooser(3).setValue(TableColumn.LEAD));
        assertThat(grid.meaningChooser(2).getValue()).isEqualTo(TableColumn.OTHER);
        assertThat(dialog.table().getItems().get(0).units(Role.LEAD)).isEqualTo("市发展改革委、市财政局");
    }

    @Test
    void theTableIsShownAsAGridWithItsMergedCellSpanningItsRows() {
        TabPane tabs = robot.lookup("#sourceTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        GridPane grid = robot.lookup("#tableGrid").queryAs(GridPane.class);
        Label merged = (Label) grid.getChildren().stream()
                .filter(n -> n instanceof Label l && "数字政府".equals(l.getText())).findFirst().orElseThrow();
        assertThat(GridPane.getRowSpan(merged)).isEqualTo(2);
        assertThat(merged.getStyleClass()).contains("merged");
        Node header = grid.getChildren().stream()
                .filter(n -> n instanceof Label l && "推进主体".equals(l.getText())).findFirst().orElseThrow();
        assertThat(header.getStyleClass()).contains("header");
        assertThat(grid.getChildren().stream().filter(n -> n instanceof Label l && "营商环境".equals(l.getText())))
                .singleElement().satisfies(n -> assertThat(GridPane.getRowSpan(n)).isIn(null, 1));
    }

    private Button saveButton() {
        return (Button) dialog.getDialogPane().lookupButton(ReviewDialog.SAVE);
    }
}
