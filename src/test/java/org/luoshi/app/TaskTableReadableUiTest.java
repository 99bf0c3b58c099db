package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The task table in English on the 1280×800 screen: "Not started" whole, several units as the first
 * one and a count, and the selected row still readable once the table has lost focus.
 */
class TaskTableReadableUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void statusWholeUnitsCountedSelectionReadableWithoutFocus() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        app = RunningApp.start(dir.resolve("workspace.db"));
        PlanTreeTable tree = app.window().tree();
        long task29 = app.model().planProperty().get().tasks().stream().filter(t -> "29".equals(t.number()))
                .findFirst().orElseThrow().id();
        robot.interact(() -> {
            tree.requestFocus();
            tree.selectTask(task29);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableRow<?> row = selectedRow(tree);
        // Task 29: "（省审批服务管理局、省市场监管局等相关部门按职责分工负责）" — two responsible units.
        assertThat(cellTexts(row)).anyMatch(t -> t.equals("省审批服务管理局 and 1 more"));
        assertThat(cellTexts(row)).contains("Not started");
        assertThat(shown(row, "Not started")).isEqualTo("Not started");

        // Focus moves elsewhere (the filter field): the row keeps a pale blue bar and dark text.
        robot.interact(() -> app.window().getScene().lookup("#search").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.isFocused()).isFalse();
        assertThat(tree.getSelectionModel().getSelectedItem()).isNotNull();
        robot.interact(() -> {
            row.applyCss();
            Color bar = (Color) ((Region) row).getBackground().getFills().get(0).getFill();
            assertThat(bar).isEqualTo(Color.web("#c7dcf2"));
            Color text = (Color) cellOf(row, "Not started").getTextFill();
            assertThat(text.getBrightness()).isLessThan(0.4);
        });
    }

    private static TreeTableRow<?> selectedRow(PlanTreeTable tree) {
        return tree.lookupAll(".tree-table-row-cell").stream().map(n -> (TreeTableRow<?>) n)
                .filter(r -> r.isSelected() && r.isVisible()).findFirst().orElseThrow();
    }

    private static java.util.List<String> cellTexts(TreeTableRow<?> row) {
        return row.lookupAll(".tree-table-cell").stream().map(n -> ((TreeTableCell<?, ?>) n).getText())
                .filter(t -> t != null).toList();
    }

    private static TreeTableCell<?, ?> cellOf(TreeTableRow<?> row, String text) {
        return row.lookupAll(".tree-table-cell").stream().map(n -> (TreeTableCell<?, ?>) n)
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    /** What the cell draws (its skin's text node), "Not st…" when it is cut. */
    private static String shown(TreeTableRow<?> row, String text) {
        for (Node n : cellOf(row, text).getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }
}
