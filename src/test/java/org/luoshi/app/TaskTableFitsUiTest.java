package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Role;
import org.luoshi.ui.ElidedText;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The task table beside the open detail pane on the 1280×800 screen, in Chinese and in English:
 * every column header whole, every column on show (no column pushed off to the right), and the
 * unit cells of the sample plan's task 29 whole ("省审批服务管理局等2家", wrapped onto a second line
 * where the column is narrow) — not "省审…" — and every number on one line (（八）, not （八 over ）).
 */
class TaskTableFitsUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
        Messages.setLocale(Locale.getDefault());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void headersAndTheUnitsOfTask29AreWholeBesideTheDetailPane(String language) throws Exception {
        Messages.setLocale(Locale.forLanguageTag(language));
        app = RunningApp.start(dir.resolve("workspace.db"));
        assertThat(Screen.getPrimary().getVisualBounds().getWidth()).isEqualTo(1280);
        PlanTreeTable tree = app.window().tree();
        long task29 = app.model().planProperty().get().tasks().stream().filter(t -> "29".equals(t.number()))
                .findFirst().orElseThrow().id();
        robot.interact(() -> {
            app.window().detailPaneShownProperty().set(true);
            tree.selectTask(task29);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            problems.addAll(ElidedText.in(tree));
            double columns = tree.getVisibleLeafColumns().stream().mapToDouble(TreeTableColumn::getWidth).sum();
            if (columns > tree.getWidth()) {
                problems.add("columns " + Math.round(columns) + " px in a table of " + Math.round(tree.getWidth()) + " px");
            }
            TreeTableRow<?> row = tree.lookupAll(".tree-table-row-cell").stream().map(n -> (TreeTableRow<?>) n)
                    .filter(r -> r.isSelected() && r.isVisible()).findFirst().orElseThrow();
            int units = 0;
            for (Node n : row.lookupAll(".tree-table-cell")) {
                TreeTableCell<?, ?> cell = (TreeTableCell<?, ?>) n;
                if (cell.getTableColumn().getProperties().get(Role.class) == null || cell.getText() == null
                        || cell.getText().isEmpty()) {
                    continue;
                }
                units++;
                String shown = shown(cell);
                if (!cell.getText().equals(shown)) {
                    problems.add("task 29, " + cell.getTableColumn().getText() + ": " + cell.getText() + " → " + shown);
                }
            }
            if (units == 0) {
                problems.add("task 29 shows no unit");
            }
            // A number on one line: （八） broken into （八 and ） reads as two numbers.
            for (Node n : tree.lookupAll(".tree-table-cell")) {
                TreeTableCell<?, ?> cell = (TreeTableCell<?, ?>) n;
                if (cell.getTableColumn() == tree.getColumns().get(1) && cell.isVisible() && cell.getText() != null
                        && !cell.getText().isEmpty() && lines(cell) > 1) {
                    problems.add("number " + cell.getText() + " on " + lines(cell) + " lines");
                }
            }
            // The task text is what the row is about: ten characters a line at least. (In English, whole
            // numbers such as （十六） and three unit columns on two lines leave it ~130 px beside the pane.)
            TreeTableColumn<?, ?> task = tree.getTreeColumn();
            if (task.getWidth() < 128) {
                problems.add("task text " + Math.round(task.getWidth()) + " px wide");
            }
        }).get();
        assertThat(problems).as("table %s px wide", Math.round(tree.getWidth())).isEmpty();

        // The detail pane shows the progress itself: the column comes back when the pane closes.
        TreeTableColumn<?, ?> progress = tree.getColumns().get(8);
        assertThat(progress.isVisible()).as("最新进展 beside the detail pane").isFalse();
        robot.interact(() -> app.window().detailPaneShownProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.isVisible()).as("最新进展 without the detail pane").isTrue();
    }

    /** How many lines the cell's skin draws its text on. */
    private static int lines(TreeTableCell<?, ?> cell) {
        for (Node n : cell.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                Text one = new Text("序");
                one.setFont(t.getFont());
                return (int) Math.round(t.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight());
            }
        }
        return 0;
    }

    /** What the cell's skin draws, with the line breaks of wrapping taken out. */
    private static String shown(TreeTableCell<?, ?> cell) {
        for (Node n : cell.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText().replace("\n", "");
            }
        }
        return null;
    }
}
